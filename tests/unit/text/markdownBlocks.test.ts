import { describe, expect, it } from 'vitest';
import { markdownBlockKind } from '@common/text/markdownBlocks';

describe('markdownBlockKind', () => {
  const rows: Array<[string, ReturnType<typeof markdownBlockKind>]> = [
    ['# Titre', 'h1'],
    ['### Partie', 'h3'],
    ['###### Six', 'h6'],
    ['####### Sept', null],
    ['#hashtag', null],
    ['> « Rien n’indique une effraction »', 'quote'],
    ['- un\n- deux', 'list'],
    ['1. un', 'list'],
    ['```\ncode\n```', 'code'],
    ['---', 'rule'],
    ['* * *', 'rule'],
    ['Un paragraphe avec **gras**.', null],
    ['    # indenté de quatre : du code, pas un titre', null],
  ];
  for (const [paragraph, kind] of rows) it(`${JSON.stringify(paragraph)} → ${String(kind)}`, () => expect(markdownBlockKind(paragraph)).toBe(kind));
});
