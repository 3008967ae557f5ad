import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';

/** How long typing may go unsaved: the issue allows half a second; we save sooner. */
export const SAVE_DELAY_MS = 300;

interface Props {
  /** Writes the serialized state; resolves when it is in IndexedDB. */
  save: (content: string) => Promise<void>;
  /** Told when the note has changes not yet saved (true) and when they are handed to save (false). */
  onDirty: (dirty: boolean) => void;
}

/**
 * Saves the note shortly after each change, at once on blur, and when the window is hidden or
 * closed. A plugin over Lexical's register functions; it renders nothing.
 */
export function AutoSavePlugin({ save, onDirty }: Props) {
  const [editor] = useLexicalComposerContext();
  const saveRef = useRef(save);
  saveRef.current = save;
  const dirtyRef = useRef(onDirty);
  dirtyRef.current = onDirty;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let dirty = false;
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (!dirty) return;
      dirty = false;
      dirtyRef.current(false);
      void saveRef.current(JSON.stringify(editor.getEditorState().toJSON()));
    };
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onHide);
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        // Loading a state (our own reload) is not a change to save.
        if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || tags.has('note-load')) return;
        dirty = true;
        dirtyRef.current(true);
        if (timer) clearTimeout(timer);
        timer = setTimeout(flush, SAVE_DELAY_MS);
      }),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('focusout', flush);
        root?.addEventListener('focusout', flush);
      }),
    );
    return () => {
      flush();
      unregister();
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [editor]);
  return null;
}
