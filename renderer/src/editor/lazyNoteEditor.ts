import { lazyComponent } from '../app/LazyPart';

// The note editor (Lexical and its plugins, ~470 KB) in its own chunk: loaded when a note is first
// open, or ahead of that once the start is over (notes/usePreloadNoteEditor.ts), not before the
// library's first paint.
export const NoteEditor = lazyComponent(() => import('./NoteEditor').then((m) => m.NoteEditor));
