import { CHECK_LIST, HEADING, LINK, ORDERED_LIST, QUOTE, TEXT_FORMAT_TRANSFORMERS, UNORDERED_LIST, type Transformer } from '@lexical/markdown';

/**
 * Markdown shortcuts while typing (`# `, `- `, `1. `, `[ ] `, `> `, `**…**`, `*…*`, `` `…` ``,
 * `[text](url)`). Lexical's full list also has code blocks, whose node notes do not use.
 * CHECK_LIST comes before UNORDERED_LIST so `- [ ] ` makes a checklist, not a bullet.
 */
export const SHORTCUT_TRANSFORMERS: Transformer[] = [HEADING, QUOTE, CHECK_LIST, UNORDERED_LIST, ORDERED_LIST, ...TEXT_FORMAT_TRANSFORMERS, LINK];
