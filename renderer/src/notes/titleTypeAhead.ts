/**
 * What a user types between asking for a new note and its title field taking the focus. The note is
 * created in IndexedDB first, which takes a moment (longer on a busy machine); keys pressed meanwhile
 * would land on the New note button (a space or an Enter would press it again), be lost, or trigger
 * the reader's one-letter shortcuts. They are held here and handed over when the title opens: what
 * came before an Enter goes into the title, what came after it into the note's text.
 */

/** How long keys are held if no new title ever asks for them (the note could not be created). */
const HOLD_MS = 30_000;

/** Marks the title field of the note just created: the only field that takes the held keys. */
export const NEW_NOTE_TITLE_ATTRIBUTE = 'data-new-note-title';

export interface TypedAhead {
  /** Typed before any Enter: the title. */
  readonly title: string;
  /** True when an Enter was typed: the cursor goes on to the text. */
  readonly enter: boolean;
  /** Typed after the Enter: the beginning of the text. */
  readonly text: string;
}

interface Held {
  title: string;
  enter: boolean;
  text: string;
  stop: () => void;
}

let held: Held | null = null;

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement);
}

/** Starts holding the keys typed from now until `takeTypeAhead()`. */
export function holdTypeAhead(): void {
  held?.stop();
  const current: Held = { title: '', enter: false, text: '', stop: () => undefined };
  // The note open before may have a title marked too (it was new once): it is not the one asked for.
  const earlierTitle = document.querySelector(`[${NEW_NOTE_TITLE_ATTRIBUTE}]`);
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
    if (!(target instanceof HTMLElement && target.hasAttribute(NEW_NOTE_TITLE_ATTRIBUTE)) || target === earlierTitle) current.stop();
  };
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('focusin', onFocusIn, true);
  const timer = setTimeout(() => current.stop(), HOLD_MS);
  current.stop = () => {
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('focusin', onFocusIn, true);
    clearTimeout(timer);
    if (held === current) held = null;
  };
  held = current;
}

/** The keys held since `holdTypeAhead()`, and stops holding them. */
export function takeTypeAhead(): TypedAhead {
  const current = held;
  current?.stop();
  return { title: current?.title ?? '', enter: current?.enter ?? false, text: current?.text ?? '' };
}
