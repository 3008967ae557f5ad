/**
 * A sentence for the interface from code that cannot translate it (common/, main/, which know no
 * language and import no React): a catalog key and its values. The renderer translates it in the
 * interface's language with `translateMessage`. A value may itself be a message (a reason inside a
 * sentence), translated first.
 */
export interface Message {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number | Message>>;
}

export type Translate = (key: string, values?: Record<string, unknown>) => string;

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

/** The message in the language `t` speaks, its message values translated first. */
export function translateMessage(t: Translate, message: Message): string {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = isMessage(value) ? translateMessage(t, value) : value;
  return t(message.key, values);
}
