/**
 * A REFI-QDA project (the exchange standard of ATLAS.ti, MAXQDA, NVivo, QualCoder, Transana) as
 * Verbatim reads and writes it: text sources, codes, coded plain-text selections, notes, one user.
 *
 * Positions: the standard counts "characters" of the plain text; we count Unicode code points
 * (an astral character such as 𝔄 or 😀 is one, an accented letter in NFC is one), never UTF-16 units.
 */
export interface QdaCode {
  readonly guid: string;
  readonly name: string;
  /** `#RRGGBB`. */
  readonly color: string;
  readonly description: string;
}

export interface QdaSelection {
  readonly guid: string;
  /** Code points from the start of the plain text; end is exclusive. */
  readonly start: number;
  readonly end: number;
  readonly codeGuids: readonly string[];
  readonly noteGuids: readonly string[];
}

export interface QdaSource {
  readonly guid: string;
  readonly name: string;
  readonly text: string;
  readonly selections: readonly QdaSelection[];
}

export interface QdaNote {
  readonly guid: string;
  readonly name: string;
  readonly text: string;
}

export interface QdaProject {
  readonly name: string;
  readonly user: { readonly guid: string; readonly name: string };
  readonly codes: readonly QdaCode[];
  readonly sources: readonly QdaSource[];
  readonly notes: readonly QdaNote[];
}

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** The standard's GUID: 8-4-4-4-12 hex digits (the XSD pattern accepts either case). */
export const GUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
