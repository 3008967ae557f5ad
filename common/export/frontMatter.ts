/** What an exported note's YAML front matter says about it. */
export interface NoteMeta {
  readonly title: string;
  /** ISO 8601 dates, as stored. */
  readonly created: string;
  readonly updated: string;
  /** File names of the sources the note cites. */
  readonly sources: readonly string[];
  /** For the pandoc export: the CSL-JSON file beside the note, so `pandoc --citeproc` finds it. */
  readonly bibliography?: string;
}

/**
 * A YAML double-quoted scalar that reads back as exactly `text`, whatever it holds. Quoting every
 * value means no title can end the block, start a key, or be read as a number, a date or `null`.
 * Escaped: the quote and the backslash; C0 and C1 controls, DEL, line and paragraph separators (YAML
 * 1.1 takes them for line breaks, which a quoted scalar folds into spaces) and the BOM (YAML allows
 * none of them raw). A lone surrogate cannot be written in YAML at all: it becomes U+FFFD.
 * Every escape used (\" \\ \n \t \uXXXX) means the same in JSON, so the line also parses as JSON.
 */
export function yamlQuote(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += text[i]! + text[i + 1]!;
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
    else if (code === 0x22) out += '\\"';
    else if (code === 0x5c) out += '\\\\';
    else if (code === 0x0a) out += '\\n';
    else if (code === 0x09) out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += text[i]!;
  }
  return `${out}"`;
}

/** The front matter block, ending with the newline before the body. */
export function frontMatter(meta: NoteMeta): string {
  const lines = ['---', `title: ${yamlQuote(meta.title)}`, `created: ${yamlQuote(meta.created)}`, `updated: ${yamlQuote(meta.updated)}`];
  if (meta.sources.length === 0) lines.push('sources: []');
  else lines.push('sources:', ...meta.sources.map((name) => `  - ${yamlQuote(name)}`));
  if (meta.bibliography) lines.push(`bibliography: ${yamlQuote(meta.bibliography)}`);
  lines.push('---', '');
  return lines.join('\n');
}
