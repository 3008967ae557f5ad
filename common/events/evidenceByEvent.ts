/** Evidence rows per event, each list in the order it was added: one pass, not one filter per event. */
export function evidenceByEvent<T extends { readonly eventId: string; readonly createdAt: string }>(evidence: readonly T[]): Map<string, T[]> {
  const byEvent = new Map<string, T[]>();
  for (const e of evidence) {
    const list = byEvent.get(e.eventId);
    if (list) list.push(e);
    else byEvent.set(e.eventId, [e]);
  }
  for (const list of byEvent.values()) list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return byEvent;
}
