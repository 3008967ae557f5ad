/**
 * What a user types between asking for a field and that field taking the focus: a new note's title
 * (the note is created in IndexedDB first), the comment of a passage made with C, the title of an
 * event made with E. Each takes a moment, longer on a busy machine; keys pressed meanwhile would land
 * on the button just pressed (a space or an Enter would press it again), be lost, or trigger the
 * reader's one-letter shortcuts (the t of a comment's word opening the tag field). They are held here
 * and handed over when the field opens.
 */

/** How long keys are held if the field never asks for them (the note could not be created). */
const HOLD_MS = 30_000;

/** Marks the field that takes the held keys; its value names what it is (`TypeAheadField`). */
export const TYPE_AHEAD_ATTRIBUTE = 'data-type-ahead';

export type TypeAheadField = 'note-title' | 'passage-comment' | 'event-title';

export interface TypedAhead {
  /** Typed before any Enter (a note's title). */
  readonly title: string;
  /** True when an Enter was typed: for a note, the cursor goes on to the text. */
  readonly enter: boolean;
  /** Typed after the Enter (the beginning of a note's text). */
  readonly text: string;
}

interface Held {
  field: TypeAheadField;
  title: string;
  enter: boolean;
  text: string;
  stop: () => void;
}

let held: Held | null = null;

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement);
}

/** A hold of keys, to end when its field will not open after all. */
export interface TypeAheadHold {
  /** Stops holding, unless the field took the keys or a newer hold replaced this one. */
  release(): void;
}

/** Starts holding the keys typed from now until `takeTypeAhead(field)`. */
export function holdTypeAhead(field: TypeAheadField): TypeAheadHold {
  held?.stop();
  const current: Held = { field, title: '', enter: false, text: '', stop: () => undefined };
  // A field marked the same before (the note open before was new once) is not the one asked for.
  const earlier = new Set(document.querySelectorAll(`[${TYPE_AHEAD_ATTRIBUTE}="${field}"]`));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    // Keys typed into a field are meant for that field.
    if (isTextField(event.target)) return;
    const part = current.enter ? 'text' : 'title';
    if (event.key.length === 1) current[part] += event.key;
    else if (event.key === 'Backspace') current[part] = current[part].slice(0, -1);
    else if (event.key === 'Enter' && !current.enter) current.enter = true;
    else if (event.key === 'Enter') current.text += '\n';
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  // The user went elsewhere (a click, Tab): what they type now is meant for there.
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    if (!(target instanceof HTMLElement && target.getAttribute(TYPE_AHEAD_ATTRIBUTE) === field) || earlier.has(target)) current.stop();
  };
  // A click on text moves no focus, but says the same.
  const onPointerDown = () => current.stop();
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('focusin', onFocusIn, true);
  window.addEventListener('pointerdown', onPointerDown, true);
  const timer = setTimeout(() => current.stop(), HOLD_MS);
  current.stop = () => {
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('focusin', onFocusIn, true);
    window.removeEventListener('pointerdown', onPointerDown, true);
    clearTimeout(timer);
    if (held === current) held = null;
  };
  held = current;
  return { release: () => current.stop() };
}

/** The keys held for `field` since `holdTypeAhead(field)`, and stops holding them. */
export function takeTypeAhead(field: TypeAheadField): TypedAhead {
  const current = held?.field === field ? held : null;
  current?.stop();
  return { title: current?.title ?? '', enter: current?.enter ?? false, text: current?.text ?? '' };
}

/** The held keys as one run of text, for a field that takes line breaks (a comment). */
export function typedAheadText(typed: TypedAhead): string {
  return typed.enter ? `${typed.title}\n${typed.text}` : typed.title;
}

/**
 * How long a field has to take the keys once asked to open: a render and an effect away, after its
 * panel's data is read (the whole source for a passage's panel), which a busy machine can take
 * seconds over. A click or a focus elsewhere ends the hold sooner.
 */
const DRAW_GRACE_MS = 10_000;

/**
 * Ends `hold` shortly after its field was asked to open (or its making failed), if the field has not
 * taken the keys: a field in a collapsed pane never opens, and the keys go back to the page.
 */
export function releaseAfterDraw(hold: TypeAheadHold): void {
  setTimeout(() => hold.release(), DRAW_GRACE_MS);
}
