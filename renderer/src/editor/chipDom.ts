import type { TFunction } from 'i18next';
import type { PassageQuoteData } from '@common/editor/PassageQuoteNode';
import type { PassageCitationData } from '@common/editor/PassageCitationNode';
import type { EventCitationData } from '@common/editor/EventCitationNode';
import type { NodeActions, PassageState } from './nodeActions';

/*
 * The note's quote, citation and event chips, drawn as plain DOM inside the element Lexical made for
 * each node. Not React views: Lexical gives every React decorator a portal of its own, and React
 * attaches its whole set of event listeners to each portal's element; a note of 500 quotes spent
 * about half of its opening on that (bench/noteLoad.bench.ts, with and without the views). Clicks
 * reach the app through one listener on the editor (see ChipViewsPlugin).
 * Every text is set as textContent, never as HTML: source text is data.
 */

/** What a chip is drawn from besides its node's data: the app's answers and the words of the interface. */
export interface ChipContext {
  readonly actions: NodeActions;
  readonly t: TFunction;
}

/** Marks the button that opens something, and what: read by the editor's one click listener. */
export const OPEN_ATTRIBUTE = 'data-chip-open';

type Badge = 'detached' | 'orphaned' | null;

/** A passage deleted from the notebook (or whose note says so) is detached; one lost in its source is orphaned. */
function badgeOf(state: PassageState, detached: boolean): Badge {
  if (detached || state === 'missing') return 'detached';
  return state === 'orphaned' ? 'orphaned' : null;
}

// The label saved in the node is only a fallback (a deleted source, a headless export): the chip
// names the source as it is cited now, so a rename shows in every open note.
function passageChip(context: ChipContext, passageId: string, sourceId: string, savedLabel: string, detached: boolean) {
  const badge = badgeOf(context.actions.passageState(passageId), detached);
  const label = context.actions.sourceLabel(sourceId) ?? savedLabel;
  // A detached passage is gone: there is nothing to open. An orphaned one can be opened for review.
  return { badge, label, canOpen: badge !== 'detached' };
}

/** The element's one child of this tag and class, made once: redrawing keeps the focus on a chip. */
function child<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, className: string, index = 0): HTMLElementTagNameMap[K] {
  const existing = parent.children[index];
  if (existing instanceof HTMLElement && existing.tagName === tag.toUpperCase() && existing.dataset['chipPart'] === className) return existing as HTMLElementTagNameMap[K];
  const made = document.createElement(tag);
  made.dataset['chipPart'] = className;
  if (existing) existing.replaceWith(made);
  else parent.append(made);
  return made;
}

function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** The badge after the label, or none. */
function drawBadge(parent: HTMLElement, index: number, badge: Badge): void {
  const existing = parent.children[index];
  if (!badge) return void existing?.remove();
  const span = child(parent, 'span', 'badge', index);
  span.className = `badge badge-${badge}`;
  setText(span, badge);
}

function openButton(button: HTMLButtonElement, kind: 'passage' | 'event', id: string, canOpen: boolean, label: string): void {
  button.type = 'button';
  button.setAttribute(OPEN_ATTRIBUTE, kind);
  button.setAttribute(kind === 'passage' ? 'data-passage-id' : 'data-event-id', id);
  button.disabled = !canOpen;
  button.setAttribute('aria-label', label);
}

export function drawQuote(element: HTMLElement, data: PassageQuoteData, context: ChipContext): void {
  const { badge, label, canOpen } = passageChip(context, data.passageId, data.sourceId, data.sourceLabel, data.detached);
  const figure = child(element, 'figure', 'quote');
  figure.className = badge ? `quote-block quote-${badge}` : 'quote-block';
  figure.setAttribute('data-passage-id', data.passageId);
  const quote = child(figure, 'blockquote', 'text', 0);
  quote.className = 'quote-text';
  setText(quote, data.exact);
  const caption = child(figure, 'figcaption', 'caption', 1);
  const button = child(caption, 'button', 'open', 0);
  button.className = 'source-chip';
  openButton(button, 'passage', data.passageId, canOpen, context.t('nodeViews.openSource', { label }));
  setText(button, label);
  drawBadge(caption, 1, badge);
}

export function drawCitation(element: HTMLElement, data: PassageCitationData, context: ChipContext): void {
  const { badge, label, canOpen } = passageChip(context, data.passageId, data.sourceId, data.label, data.detached);
  const button = child(element, 'button', 'citation');
  button.className = badge ? `citation-chip citation-${badge}` : 'citation-chip';
  openButton(button, 'passage', data.passageId, canOpen, context.t('nodeViews.citation', { label, value: badge ? ` (${badge})` : '' }));
  button.title = `« ${data.exact} »${badge ? ` (${badge})` : ''}`;
  const text = child(button, 'span', 'label', 0);
  setText(text, label);
  drawBadge(button, 1, badge);
}

export function drawEvent(element: HTMLElement, data: EventCitationData, context: ChipContext): void {
  const button = child(element, 'button', 'event');
  button.className = 'event-chip';
  openButton(button, 'event', data.eventId, true, context.t('nodeViews.event', { title: data.title, dateLabel: data.dateLabel }));
  setText(button, `${data.title} · ${data.dateLabel}`);
}
