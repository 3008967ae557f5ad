import { describe, expect, it } from 'vitest';
import { afterRendererEvent, reportedReason, type RendererAction, type RendererEvent } from '@common/start/rendererGone';

describe('afterRendererEvent', () => {
  const now = 1_000_000;
  const rows: Array<{ name: string; event: RendererEvent; earlier: number[]; expected: RendererAction }> = [
    { name: 'reloads in safe start after a crash, saying why', event: { kind: 'gone', reason: 'crashed' }, earlier: [], expected: { action: 'reload-safe', query: '?after=crashed' } },
    { name: 'reloads in safe start after running out of memory', event: { kind: 'gone', reason: 'oom' }, earlier: [], expected: { action: 'reload-safe', query: '?after=oom' } },
    { name: 'reloads in safe start after the page was killed', event: { kind: 'gone', reason: 'killed' }, earlier: [now - 120_000, now - 61_000], expected: { action: 'reload-safe', query: '?after=killed' } },
    { name: 'does nothing after a clean exit', event: { kind: 'gone', reason: 'clean-exit' }, earlier: [], expected: { action: 'none' } },
    { name: 'asks after the third death within a minute instead of reloading in a loop', event: { kind: 'gone', reason: 'crashed' }, earlier: [now - 50_000, now - 1_000], expected: { action: 'ask' } },
    { name: 'reloads after a second death within a minute', event: { kind: 'gone', reason: 'crashed' }, earlier: [now - 1_000], expected: { action: 'reload-safe', query: '?after=crashed' } },
    { name: 'asks whether to wait when the page hangs', event: { kind: 'unresponsive' }, earlier: [], expected: { action: 'ask' } },
  ];
  for (const r of rows) it(r.name, () => expect(afterRendererEvent(r.event, r.earlier, now)).toEqual(r.expected));
});

describe('reportedReason', () => {
  const rows: Array<{ search: string; expected: string | null }> = [
    { search: '?after=oom', expected: 'oom' },
    { search: '?after=abnormal-exit', expected: 'abnormal-exit' },
    { search: '', expected: null },
    { search: '?other=1', expected: null },
    { search: '?after=%3Cscript%3E', expected: null },
    { search: `?after=${'a'.repeat(41)}`, expected: null },
  ];
  for (const r of rows) it(`reads ${JSON.stringify(r.search)} as ${String(r.expected)}`, () => expect(reportedReason(r.search)).toBe(r.expected));
});
