/** A first title for an event made from a passage: its first words, to be edited. */
export function eventTitleFrom(exact: string): string {
  const words = exact.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= 8 ? words.join(' ') : `${words.slice(0, 8).join(' ')}…`;
}
