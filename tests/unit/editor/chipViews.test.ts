// @vitest-environment happy-dom
import { act, createElement as h } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { $createParagraphNode, $getRoot } from 'lexical';
import { NOTE_NODES } from '@common/editor/nodes';
import { $createPassageQuoteNode, PassageQuoteNode, type PassageQuoteData } from '@common/editor/PassageQuoteNode';
import { $createPassageCitationNode } from '@common/editor/PassageCitationNode';
import { $createEventCitationNode } from '@common/editor/EventCitationNode';
import { NOTE_EDITOR_NODES } from '../../../renderer/src/editor/editorNodes';
import { ChipViewsPlugin } from '../../../renderer/src/editor/ChipViewsPlugin';
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

function noteJson(): string {
  const editor = editorWith(NOTE_NODES);
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

describe('the chips are not React views', () => {
  it('gives Lexical no decorator to render: no portal per chip', () => {
    const editor = editorWith(NOTE_EDITOR_NODES);
    editor.setEditorState(editor.parseEditorState(noteJson()));
    expect(editor.getEditorState().read(() => ($getRoot().getFirstChild() as PassageQuoteNode).decorate())).toBeNull();
    expect(NOTE_EDITOR_NODES).toEqual([...NOTE_NODES]);
  });
});

describe('the chips in a live editor', () => {
  let container: HTMLElement;
  afterEach(() => container?.remove());

  let root: Root;
  async function mount(actions: NodeActions) {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    const initialConfig = { namespace: 'view-test', nodes: NOTE_EDITOR_NODES, editorState: noteJson(), onError: (e: Error) => { throw e; } };
    await act(async () => {
      root.render(
        h(
          NodeActionsContext.Provider,
          { value: actions },
          h(LexicalComposer, { initialConfig }, h(RichTextPlugin, { contentEditable: h(ContentEditable, { className: 'editor' }), ErrorBoundary: LexicalErrorBoundary }), h(ChipViewsPlugin)),
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

  it('redraws every chip when the app’s answers change, keeping the focus on the chip it was on', async () => {
    const labels = new Map<string, string>();
    const actions = (): NodeActions => ({ openPassage: vi.fn(), openEvent: vi.fn(), sourceLabel: (id: string) => labels.get(id), passageState: () => 'ok' });
    const initialConfig = { namespace: 'view-test', nodes: NOTE_EDITOR_NODES, editorState: noteJson(), onError: (e: Error) => { throw e; } };
    const tree = (value: NodeActions) =>
      h(NodeActionsContext.Provider, { value }, h(LexicalComposer, { initialConfig }, h(RichTextPlugin, { contentEditable: h(ContentEditable, { className: 'editor' }), ErrorBoundary: LexicalErrorBoundary }), h(ChipViewsPlugin)));
    await mount(actions());
    const chip = byName('Open source: Le Figaro')!;
    chip.focus();
    labels.set(QUOTE.sourceId, 'Le Figaro, 27 nov. 1908');
    await act(async () => root.render(tree(actions())));
    expect(byName('Open source: Le Figaro, 27 nov. 1908')).toBe(chip);
    expect(document.activeElement).toBe(chip);
    expect(chip.textContent).toBe('Le Figaro, 27 nov. 1908');
  });

  it('draws a chip inserted after the editor opened (typed, pasted or arriving from a shared note)', async () => {
    await mount({ openPassage: vi.fn(), openEvent: vi.fn(), sourceLabel: () => undefined, passageState: () => 'ok' });
    const editor = (container.querySelector('.editor') as unknown as { __lexicalEditor: import('lexical').LexicalEditor }).__lexicalEditor;
    await act(async () => {
      editor.update(() => $getRoot().append($createPassageQuoteNode({ ...QUOTE, passageId: 'p-new', exact: 'Une citation ajoutée' })), { discrete: true });
    });
    expect([...container.querySelectorAll('figure.quote-block blockquote')].map((q) => q.textContent)).toContain('Une citation ajoutée');
  });
});
