import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Main's error log: `<data>/logs/verbatim.log`, rotated to `verbatim.1.log` … `verbatim.<keep>.log`
 * when it would grow past `maxBytes`. Written synchronously (errors are rare, and a line written
 * just before a crash must not be lost) and only to the disk: nothing is ever sent anywhere.
 */
export interface ErrorLog {
  readonly file: string;
  error(message: string, error?: unknown): void;
  info(message: string): void;
}

export function formatLogLine(at: Date, level: 'ERROR' | 'INFO', message: string, error?: unknown): string {
  const detail = error === undefined ? '' : ` — ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  // One record a line: a stack's line breaks are kept but indented, so records stay easy to split.
  return `${at.toISOString()} ${level} ${message}${detail}`.replace(/\r?\n/g, '\n    ') + '\n';
}

export function createErrorLog(dir: string, options: { maxBytes?: number; keep?: number; now?: () => Date } = {}): ErrorLog {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  const file = join(dir, 'verbatim.log');
  const rotated = (n: number) => join(dir, `verbatim.${n}.log`);

  const rotate = () => {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
    renameSync(file, rotated(1));
  };

  const write = (line: string) => {
    try {
      mkdirSync(dir, { recursive: true });
      const size = existsSync(file) ? statSync(file).size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      appendFileSync(file, line);
    } catch {
      // A full or read-only disk must not turn one error into a crash loop.
    }
  };

  return {
    file,
    error: (message, error) => write(formatLogLine(now(), 'ERROR', message, error)),
    info: (message) => write(formatLogLine(now(), 'INFO', message)),
  };
}
