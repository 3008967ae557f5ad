import { toCsv } from './csv';

/** A coded passage as a spreadsheet row needs it: code points, and how to cite its source. */
export interface CsvPassage {
  readonly fileName: string;
  readonly sourceTitle: string;
  /** ISO partial date ('2024', '2024-11', '2024-11-02') or ''. */
  readonly sourceDate: string;
  readonly outlet: string;
  readonly cpStart: number;
  readonly cpEnd: number;
  readonly exact: string;
  readonly memo: string;
  readonly tags: readonly string[];
}

// Spreadsheet programs read a CSV without it as their local code page and garble every accent.
const UTF8_BOM = '\ufeff';

/**
 * One row per passage and tag (or per passage, untagged, when no tag is asked): the first six columns
 * as before, so formulas and scripts over older exports keep working; title, date and outlet after.
 */
export function passagesCsvTable(passages: readonly CsvPassage[], tag?: string): string {
  const rows = passages.flatMap((p) =>
    (p.tags.length ? p.tags : [''])
      .filter((t) => !tag || t === tag)
      .map((t) => [t, p.fileName, p.cpStart, p.cpEnd, p.exact, p.memo, p.sourceTitle, p.sourceDate, p.outlet]),
  );
  return UTF8_BOM + toCsv(['tag', 'source', 'start', 'end', 'exact', 'memo', 'title', 'date', 'outlet'], rows);
}
