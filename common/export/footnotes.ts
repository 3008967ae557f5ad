/** Collects footnotes in order of first reference while a note is exported. */
export class FootnoteCollector {
  private readonly notes: string[] = [];

  /** Adds a footnote body; returns its reference, `[^n]`. */
  add(body: string): string {
    this.notes.push(body);
    return `[^${this.notes.length}]`;
  }

  /** The footnote definitions, one per line, for the end of the document. */
  render(): string {
    return this.notes.map((body, i) => `[^${i + 1}]: ${body}`).join('\n');
  }

  get size(): number {
    return this.notes.length;
  }
}
