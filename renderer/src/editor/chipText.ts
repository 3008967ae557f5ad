import { createContext } from 'react';
import type { TFunction } from 'i18next';
import { i18n } from '../i18n/i18n';

/**
 * The translate function the note's chips label themselves with. One useTranslation in the editor
 * hands it down: a hook per chip cost about a second of set-up for a note of 500 quotes (profiled).
 * A new value on a language change redraws the chips. Outside a provider: the app's i18n.
 */
export const ChipTextContext = createContext<TFunction>(i18n.t.bind(i18n) as TFunction);
