/** What the window says while files are dragged over it: where they go, or why not now. */
export function DropOverlay({ state }: { state: 'idle' | 'dragging' | 'busy' }) {
  if (state === 'idle') return null;
  return (
    <div className={state === 'busy' ? 'drop-overlay drop-overlay-busy' : 'drop-overlay'} role="status" aria-label="Drop files to import">
      <p>{state === 'busy' ? 'An import is running: drop again when it has finished.' : 'Drop files or a folder to import them (text, Markdown, web pages, PDF, Word).'}</p>
    </div>
  );
}
