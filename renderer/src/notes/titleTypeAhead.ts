/**
 * What a user types between asking for a new note and its title field taking the focus. The note is
 * created in IndexedDB first, which takes a moment (longer on a busy machine); keys pressed meanwhile
 * would land on the New note button, be lost, or trigger the reader's one-letter shortcuts. They are
 * held here and handed to the title when it opens. An Enter in that time is kept too: the title then
 * goes on to the text, as it does when Enter is pressed in it.
 */

/** How long keys are held if no title ever asks for them (the note could not be created). */
const HOLD_MS = 5_000;

interface Held {
  text: string;
  enter: boolean;
  stop: () => void;
}

let held: Held | null = null;

/** Starts holding the keys typed from now until `takeTypeAhead()` (or a few seconds pass). */
export function holdTypeAhead(): void {
  held?.stop();
  const current: Held = { text: '', enter: false, stop: () => undefined };
  const onKeyDown = (event: KeyboardEvent) => {
    if (current.enter || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (event.key.length === 1) current.text += event.key;
    else if (event.key === 'Backspace') current.text = current.text.slice(0, -1);
    else if (event.key === 'Enter') current.enter = true;
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  // The user went elsewhere (a click, Tab): what they type now is meant for there.
  const onFocusIn = (event: FocusEvent) => {
    if (!(event.target instanceof HTMLElement && event.target.classList.contains('note-title-input'))) current.stop();
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
export function takeTypeAhead(): { text: string; enter: boolean } {
  const current = held;
  current?.stop();
  return { text: current?.text ?? '', enter: current?.enter ?? false };
}
