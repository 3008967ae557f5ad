import { describe, expect, it } from 'vitest';
import { createI18n } from '@common/i18n/createI18n';
import { translateMessage, type Message } from '@common/i18n/message';
import { startCauseMessage, type StartDecision } from '@common/start/startDecision';
import { encodingMessage } from '@common/text/decode';

// Sentences built outside React (common/) reach the interface as catalog keys; here they are said
// in both languages, as the renderer says them.
const en = createI18n('en');
const fr = createI18n('fr');
const say = (language: typeof en, m: Message | null) => (m ? translateMessage((key, values) => language.t(key, values), m) : '');

const decision = (cause: StartDecision['cause'], reason: string | null = null, failedStarts = 0): StartDecision => ({ safe: cause !== null, cause, reason, failedStarts });

describe('why a safe start happened, in English and in French', () => {
  const rows: Array<{ decision: StartDecision; en: string; fr: string }> = [
    { decision: decision('pane-failed'), en: 'Part of Verbatim failed last time', fr: 'Une partie de Verbatim a échoué la dernière fois' },
    { decision: decision('died-starting', null, 1), en: 'Verbatim stopped while starting last time', fr: 'Verbatim s’est arrêté pendant son démarrage la dernière fois' },
    { decision: decision('died-starting', 'crashed', 3), en: 'Verbatim stopped while starting, 3 times in a row (the window crashed)', fr: 'Verbatim s’est arrêté pendant son démarrage, 3 fois de suite (la fenêtre a planté)' },
    { decision: decision('died-working', 'oom'), en: 'Verbatim stopped unexpectedly last time (it ran out of memory)', fr: 'Verbatim s’est arrêté de façon inattendue la dernière fois (la mémoire était épuisée)' },
    { decision: decision('died-working', 'launch-failed'), en: 'Verbatim stopped unexpectedly last time (the window ended abnormally: launch-failed)', fr: 'Verbatim s’est arrêté de façon inattendue la dernière fois (la fenêtre s’est terminée anormalement\u00a0: launch-failed)' },
    { decision: decision('died-working', 'something-new'), en: 'Verbatim stopped unexpectedly last time (the window ended)', fr: 'Verbatim s’est arrêté de façon inattendue la dernière fois (la fenêtre s’est terminée)' },
    { decision: decision(null), en: '', fr: '' },
  ];
  for (const r of rows) {
    it(`says « ${r.en || '(nothing)'} »`, () => expect(say(en, startCauseMessage(r.decision))).toBe(r.en));
    it(`dit « ${r.fr || '(rien)'} »`, () => expect(say(fr, startCauseMessage(r.decision))).toBe(r.fr));
  }
});

describe('how a file was read, in English and in French', () => {
  const rows: Array<{ encoding: Parameters<typeof encodingMessage>[0]; replaced: number; en: string; fr: string }> = [
    { encoding: 'utf-8', replaced: 0, en: 'UTF-8', fr: 'UTF-8' },
    { encoding: 'utf-8-bom', replaced: 0, en: 'UTF-8 (with BOM)', fr: 'UTF-8 (avec BOM)' },
    { encoding: 'windows-1252', replaced: 0, en: 'Windows-1252', fr: 'Windows-1252' },
    { encoding: 'utf-8', replaced: 1, en: 'UTF-8, 1 invalid byte sequence replaced by �', fr: 'UTF-8, 1 séquence d’octets invalide remplacée par �' },
    { encoding: 'utf-8', replaced: 3, en: 'UTF-8, 3 invalid byte sequences replaced by �', fr: 'UTF-8, 3 séquences d’octets invalides remplacées par �' },
    { encoding: 'utf-8-bom', replaced: 2, en: 'UTF-8 (with BOM), 2 invalid byte sequences replaced by �', fr: 'UTF-8 (avec BOM), 2 séquences d’octets invalides remplacées par �' },
  ];
  for (const r of rows) {
    it(`says « ${r.en} »`, () => expect(say(en, encodingMessage(r.encoding, r.replaced))).toBe(r.en));
    it(`dit « ${r.fr} »`, () => expect(say(fr, encodingMessage(r.encoding, r.replaced))).toBe(r.fr));
  }
});
