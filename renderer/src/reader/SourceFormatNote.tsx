import { describeEncoding } from '@common/text/decode';
import type { SourceVersionRow } from '../db/schema';

/** What the current text was read from: a text file's encoding, or the document it was extracted from. */
export function SourceFormatNote({ version }: { version: SourceVersionRow | undefined }) {
  if (version?.format === 'pdf') {
    const pages = version.pageStarts?.length ?? 0;
    return <span>read from a PDF ({pages} page{pages === 1 ? '' : 's'})</span>;
  }
  if (version?.format === 'docx') return <span>read from a Word document</span>;
  const encoding = version?.encoding ? describeEncoding(version.encoding, version.replacedBytes) : 'not recorded';
  return <span>{version?.format === 'html' ? `read from a web page, encoding: ${encoding}` : `encoding: ${encoding}`}</span>;
}
