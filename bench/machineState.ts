import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

/** The machine as the run found it: what a figure depends on besides the code. */
export interface MachineState {
  readonly date: string;
  readonly cpuCount: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  /** 1, 5 and 15 minute load averages when the run started (other jobs on the machine). */
  readonly loadAtStart: readonly number[];
  readonly node: string;
  readonly chromium: string;
}

export function machineState(): MachineState {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(' built')[0]!;
  } catch {
    // No Chromium: the browser measures will fail and say so.
  }
  return {
    date: new Date().toISOString(),
    cpuCount: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAtStart: loadavg().map((l) => +l.toFixed(2)),
    node: process.version,
    chromium,
  };
}
