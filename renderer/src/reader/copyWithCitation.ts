import { toCodePointRange } from '@common/anchor';
import { textWithCitation } from '@common/export/copyWithCitation';
import type { PassageLocator } from '@common/export/locator';
import { citationOf } from '../export/citationOf';
import type { SourceRow } from '../db/schema';
import { pageSpanOf } from '@common/source/pageOfOffset';

/** The selection as an export would cite it: code points of the current version, with its hash. */
export function selectionLocator(source: SourceRow, text: string, start: number, end: number, pageStarts?: readonly number[]): PassageLocator {
  const cp = toCodePointRange(text, start, end);
  const page = pageSpanOf(pageStarts, cp.start, cp.end);
  return { exact: text.slice(start, end), sourceTitle: source.title, fileName: source.fileName, cpStart: cp.start, cpEnd: cp.end, versionHash: source.hash, ...citationOf(source), ...(page ? { page } : {}) };
}

/** Puts the selection and its citation line on the clipboard; returns what was written. */
export async function copyWithCitation(source: SourceRow, text: string, start: number, end: number, pageStarts?: readonly number[]): Promise<string> {
  const copied = textWithCitation(selectionLocator(source, text, start, end, pageStarts));
  await navigator.clipboard.writeText(copied);
  return copied;
}
