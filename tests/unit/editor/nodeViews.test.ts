// @vitest-environment happy-dom
import { act, createElement as h, isValidElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { $applyNodeReplacement, $createParagraphNode, $getRoot, type Klass, type LexicalNode } from 'lexical';
import { NOTE_NODES } from '@common/editor/nodes';
import { $createPassageQuoteNode, PassageQuoteNode, type PassageQuoteData } from '@common/editor/PassageQuoteNode';
import { $createPassageCitationNode } from '@common/editor/PassageCitationNode';
import { $createEventCitationNode } from '@common/editor/EventCitationNode';
import { RENDERER_NOTE_NODES } from '../../../renderer/src/editor/nodeViews';
import { NodeActionsContext, type NodeActions } from '../../../renderer/src/editor/nodeActions';
// The node views read their words through react-i18next, as under the app's provider.
import '../../../renderer/src/i18n/i18n';

const QUOTE: PassageQuoteData = { passageId: 'p-1', sourceId: 's', sourceLabel: 'Le Figaro', exact: 'Mme Steinheil <script>alert(1)</script> **a dit**', detached: false };
const CITE = { passageId: 'p-2', sourceId: 's', label: 'Humanité', exact: 'le <b>peintre</b> Steinheil', detached: false };
const EVENT = { eventId: 'e-1', title: 'Arrestation', dateLabel: '26 novembre 1908' };

// React warns about act() unless told the environment supports it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function editorWith(nodes: NonNullable<Parameters<typeof createHeadlessEditor>[0]>['nodes']) {
  return createHeadlessEditor({ namespace: 'test', nodes, onError: (e) => { throw e; } });
}

function noteJson(nodes: ReadonlyArray<Klass<LexicalNode>>): string {
  const editor = editorWith(nodes);
  editor.update(
    () => {
      $getRoot().append(
        $createPassageQuoteNode(QUOTE),
        $createParagraphNode().append($createPassageCitationNode(CITE), $createEventCitationNode(EVENT)),
        $createPassageQuoteNode({ ...QUOTE, passageId: 'p-gone', detached: true }),
      );
    },
    { discrete: true },
  );
  return JSON.stringify(editor.getEditorState().toJSON());
}

describe('how the renderer gives the common nodes React views', () => {
  it('Lexical refuses a same-type replacement through withKlass, so that mechanism is not used', () => {
    class SameTypeView extends PassageQuoteNode {
      static override getType() {
        return 'passage-quote';
      }
      static override clone(node: SameTypeView) {
        return new SameTypeView(node.__data, node.__key);
      }
    }
    const editor = editorWith([...NOTE_NODES.filter((k) => k !== PassageQuoteNode), { replace: PassageQuoteNode, with: (n: PassageQuoteNode) => new SameTypeView(n.__data), withKlass: SameTypeView }]);
    // (Through $create it is worse: resolving the replacement finds the same type again, forever.)
    expect(() => editor.update(() => void $applyNodeReplacement(new PassageQuoteNode(QUOTE)), { discrete: true })).toThrow(/does not match registered node/);
  });

  it('writes the same JSON with the renderer’s nodes as with the common ones', () => {
    expect(noteJson(RENDERER_NOTE_NODES)).toBe(noteJson(NOTE_NODES));
  });

  it('reads JSON written by the renderer headlessly, and JSON written headlessly in the renderer', () => {
    const json = noteJson(RENDERER_NOTE_NODES);
    for (const nodes of [NOTE_NODES, RENDERER_NOTE_NODES]) {
      const editor = editorWith(nodes);
      editor.setEditorState(editor.parseEditorState(json));
      expect(JSON.stringify(editor.getEditorState().toJSON())).toBe(json);
    }
  });

  it('draws a React view in the renderer and nothing in common code', () => {
    const firstDecoration = (nodes: ReadonlyArray<Klass<LexicalNode>>) => {
      const editor = editorWith(nodes);
      editor.setEditorState(editor.parseEditorState(noteJson(NOTE_NODES)));
      return editor.getEditorState().read(() => ($getRoot().getFirstChild() as PassageQuoteNode).decorate());
    };
    expect(firstDecoration(NOTE_NODES)).toBeNull();
    expect(isValidElement(firstDecoration(RENDERER_NOTE_NODES))).toBe(true);
  });
});

describe('the node views in a live editor', () => {
  let container: HTMLElement;
  afterEach(() => container?.remove());

  async function mount(actions: NodeActions) {
    container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const initialConfig = { namespace: 'view-test', nodes: RENDERER_NOTE_NODES, editorState: noteJson(NOTE_NODES), onError: (e: Error) => { throw e; } };
    await act(async () => {
      root.render(
        h(
          NodeActionsContext.Provider,
          { value: actions },
          h(LexicalComposer, { initialConfig }, h(RichTextPlugin, { contentEditable: h(ContentEditable, { className: 'editor' }), ErrorBoundary: LexicalErrorBoundary })),
        ),
      );
    });
    return root;
  }

  const byName = (name: string) => [...container.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name);

  it('shows the quote as text, with a chip naming its source that opens the passage', async () => {
    const actions = { openPassage: vi.fn(), openEvent: vi.fn(), sourceLabel: () => undefined, passageState: () => 'ok' as const };
    await mount(actions);
    const quotes = [...container.querySelectorAll('figure.quote-block blockquote')];
    expect(quotes.map((q) => q.textContent)).toEqual([QUOTE.exact, QUOTE.exact]);
    // Source text is data: the markup in it is shown, never built.
    expect(container.querySelector('script, b')).toBeNull();
    const chip = byName('Open source: Le Figaro')!;
    await act(async () => chip.click());
    expect(actions.openPassage).toHaveBeenCalledWith('p-1');
  });

  it('marks a detached quote visibly, keeps its text, and offers nothing to open', async () => {
    await mount({ openPassage: vi.fn(), openEvent: vi.fn(), sourceLabel: () => undefined, passageState: () => 'ok' });
    const detached = container.querySelectorAll('figure.quote-block')[1]!;
    expect(detached.querySelector('.badge')?.textContent).toBe('detached');
    expect(detached.querySelector('blockquote')?.textContent).toBe(QUOTE.exact);
    expect(detached.querySelector('button')?.disabled).toBe(true);
  });

  it('marks quotes and citations of an orphaned passage, and still lets them open for review', async () => {
    const actions = { openPassage: vi.fn(), openEvent: vi.fn(), sourceLabel: () => undefined, passageState: (id: string) => (id === 'p-2' ? ('orphaned' as const) : ('ok' as const)) };
    await mount(actions);
    const chip = byName('Citation: Humanité (orphaned)')!;
    expect(chip.textContent).toContain('orphaned');
    expect(chip.title).toBe(`« ${CITE.exact} » (orphaned)`);
    await act(async () => chip.click());
    expect(actions.openPassage).toHaveBeenCalledWith('p-2');
  });

  it('shows a citation chip with its short label and the full quote on hover', async () => {
    await mount({ openPassage: vi.fn(), openEvent: vi.fn(), sourceLabel: () => undefined, passageState: () => 'ok' });
    const chip = byName('Citation: Humanité')!;
    expect(chip.textContent).toBe('Humanité');
    expect(chip.title).toBe(`« ${CITE.exact} »`);
  });

  it('names the source as the app cites it now, not as it was saved in the note', async () => {
    const labels = new Map([[QUOTE.sourceId, 'Ouest-France, 1 Nov 2024']]);
    await mount({ openPassage: vi.fn(), openEvent: vi.fn(), sourceLabel: (id: string) => labels.get(id), passageState: () => 'ok' });
    expect(byName('Open source: Ouest-France, 1 Nov 2024')?.textContent).toBe('Ouest-France, 1 Nov 2024');
    expect(byName('Open source: Le Figaro')).toBeUndefined();
  });

  it('shows an event chip with its title and date that opens the event', async () => {
    const actions = { openPassage: vi.fn(), openEvent: vi.fn(), sourceLabel: () => undefined, passageState: () => 'ok' as const };
    await mount(actions);
    const chip = byName('Event: Arrestation, 26 novembre 1908')!;
    expect(chip.textContent).toBe('Arrestation · 26 novembre 1908');
    await act(async () => chip.click());
    expect(actions.openEvent).toHaveBeenCalledWith('e-1');
  });
});
