/** The stances a passage can take on an event. */
export type EvidenceStance = 'reports' | 'confirms' | 'denies' | 'attributes';

export interface EvidenceFact {
  readonly sourceId: string;
  readonly stance: EvidenceStance;
}

export interface Attestation {
  /** Distinct sources that report, confirm or attribute the event (a denial does not attest it). */
  readonly attestingSources: number;
  /** Distinct sources with any evidence at all. */
  readonly sources: number;
  /** A denial stands beside at least one passage that reports, confirms or attributes it. */
  readonly contested: boolean;
}

/** How well an event is attested, from its evidence: pure, so the timeline and the event view agree. */
export function summarizeEvidence(evidence: readonly EvidenceFact[]): Attestation {
  const attesting = new Set(evidence.filter((e) => e.stance !== 'denies').map((e) => e.sourceId));
  const denies = evidence.some((e) => e.stance === 'denies');
  return { attestingSources: attesting.size, sources: new Set(evidence.map((e) => e.sourceId)).size, contested: denies && attesting.size > 0 };
}
