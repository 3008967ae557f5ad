import { useEffect, useRef, useState } from 'react';
import { collectDroppedFiles, type CollectedDrop } from './collectDroppedFiles';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Files or folders dragged over the window: while they hover, `dragging` is true (the shell shows
 * where to drop); dropped, they go to `onDrop`. Only drags that carry files are taken, in the capture
 * phase, so dragging text inside a note still works, and a dropped file never makes the window navigate
 * away to it. While `busy` (an import already running) a drop is refused and says so.
 */
export function useFileDrop(onDrop: (drop: CollectedDrop) => void, busy: boolean): 'idle' | 'dragging' | 'busy' {
  const [dragging, setDragging] = useState(false);
  const latest = useRef({ onDrop, busy });
  latest.current = { onDrop, busy };

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = latest.current.busy ? 'none' : 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      // relatedTarget is null when the pointer leaves the window itself.
      if (carriesFiles(event) && event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      event.stopPropagation();
      setDragging(false);
      if (latest.current.busy) return;
      // Entries are taken now, during the event; the folders are walked afterwards.
      void collectDroppedFiles(event.dataTransfer).then((collected) => latest.current.onDrop(collected));
    };
    const end = () => setDragging(false);
    window.addEventListener('dragenter', over, true);
    window.addEventListener('dragover', over, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('drop', drop, true);
    window.addEventListener('dragend', end, true);
    return () => {
      window.removeEventListener('dragenter', over, true);
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('drop', drop, true);
      window.removeEventListener('dragend', end, true);
    };
  }, []);

  return dragging ? (busy ? 'busy' : 'dragging') : 'idle';
}
