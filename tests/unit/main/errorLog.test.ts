import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createErrorLog, formatLogLine } from '../../../main/electron/errorLog';

const at = new Date('2026-11-30T08:00:00.000Z');

describe('error log', () => {
  it('writes one timestamped record a line, indenting a stack', () => {
    const error = new Error('boom');
    error.stack = 'Error: boom\n    at f (main.js:1:1)';
    expect(formatLogLine(at, 'ERROR', 'loadURL failed', error)).toBe('2026-11-30T08:00:00.000Z ERROR loadURL failed — Error: boom\n        at f (main.js:1:1)\n');
  });
  it('creates the folder and appends', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'verbatim-log-')), 'logs');
    const log = createErrorLog(dir, { now: () => at });
    log.error('first');
    log.info('second');
    expect(readFileSync(join(dir, 'verbatim.log'), 'utf8')).toBe('2026-11-30T08:00:00.000Z ERROR first\n2026-11-30T08:00:00.000Z INFO second\n');
  });
  it('rotates past the size limit and keeps only the newest files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-log-'));
    // Each record is 24 + 7 + 10 + 1 = 42 bytes ("<iso> ERROR message-NN\n"): two fit in 100 bytes, three do not.
    const log = createErrorLog(dir, { maxBytes: 100, keep: 2, now: () => at });
    for (let i = 10; i < 18; i++) log.error(`message-${i}`);
    expect(readdirSync(dir).sort()).toEqual(['verbatim.1.log', 'verbatim.2.log', 'verbatim.log']);
    expect(readFileSync(join(dir, 'verbatim.log'), 'utf8')).toContain('message-16');
    expect(readFileSync(join(dir, 'verbatim.log'), 'utf8')).toContain('message-17');
    expect(readFileSync(join(dir, 'verbatim.1.log'), 'utf8')).toContain('message-14');
    expect(readFileSync(join(dir, 'verbatim.2.log'), 'utf8')).toContain('message-12');
    expect(existsSync(join(dir, 'verbatim.3.log'))).toBe(false);
  });
});
