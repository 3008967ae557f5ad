import { strToU8, strFromU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { writeProjectXml } from './writeProjectXml';
import { readProjectXml, type QdaProjectEntries } from './readProjectXml';
import type { QdaProject } from './types';

/** Limits on what an archive may unpack to: a small .qdpx must not expand to fill the memory. */
export const QDPX_MAX_ENTRIES = 20_000;
export const QDPX_MAX_UNCOMPRESSED = 512 * 1024 * 1024;

/** A .qdpx: project.qde beside sources/<guid>.txt, each text UTF-8. */
export function packQdpx(project: QdaProject, at: string): Uint8Array {
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(writeProjectXml(project, at)) };
  for (const s of project.sources) files[`sources/${s.guid}.txt`] = strToU8(s.text);
  return zipSync(files, { level: 6 });
}

export interface QdpxContents {
  readonly project: QdaProjectEntries;
  /** Each source's text by source guid; a source whose text is missing is left out and named in `skipped`. */
  readonly texts: ReadonlyMap<string, string>;
  readonly skipped: readonly string[];
}

/**
 * Unpacks a .qdpx. The entry count and declared sizes are checked before anything is inflated,
 * and inflating stops at the cap whatever the headers claimed.
 */
export function unpackQdpx(bytes: Uint8Array): { ok: true; contents: QdpxContents } | { ok: false; error: string } {
  let entries = 0;
  let declared = 0;
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        entries++;
        declared += f.originalSize;
        if (entries > QDPX_MAX_ENTRIES) throw new RangeError(`it holds more than ${QDPX_MAX_ENTRIES.toLocaleString('en')} files`);
        if (declared > QDPX_MAX_UNCOMPRESSED) throw new RangeError(`it would unpack to more than ${QDPX_MAX_UNCOMPRESSED / 1024 / 1024} MB`);
        return f.name === 'project.qde' || /^sources\/[^/]+\.txt$/i.test(f.name);
      },
    });
  } catch (e) {
    return { ok: false, error: e instanceof RangeError ? `This project is refused: ${e.message}.` : 'This file is not a REFI-QDA project (.qdpx is a zip archive, and this one cannot be read).' };
  }
  const actual = Object.values(files).reduce((n, f) => n + f.length, 0);
  if (actual > QDPX_MAX_UNCOMPRESSED) return { ok: false, error: `This project is refused: it would unpack to more than ${QDPX_MAX_UNCOMPRESSED / 1024 / 1024} MB.` };
  const qde = files['project.qde'];
  if (!qde) return { ok: false, error: 'This archive has no project.qde, so it is not a REFI-QDA project.' };
  const read = readProjectXml(strFromU8(qde));
  if (!read.ok) return read;
  const texts = new Map<string, string>();
  const skipped = [...read.project.skipped];
  const byLowerName = new Map(Object.entries(files).map(([name, data]) => [name.toLowerCase(), data]));
  for (const s of read.project.sources) {
    if (s.inlineText !== null) {
      texts.set(s.guid, s.inlineText);
      continue;
    }
    // internal://X.txt lives at sources/X.txt; an external path cannot be followed from inside the app.
    const internal = /^internal:\/\/(.+)$/.exec(s.plainTextPath);
    const data = internal ? byLowerName.get(`sources/${internal[1]!.toLowerCase()}`) : undefined;
    if (!data) skipped.push(`the text source "${s.name}": its text (${s.plainTextPath || 'no path'}) is not in the archive`);
    else texts.set(s.guid, strFromU8(data));
  }
  return { ok: true, contents: { project: read.project, texts, skipped } };
}
