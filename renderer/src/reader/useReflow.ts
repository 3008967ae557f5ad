import { useCallback, useEffect, useState } from 'react';

const key = (sourceId: string) => `verbatim.reflow.${sourceId}`;

/** Whether the open source is shown reflowed, remembered per source on this machine. */
export function useReflow(sourceId: string | null): [boolean, () => void] {
  const [reflow, setReflow] = useState(() => (sourceId ? localStorage.getItem(key(sourceId)) === '1' : false));
  useEffect(() => setReflow(sourceId ? localStorage.getItem(key(sourceId)) === '1' : false), [sourceId]);
  const toggle = useCallback(() => {
    setReflow((on) => {
      if (sourceId) localStorage.setItem(key(sourceId), on ? '0' : '1');
      return !on;
    });
  }, [sourceId]);
  return [reflow, toggle];
}
