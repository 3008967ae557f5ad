import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_BACKUP_BYTES, MAX_STREAMED_BACKUP_BYTES } from '@common/backup/backupFormat';
import type { AutoBackups, AutoBackupReason } from './autoBackups';
import { tempPathFor } from './atomicWrite';
import { noteTempFile } from './interruptedWrites';
import { mainText } from './mainText';

/** What a finished backup write reports: where it is, and for an automatic one, its name. */
export interface BackupWritten {
  readonly path: string;
  readonly name: string;
  readonly createdAt: string;
  readonly bytes: number;
}

/** How much a read returns at most (whole lines only, unless one line is longer). */
const READ_BLOCK = 8 * 1024 * 1024;
const NEWLINE = 0x0a;

interface Writing {
  readonly handle: FileHandle;
  readonly temp: string;
  readonly forget: () => Promise<void>;
  /** The chosen file, or the reason of an automatic backup (named when it is finished). */
  readonly target: { path: string } | { reason: AutoBackupReason };
  bytes: number;
}

interface Reading {
  readonly handle: FileHandle;
  readonly name: string;
  position: number;
  /** Bytes after the last newline returned, kept for the next call. */
  rest: Buffer[];
  restBytes: number;
}

/**
 * Backups written and read part by part: the renderer never builds the whole file as one string and
 * neither does main. A write goes to a temporary file beside its target, flushed and renamed only when
 * complete, so a backup is whole or absent; an interrupted one is removed at the next start.
 */
export function backupStreams(backups: AutoBackups) {
  const writes = new Map<string, Writing>();
  const reads = new Map<string, Reading>();
  const newId = () => randomBytes(12).toString('hex');
  const writing = (id: string) => {
    const w = writes.get(id);
    if (!w) throw new Error(mainText('backupNoLongerWritten'));
    return w;
  };
  const reading = (id: string) => {
    const r = reads.get(id);
    if (!r) throw new Error(mainText('backupNoLongerRead'));
    return r;
  };
  const dropWrite = async (id: string) => {
    const w = writes.get(id);
    if (!w) return;
    writes.delete(id);
    await w.handle.close().catch(() => undefined);
    await rm(w.temp, { force: true });
    await w.forget();
  };

  return {
    /** Starts a backup into `path`, or into the automatic backups folder when `path` is null. */
    async beginWrite(target: { path: string } | { reason: AutoBackupReason }): Promise<string> {
      let temp: string;
      if ('path' in target) temp = tempPathFor(target.path);
      else {
        await mkdir(backups.dir, { recursive: true });
        temp = join(backups.dir, `.verbatim-auto.${randomBytes(6).toString('hex')}.tmp`);
      }
      const forget = await noteTempFile(temp);
      let handle: FileHandle;
      try {
        handle = await open(temp, 'wx');
      } catch (error) {
        await forget();
        throw new Error(mainText('backupCouldNotStart', { message: (error as Error).message }), { cause: error });
      }
      const id = newId();
      writes.set(id, { handle, temp, forget, target, bytes: 0 });
      return id;
    },
    async append(id: string, text: string): Promise<void> {
      const w = writing(id);
      const data = Buffer.from(text, 'utf8');
      if (w.bytes + data.length > MAX_STREAMED_BACKUP_BYTES) {
        await dropWrite(id);
        throw new Error(mainText('backupTooLarge'));
      }
      try {
        await w.handle.write(data);
      } catch (error) {
        await dropWrite(id);
        throw new Error(mainText('backupCouldNotWrite', { message: (error as Error).message }), { cause: error });
      }
      w.bytes += data.length;
    },
    async commit(id: string): Promise<BackupWritten> {
      const w = writing(id);
      writes.delete(id);
      const createdAt = new Date();
      try {
        await w.handle.sync();
        await w.handle.close();
        if ('path' in w.target) {
          await rename(w.temp, w.target.path);
          return { path: w.target.path, name: basename(w.target.path), createdAt: createdAt.toISOString(), bytes: w.bytes };
        }
        const info = await backups.place(w.temp, w.target.reason, w.bytes, createdAt);
        return { path: backups.pathOf(info.name), ...info };
      } catch (error) {
        await w.handle.close().catch(() => undefined);
        await rm(w.temp, { force: true });
        throw new Error(mainText('backupCouldNotFinish', { message: (error as Error).message }), { cause: error });
      } finally {
        await w.forget();
      }
    },
    abort: dropWrite,

    async beginRead(path: string): Promise<{ id: string; name: string; bytes: number }> {
      const handle = await open(path, 'r');
      const info = await handle.stat();
      if (!info.isFile() || info.size > MAX_STREAMED_BACKUP_BYTES) {
        await handle.close();
        throw new Error(mainText(info.isFile() ? 'backupFarTooLarge' : 'backupNotAFile', { name: basename(path) }));
      }
      const id = newId();
      reads.set(id, { handle, name: basename(path), position: 0, rest: [], restBytes: 0 });
      return { id, name: basename(path), bytes: info.size };
    },
    /** The next whole lines of the file (or the rest of it), and whether the file is finished. */
    async next(id: string): Promise<{ text: string; done: boolean }> {
      const r = reading(id);
      for (;;) {
        const block = Buffer.allocUnsafe(READ_BLOCK);
        const { bytesRead } = await r.handle.read(block, 0, READ_BLOCK, r.position);
        r.position += bytesRead;
        if (bytesRead === 0) {
          reads.delete(id);
          await r.handle.close();
          return { text: Buffer.concat(r.rest).toString('utf8'), done: true };
        }
        const got = block.subarray(0, bytesRead);
        // A newline byte never occurs inside a UTF-8 sequence, so cutting after one never splits a character.
        const cut = got.lastIndexOf(NEWLINE);
        if (cut >= 0) {
          const text = Buffer.concat([...r.rest, got.subarray(0, cut + 1)]).toString('utf8');
          r.rest = [got.subarray(cut + 1)];
          r.restBytes = bytesRead - cut - 1;
          return { text, done: false };
        }
        r.rest.push(got);
        r.restBytes += bytesRead;
        // One line longer than any part we write: only a format-1 backup is one line, and it has a bound.
        if (r.restBytes > MAX_BACKUP_BYTES) {
          reads.delete(id);
          await r.handle.close();
          throw new Error(mainText('backupRecordTooLarge', { name: r.name }));
        }
      }
    },
    async endRead(id: string): Promise<void> {
      const r = reads.get(id);
      if (!r) return;
      reads.delete(id);
      await r.handle.close();
    },
  };
}
