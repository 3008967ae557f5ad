// citation.js ships no type declarations: the little the export uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: object[] | object);
    format(format: 'bibtex' | 'data' | 'bibliography', options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
