import type { CDPSession } from '@playwright/test';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One line of a profile summary: where the renderer's main thread spent its time (self time). */
export interface HotSpot {
  readonly fn: string;
  readonly ms: number;
}

const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}`;
const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

/**
 * The longest stretch of samples with the main thread busy (a long task, seen from the profiler),
 * and the functions on the stack for most of it (inclusive time): what blocked the window.
 */
function longestBusyStretch(profile: Profile, top: number): { ms: number; onStack: HotSpot[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let best: [number, number] = [0, 0];
  let bestMs = 0;
  let start = 0;
  let ms = 0;
  profile.samples.forEach((id, i) => {
    const busy = !IDLE.has(byId.get(id)!.callFrame.functionName);
    if (!busy) {
      start = i + 1;
      ms = 0;
      return;
    }
    ms += (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (ms > bestMs) {
      bestMs = ms;
      best = [start, i + 1];
    }
  });
  const inclusive = new Map<string, number>();
  for (let i = best[0]; i < best[1]; i++) {
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) seen.add(label(byId.get(id)!));
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
  }
  const onStack = [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, ms]) => ({ fn, ms: Math.round(ms) }));
  return { ms: Math.round(bestMs), onStack };
}

/** Runs `during` under the CDP sampling profiler; the functions with the most self time, and what the longest busy stretch was made of. */
export async function profiled<T>(cdp: CDPSession, during: () => Promise<T>, top = 15): Promise<{ result: T; hotSpots: HotSpot[]; totalMs: number; longest: { ms: number; onStack: HotSpot[] } }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const result = await during();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  const hotSpots = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, ms]) => ({ fn, ms: Math.round(ms) }));
  return { result, hotSpots, totalMs: Math.round(totalMs), longest: longestBusyStretch(profile, top * 2) };
}
