import { $createLineBreakNode, $createTabNode, $createTextNode, $getRoot, $isLineBreakNode, type ElementNode, type LexicalNode, type ParagraphNode, type TextNode } from 'lexical';
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import { $createPassageCitationNode, $isPassageCitationNode } from '@common/editor/PassageCitationNode';
import { write, type Person } from './notePeople';

// Written by hand from the Steinheil seed "l’essentiel" (a citation a user would put in a note).
export const CITE = { passageId: 'p-cite', sourceId: 's-essentiel', label: 'l’essentiel – La Corée…', exact: 'aux côtés de la Russie', detached: false };

export const firstParagraph = () => $getRoot().getFirstChildOrThrow<ParagraphNode>();

/**
 * One edit of any kind a note sees, at a random spot of `p`'s first paragraph or of a link in it:
 * words typed, a chip, a line break or a tab put (splitting the text where it lands), one of those
 * removed, a span linked or a link undone, a text node deleted, a span made bold or italic.
 */
export async function mixedEdit(p: Person, next: () => number, id: string, typed: string[]): Promise<'moved' | 'in place'> {
  let moved = false;
  await write(p, () => {
    const paragraph = firstParagraph();
    const links = paragraph.getChildren().filter($isLinkNode);
    const box: ElementNode = links.length > 0 && next() < 0.3 ? links[Math.floor(next() * links.length)]! : paragraph;
    const texts = box.getChildren().filter((n): n is TextNode => n.getType() === 'text' && n.getTextContentSize() > 0);
    const node = texts[Math.floor(next() * texts.length)];
    const roll = next();
    if (!node) {
      typed.push(` ${id} `);
      return void box.append($createTextNode(` ${id} `));
    }
    const size = node.getTextContentSize();
    const at = Math.floor(next() * (size + 1));
    const put = (made: LexicalNode) => (at === 0 ? node.insertBefore(made) : at === size ? node.insertAfter(made) : node.splitText(at)[1]!.insertBefore(made));
    const span = () => {
      const start = Math.floor(next() * size);
      const end = start + 1 + Math.floor(next() * (size - start));
      return node.splitText(start, end)[start === 0 ? 0 : 1]!;
    };
    if (roll < 0.2) {
      typed.push(` ${id} `);
      node.spliceText(at, 0, ` ${id} `);
    } else if (roll < 0.35) put($createPassageCitationNode({ ...CITE, passageId: `p-${id}`, label: `[${id}]` }));
    else if (roll < 0.45) put($createLineBreakNode());
    else if (roll < 0.5) put($createTabNode());
    else if (roll < 0.6) {
      const removable = box.getChildren().filter((n) => $isPassageCitationNode(n) || $isLineBreakNode(n) || n.getType() === 'tab');
      removable[Math.floor(next() * removable.length)]?.remove();
    } else if (roll < 0.68 && box === paragraph) {
      const words = span();
      const link = $createLinkNode('https://example.org/');
      words.insertBefore(link);
      link.append(words);
      moved = true;
    } else if (roll < 0.72 && links.length > 0) {
      const link = links[0]!;
      for (const child of link.getChildren()) link.insertBefore(child);
      link.remove();
      moved = true;
    } else if (roll < 0.76) node.remove();
    else span().toggleFormat(next() < 0.5 ? 'bold' : 'italic');
  });
  return moved ? 'moved' : 'in place';
}
