/** Preferences of this window's user interface, kept in the renderer's localStorage. */
import { LANGUAGE_CHOICES, type LanguageChoice } from '../i18n/languages';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface UiSettings {
  /** Text size of the reader and the note editor, in CSS pixels. */
  readonly fontSize: number;
  readonly theme: ThemeChoice;
  /** Minutes between automatic backups; 0 turns them off. */
  readonly backupMinutes: BackupMinutes;
  /** The interface language, or 'system' to follow the system's. */
  readonly language: LanguageChoice;
}

export const FONT_SIZES = [12, 13, 14, 15, 16, 18, 20, 22, 24] as const;
export const BACKUP_MINUTES = [0, 5, 10, 30, 60] as const;
export type BackupMinutes = (typeof BACKUP_MINUTES)[number];
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export const DEFAULT_UI_SETTINGS: UiSettings = { fontSize: 16, theme: 'system', backupMinutes: 10, language: 'system' };

/**
 * Reads stored settings. Storage is written by older versions and may be edited by hand: each field
 * that is missing or not one of the offered values falls back on its default alone, so one bad
 * field never resets the others.
 */
export function parseUiSettings(stored: string | null): UiSettings {
  let raw: unknown = null;
  try {
    raw = stored === null ? null : JSON.parse(stored);
  } catch {
    raw = null;
  }
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
  return {
    fontSize: pick(o.fontSize, FONT_SIZES as readonly number[], DEFAULT_UI_SETTINGS.fontSize),
    theme: pick(o.theme, THEME_CHOICES, DEFAULT_UI_SETTINGS.theme),
    backupMinutes: pick(o.backupMinutes, BACKUP_MINUTES as readonly BackupMinutes[], DEFAULT_UI_SETTINGS.backupMinutes),
    language: pick(o.language, LANGUAGE_CHOICES, DEFAULT_UI_SETTINGS.language),
  };
}
