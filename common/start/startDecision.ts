import type { Message } from '../i18n/message';
/**
 * How a window starts after the last one ended badly. Each window leaves a marker while it lives
 * (« starting » until the user first acts, then « working ») and removes it when it goes away
 * cleanly; a marker left by a window that is gone means that window died (crash, out of memory,
 * killed, hung and stopped). Main may also say the renderer went away (Electron's
 * `render-process-gone`). Either way the next start is a safe one: it does not reopen what was open
 * (the note, the source, the pane layout that may have caused it), says so, and offers to reopen it.
 */

export type SessionPhase = 'starting' | 'working';

/** The marker of a window that is gone without ending cleanly. */
export interface LeftSession {
  readonly phase: SessionPhase;
}

export interface StartInput {
  /** A pane of the last run failed (React error boundary). */
  readonly paneFailed: boolean;
  /** Markers of windows that died. */
  readonly left: readonly LeftSession[];
  /** Why main reloaded this window, when it did (`crashed`, `oom`, `killed`, `unresponsive`…). */
  readonly mainReport: string | null;
  /** Starts that died in a row before this one. */
  readonly failedStartsBefore: number;
}

export type StartCause =
  /** A pane failed: the window lived on. */
  | 'pane-failed'
  /** The window died before the user did anything: what it reopened may be the cause. */
  | 'died-starting'
  /** The window died while in use. */
  | 'died-working';

export interface StartDecision {
  readonly safe: boolean;
  readonly cause: StartCause | null;
  /** What main said, if it said anything (a reason to show). */
  readonly reason: string | null;
  /** Starts that died in a row, this one's predecessor included: to keep for the next start. */
  readonly failedStarts: number;
}

export function decideStart(input: StartInput): StartDecision {
  const diedStarting = input.left.some((s) => s.phase === 'starting');
  const diedWorking = input.left.some((s) => s.phase === 'working');
  // A window that got as far as being used ends a run of failed starts.
  const failedStarts = diedStarting ? input.failedStartsBefore + 1 : 0;
  const reason = input.mainReport;
  if (diedStarting) return { safe: true, cause: 'died-starting', reason, failedStarts };
  if (diedWorking || reason !== null) return { safe: true, cause: 'died-working', reason, failedStarts };
  if (input.paneFailed) return { safe: true, cause: 'pane-failed', reason: null, failedStarts };
  return { safe: false, cause: null, reason: null, failedStarts };
}

/** What the safe start notice says happened, in the user's words. */
export function startCauseText(decision: StartDecision): string {
  const why = decision.reason ? ` (${reasonText(decision.reason)})` : '';
  switch (decision.cause) {
    case 'pane-failed':
      return 'Part of Verbatim failed last time';
    case 'died-starting':
      return decision.failedStarts > 1 ? `Verbatim stopped while starting, ${decision.failedStarts} times in a row${why}` : `Verbatim stopped while starting last time${why}`;
    case 'died-working':
      return `Verbatim stopped unexpectedly last time${why}`;
    case null:
      return '';
  }
}

/** Electron's `render-process-gone` reasons and our own `unresponsive`, as a person would say them. */
export function reasonText(reason: string): string {
  switch (reason) {
    case 'crashed':
      return 'the window crashed';
    case 'oom':
      return 'it ran out of memory';
    case 'killed':
      return 'the window was stopped';
    case 'unresponsive':
      return 'the window stopped responding';
    case 'abnormal-exit':
    case 'launch-failed':
    case 'integrity-failure':
      return `the window ended abnormally: ${reason}`;
    default:
      return 'the window ended';
  }
}

/**
 * What the safe start notice says happened, as a catalog message (`startCause.*`, the reason from
 * `startReason.*`): translated by the renderer in the interface's language. Null when nothing happened.
 */
export function startCauseMessage(decision: StartDecision): Message | null {
  const reason: Record<string, Message> = decision.reason ? { why: reasonMessage(decision.reason) } : {};
  const withReason = decision.reason ? 'Because' : '';
  switch (decision.cause) {
    case 'pane-failed':
      return { key: 'startCause.paneFailed' };
    case 'died-starting':
      return decision.failedStarts > 1 ? { key: `startCause.diedStartingTimes${withReason}`, values: { count: decision.failedStarts, ...reason } } : { key: `startCause.diedStarting${withReason}`, values: reason };
    case 'died-working':
      return { key: `startCause.diedWorking${withReason}`, values: reason };
    case null:
      return null;
  }
}

/** Electron's `render-process-gone` reasons and our own `unresponsive`, as a catalog message. */
export function reasonMessage(reason: string): Message {
  switch (reason) {
    case 'crashed':
    case 'oom':
    case 'killed':
    case 'unresponsive':
      return { key: `startReason.${reason}` };
    case 'abnormal-exit':
    case 'launch-failed':
    case 'integrity-failure':
      return { key: 'startReason.abnormal', values: { reason } };
    default:
      return { key: 'startReason.ended' };
  }
}
