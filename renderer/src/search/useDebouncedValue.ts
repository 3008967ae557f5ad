import { useEffect, useRef, useState } from 'react';

/**
 * `value`, debounced on both edges: a change after a quiet spell of `delayMs` goes through at once
 * (the first keystroke searches without waiting), changes in quick succession settle `delayMs`
 * after the last one (typing fast searches once, at the end).
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(-Infinity);
  useEffect(() => {
    const now = performance.now();
    const quiet = now - lastChange.current >= delayMs;
    lastChange.current = now;
    if (quiet) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
