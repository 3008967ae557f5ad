// Shared by the export tests and bench/export.bench.ts (relative imports, so the bench runs under plain
// tsx without the @common alias): real sources read as the import reads them,
// passages located in them as the app stores them, and notes built through the real Lexical nodes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { NOTE_NODES } from '../../../common/editor/nodes';
import { $createPassageQuoteNode } from '../../../common/editor/PassageQuoteNode';
import { $createPassageCitationNode } from '../../../common/editor/PassageCitationNode';
import { decodeSourceBytes } from '../../../common/text/decode';
import { normalizeSourceText } from '../../../common/text/normalize';
import type { ExportContext, ResolvedEvent } from '../../../common/export/exportContext';
import type { PassageLocator } from '../../../common/export/locator';
import type { ReadSource } from '../../../common/export/verifyMarkdown';
import { sayMessage } from '../support/sayMessage';

export interface LoadedSource {
  readonly fileName: string;
  readonly title: string;
  readonly text: string;
  readonly hash: string;
}

/** SHA-256 by node:crypto, independent of the implementation under test. */
export const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A source as it is stored: bytes decoded, then normalized; hashed as UTF-8. */
export function sourceFromText(fileName: string, text: string): LoadedSource {
  const title = text.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 60) ?? fileName;
  return { fileName, title, text, hash: nodeSha256(text) };
}

export function loadSource(path: string): LoadedSource {
  const decoded = decodeSourceBytes(readFileSync(path));
  if (!decoded.ok) throw new Error(`${path}: ${sayMessage(decoded.reason)}`);
  return sourceFromText(basename(path), normalizeSourceText(decoded.text));
}

export type Passage = PassageLocator & { readonly id: string };

/**
 * Code points before string index `index`, counted by the language (Array.from iterates code points),
 * not by the conversion under test: the expected locators come from outside the export.
 */
export const codePointsBefore = (text: string, index: number): number => Array.from(text.slice(0, index)).length;

/** A passage of the source's text from string index `start` to `end`, with its code points counted independently. */
export function passageAt(source: LoadedSource, start: number, end: number, id: string): Passage {
  const cpStart = codePointsBefore(source.text, start);
  const exact = source.text.slice(start, end);
  return {
    id,
    exact,
    sourceTitle: source.title,
    fileName: source.fileName,
    cpStart,
    cpEnd: cpStart + Array.from(exact).length,
    versionHash: source.hash,
  };
}

/** The first occurrence of `phrase` in the source, as a passage. */
export function passageOf(source: LoadedSource, phrase: string, id: string): Passage {
  const start = source.text.indexOf(phrase);
  if (start < 0) throw new Error(`«${phrase}» is not in ${source.fileName}`);
  return passageAt(source, start, start + phrase.length, id);
}

/** The first line of the source longer than `min` characters (trimmed), as a passage. */
export function firstLongLine(source: LoadedSource, id: string, min = 40): Passage {
  const line = source.text.split('\n').find((l) => l.trim().length > min);
  if (!line) throw new Error(`no line longer than ${min} in ${source.fileName}`);
  return passageOf(source, line.trim(), id);
}

export function headlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: NOTE_NODES,
    onError: (e) => {
      throw e;
    },
  });
}

/** Runs `build` in a fresh headless editor and returns the note's stored JSON. */
export function buildNote(build: () => void): string {
  const editor = headlessEditor();
  editor.update(build, { discrete: true });
  return JSON.stringify(editor.getEditorState().toJSON());
}

/** A note that quotes each passage in a block, and cites the last one inline. */
export function noteQuoting(passages: readonly Passage[]): string {
  return buildNote(() => {
    const root = $getRoot();
    for (const p of passages) {
      root.append($createParagraphNode().append($createTextNode(`À propos de ${p.sourceTitle} :`)));
      root.append($createPassageQuoteNode({ passageId: p.id, sourceId: p.fileName, sourceLabel: p.sourceTitle, exact: p.exact, detached: false }));
    }
    const last = passages.at(-1);
    if (last) {
      const cite = $createPassageCitationNode({ passageId: last.id, sourceId: last.fileName, label: last.sourceTitle.slice(0, 20), exact: last.exact, detached: false });
      root.append($createParagraphNode().append($createTextNode('Et pour finir, selon la source'), cite, $createTextNode('.')));
    }
  });
}

export function contextFor(passages: readonly Passage[], events: Readonly<Record<string, ResolvedEvent>> = {}): ExportContext {
  const byId = new Map(passages.map((p) => [p.id, p]));
  return { resolvePassage: (id) => byId.get(id) ?? null, resolveEvent: (id) => events[id] ?? null };
}

export function readerOf(sources: readonly LoadedSource[]): ReadSource {
  return (name) => sources.find((s) => s.fileName === name)?.text ?? null;
}
