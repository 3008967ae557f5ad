import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, type ParagraphNode, type RangeSelection, type TextNode } from 'lexical';
import { BOTH_ORDERS, json, meet, person, text, write, type Person } from './support/notePeople';

/**
 * What the binding writes for a key typed: the letter at the caret. Lexical's text diff let the
 * common start run up to the caret, which is after the letter typed, so a letter typed before the
 * same letter was written after it (the text looked the same). Once the other person deleted the
 * word after the caret, the typed word came back with its letters in another order.
 */

const textNode = () => $getRoot().getFirstChildOrThrow<ParagraphNode>().getFirstChildOrThrow<TextNode>();

/** Types `words` key by key at `offset` of the note's first text node. */
async function typeAt(p: Person, offset: number, words: string): Promise<void> {
  await write(p, () => void textNode().select(offset, offset));
  for (const key of words) await write(p, () => ($getSelection() as RangeSelection).insertText(key));
}

describe('keys typed before the same letters', () => {
  it.each(BOTH_ORDERS)('stay in their order when the other deletes the word after them (client ids %i, %i)', async (a, b) => {
    const ana = person(a);
    const ben = person(b);
    const sentence = 'Kim reçoit Choe.';
    await write(ana, () => $getRoot().clear().append($createParagraphNode().append($createTextNode(sentence))));
    await meet(ana, ben);
    const at = sentence.indexOf('Choe');
    await typeAt(ben, at, 'Chef ');
    expect(text(ben)).toBe('Kim reçoit Chef Choe.');
    await write(ana, () => {
      textNode().select(at, at + 'Choe'.length);
      ($getSelection() as RangeSelection).removeText();
    });
    expect(text(ana)).toBe('Kim reçoit .');
    await meet(ana, ben);
    // Before: « Kim reçoit hef C. » (the typed C had gone after Choe's C, the rest before it).
    expect(text(ana)).toBe('Kim reçoit Chef .');
    expect(json(ben)).toBe(json(ana));
  });
});
