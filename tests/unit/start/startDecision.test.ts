import { describe, expect, it } from 'vitest';
import { decideStart, startCauseText, type StartDecision, type StartInput } from '@common/start/startDecision';

const input = (over: Partial<StartInput>): StartInput => ({ paneFailed: false, left: [], mainReport: null, failedStartsBefore: 0, ...over });

describe('decideStart', () => {
  const rows: Array<{ name: string; input: StartInput; expected: StartDecision }> = [
    { name: 'starts normally after windows that all ended cleanly', input: input({}), expected: { safe: false, cause: null, reason: null, failedStarts: 0 } },
    { name: 'starts safe after a pane failed', input: input({ paneFailed: true }), expected: { safe: true, cause: 'pane-failed', reason: null, failedStarts: 0 } },
    { name: 'starts safe after a window died before the user did anything, counting one failed start', input: input({ left: [{ phase: 'starting' }] }), expected: { safe: true, cause: 'died-starting', reason: null, failedStarts: 1 } },
    { name: 'counts a second failed start in a row', input: input({ left: [{ phase: 'starting' }], failedStartsBefore: 1 }), expected: { safe: true, cause: 'died-starting', reason: null, failedStarts: 2 } },
    { name: 'starts safe after a window died in use, and a used window ends the run of failed starts', input: input({ left: [{ phase: 'working' }], failedStartsBefore: 2 }), expected: { safe: true, cause: 'died-working', reason: null, failedStarts: 0 } },
    { name: 'a death while starting outweighs a pane failure and a death in use', input: input({ paneFailed: true, left: [{ phase: 'working' }, { phase: 'starting' }] }), expected: { safe: true, cause: 'died-starting', reason: null, failedStarts: 1 } },
    { name: 'starts safe when main reloaded the window after it died, with main’s reason', input: input({ mainReport: 'oom' }), expected: { safe: true, cause: 'died-working', reason: 'oom', failedStarts: 0 } },
    { name: 'keeps main’s reason beside the window’s own marker', input: input({ mainReport: 'crashed', left: [{ phase: 'starting' }], failedStartsBefore: 2 }), expected: { safe: true, cause: 'died-starting', reason: 'crashed', failedStarts: 3 } },
  ];
  for (const r of rows) it(r.name, () => expect(decideStart(r.input)).toEqual(r.expected));
});

describe('startCauseText', () => {
  const rows: Array<{ decision: StartDecision; expected: string }> = [
    { decision: { safe: true, cause: 'pane-failed', reason: null, failedStarts: 0 }, expected: 'Part of Verbatim failed last time' },
    { decision: { safe: true, cause: 'died-starting', reason: null, failedStarts: 1 }, expected: 'Verbatim stopped while starting last time' },
    { decision: { safe: true, cause: 'died-starting', reason: 'crashed', failedStarts: 3 }, expected: 'Verbatim stopped while starting, 3 times in a row (the window crashed)' },
    { decision: { safe: true, cause: 'died-working', reason: 'oom', failedStarts: 0 }, expected: 'Verbatim stopped unexpectedly last time (it ran out of memory)' },
    { decision: { safe: true, cause: 'died-working', reason: 'something-new', failedStarts: 0 }, expected: 'Verbatim stopped unexpectedly last time (the window ended)' },
  ];
  for (const r of rows) it(`says « ${r.expected} »`, () => expect(startCauseText(r.decision)).toBe(r.expected));
});
