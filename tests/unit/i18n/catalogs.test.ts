import { describe, expect, it } from 'vitest';
import { en } from '@common/i18n/catalogs/en';
import { fr } from '@common/i18n/catalogs/fr';
import { flattenCatalog, messageKey, placeholdersOf, pluralForm } from '@common/i18n/catalogShape';

/** Per message: its placeholders (all forms together) and the plural forms it is written in. */
function messages(catalog: Parameters<typeof flattenCatalog>[0]) {
  const out = new Map<string, { placeholders: Set<string>; forms: Set<string> }>();
  for (const [key, text] of flattenCatalog(catalog)) {
    const entry = out.get(messageKey(key)) ?? { placeholders: new Set<string>(), forms: new Set<string>() };
    for (const p of placeholdersOf(text)) entry.placeholders.add(p);
    const form = pluralForm(key);
    if (form) entry.forms.add(form);
    out.set(messageKey(key), entry);
  }
  return out;
}

const english = messages(en);
const french = messages(fr);
// The plural categories each language's rules give (CLDR through Intl), not what the catalogs say.
const categories = (locale: string) => new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);

describe('the English and French catalogs', () => {
  it('have the same messages', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });
  it('use the same placeholders in each message', () => {
    const differ = [...english].filter(([key, e]) => {
      const f = french.get(key);
      return f && [...e.placeholders].sort().join() !== [...f.placeholders].sort().join();
    });
    expect(differ.map(([key]) => key)).toEqual([]);
  });
  it('write every plural message in every form its language has', () => {
    for (const [catalog, locale] of [[english, 'en'], [french, 'fr']] as const) {
      const needed = categories(locale);
      for (const [key, entry] of catalog) {
        if (entry.forms.size === 0) continue;
        expect({ key, forms: [...entry.forms].sort() }).toEqual({ key, forms: [...needed].sort() });
      }
    }
  });
  it('have no empty message', () => {
    for (const [key, text] of [...flattenCatalog(en), ...flattenCatalog(fr)]) expect({ key, text: text.trim() === '' }).toEqual({ key, text: false });
  });
});

describe('placeholdersOf', () => {
  const rows = [
    { text: 'Reading file {{n}} of {{total}}', expected: ['n', 'total'] },
    { text: '{{count}} passages, {{count}} again', expected: ['count'] },
    { text: 'No placeholder, {single} braces', expected: [] },
    { text: '{{ spaced }} and {{formatted, number}}', expected: ['formatted', 'spaced'] },
  ];
  for (const row of rows) it(`finds ${JSON.stringify(row.expected)} in « ${row.text} »`, () => expect(placeholdersOf(row.text)).toEqual(row.expected));
});
