import { describe, expect, it } from 'vitest';
import { quoteEdges, wholeSpans } from '@common/anchor/snapMatch';

describe('quoteEdges', () => {
  const rows = [
    { name: 'a quote of whole words begins and ends words', args: ['commodo cites', 'sed, ', ', ornare'], expected: { startsWord: true, endsWord: true, leadingSpace: false, trailingSpace: false } },
    { name: 'a prefix ending in a letter means the quote starts inside a word', args: ['lor amet', 'do', ''], expected: { startsWord: false, endsWord: true, leadingSpace: false, trailingSpace: false } },
    { name: 'a suffix starting with a letter means the quote ends inside a word', args: ['dolor am', '', 'et'], expected: { startsWord: true, endsWord: false, leadingSpace: false, trailingSpace: false } },
    { name: 'an emoji is not a word edge', args: ['bravo 😀', 'criait ', ' puis'], expected: { startsWord: true, endsWord: false, leadingSpace: false, trailingSpace: false } },
    { name: 'white space at the edges is noted', args: [' mot ', '', ''], expected: { startsWord: false, endsWord: false, leadingSpace: true, trailingSpace: true } },
  ] as const;
  for (const row of rows) it(row.name, () => expect(quoteEdges(row.args[0], row.args[1], row.args[2])).toEqual(row.expected));
});

describe('wholeSpans', () => {
  const words = { startsWord: true, endsWord: true, leadingSpace: false, trailingSpace: false };
  const rows = [
    { name: 'an end inside a surrogate pair takes the whole emoji', text: 'bravo 😀 puis', start: 0, end: 7, edges: { ...words, endsWord: false }, expected: [{ start: 0, end: 8 }] },
    { name: 'a start on a space left by an edit moves to the word', text: ' ette visite', start: 0, end: 12, edges: words, expected: [{ start: 1, end: 12 }] },
    { name: 'an end on a space moves back to the word', text: 'rencontre vendredi  Moscou', start: 0, end: 19, edges: words, expected: [{ start: 0, end: 18 }] },
    // Both ways are offered; the caller keeps the one that best fits quote and context.
    { name: 'an end inside a word goes out to its end or back to the previous word', text: 'commodo vitae, ornare', start: 0, end: 11, edges: words, expected: [{ start: 0, end: 13 }, { start: 0, end: 7 }] },
    { name: 'a start inside a word goes back to its start or on to the next word, past punctuation', text: 'vitae, ornare sit', start: 3, end: 17, edges: words, expected: [{ start: 0, end: 17 }, { start: 7, end: 17 }] },
    { name: 'an end inside a word stays when the quote itself ends inside one', text: 'dolor amet', start: 0, end: 8, edges: { ...words, endsWord: false }, expected: [{ start: 0, end: 8 }] },
    { name: 'a start on a combining mark moves back to its letter', text: 'Core\u0301e du Nord', start: 4, end: 14, edges: { ...words, startsWord: false }, expected: [{ start: 3, end: 14 }] },
  ];
  for (const row of rows) it(row.name, () => expect(wholeSpans(row.text, row.start, row.end, row.edges)).toEqual(row.expected));
});
