import { describe, expect, it } from 'vitest';
import { parseUiSettings } from '@common/settings/uiSettings';

const rows: Array<{ name: string; stored: string | null; expected: ReturnType<typeof parseUiSettings> }> = [
  { name: 'gives the defaults when nothing is stored', stored: null, expected: { fontSize: 16, theme: 'system', backupMinutes: 10, language: 'system' } },
  { name: 'reads every stored choice', stored: '{"fontSize":20,"theme":"dark","backupMinutes":0}', expected: { fontSize: 20, theme: 'dark', backupMinutes: 0, language: 'system' } },
  { name: 'resets only the field that is not an offered value', stored: '{"fontSize":99,"theme":"light","backupMinutes":30}', expected: { fontSize: 16, theme: 'light', backupMinutes: 30, language: 'system' } },
  { name: 'refuses a theme it does not know', stored: '{"theme":"sepia","backupMinutes":5}', expected: { fontSize: 16, theme: 'system', backupMinutes: 5, language: 'system' } },
  { name: 'refuses numbers written as strings', stored: '{"fontSize":"20","backupMinutes":"60"}', expected: { fontSize: 16, theme: 'system', backupMinutes: 10, language: 'system' } },
  { name: 'survives text that is not JSON', stored: '{fontSize: 20', expected: { fontSize: 16, theme: 'system', backupMinutes: 10, language: 'system' } },
  { name: 'survives JSON that is not an object', stored: '[18]', expected: { fontSize: 16, theme: 'system', backupMinutes: 10, language: 'system' } },
  { name: 'reads a chosen language', stored: '{"language":"fr"}', expected: { fontSize: 16, theme: 'system', backupMinutes: 10, language: 'fr' } },
  { name: 'follows the system when the stored language has no catalog', stored: '{"language":"de","theme":"dark"}', expected: { fontSize: 16, theme: 'dark', backupMinutes: 10, language: 'system' } },
];

describe('parseUiSettings', () => {
  for (const row of rows) it(row.name, () => expect(parseUiSettings(row.stored)).toEqual(row.expected));
});
