import { useContext, useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { PassageQuoteNode } from '@common/editor/PassageQuoteNode';
import { PassageCitationNode } from '@common/editor/PassageCitationNode';
import { EventCitationNode } from '@common/editor/EventCitationNode';
import { NodeActionsContext } from './nodeActions';
import { ChipTextContext } from './chipText';
import { drawCitation, drawEvent, drawQuote, OPEN_ATTRIBUTE, type ChipContext } from './chipDom';

const CHIP_CLASSES = [PassageQuoteNode, PassageCitationNode, EventCitationNode] as const;

/** Draws the chip of each key given (inside a read), in the element Lexical made for it. */
function draw(editor: LexicalEditor, keys: Iterable<NodeKey>, context: ChipContext): void {
  editor.getEditorState().read(() => {
    for (const key of keys) {
      const node = $getNodeByKey(key);
      const element = editor.getElementByKey(key);
      if (!node || !element) continue;
      if (node instanceof PassageQuoteNode) drawQuote(element, node.getData(), context);
      else if (node instanceof PassageCitationNode) drawCitation(element, node.getData(), context);
      else if (node instanceof EventCitationNode) drawEvent(element, node.getData(), context);
    }
  });
}

/**
 * Draws the note's quote, citation and event chips (see chipDom.ts) as their nodes are made or
 * changed, redraws every chip when the app's answers or the language change, and hands a click on a
 * chip's button to the app: one listener on the editor for all of them.
 */
export function ChipViewsPlugin() {
  const [editor] = useLexicalComposerContext();
  const actions = useContext(NodeActionsContext);
  const t = useContext(ChipTextContext);
  const context = useRef<ChipContext>({ actions, t });
  context.current = { actions, t };
  const chips = useRef(new Set<NodeKey>());

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.(`[${OPEN_ATTRIBUTE}]`);
      if (!(button instanceof HTMLButtonElement) || button.disabled) return;
      const { actions: now } = context.current;
      if (button.getAttribute(OPEN_ATTRIBUTE) === 'event') now.openEvent(button.getAttribute('data-event-id') ?? '');
      else now.openPassage(button.getAttribute('data-passage-id') ?? '');
    };
    return mergeRegister(
      ...CHIP_CLASSES.map((klass) =>
        editor.registerMutationListener(klass, (mutations) => {
          const changed: NodeKey[] = [];
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') chips.current.delete(key);
            else {
              chips.current.add(key);
              changed.push(key);
            }
          }
          draw(editor, changed, context.current);
        }),
      ),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
      }),
    );
  }, [editor]);

  useEffect(() => {
    draw(editor, chips.current, { actions, t });
  }, [editor, actions, t]);

  return null;
}
