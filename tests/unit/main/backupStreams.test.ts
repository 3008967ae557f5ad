import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { autoBackups } from '../../../main/services/autoBackups';
import { backupStreams } from '../../../main/services/backupStreams';
import { recordInterruptedWritesIn, removeInterruptedWrites } from '../../../main/services/interruptedWrites';
import { writeFileAtomic } from '../../../main/services/atomicWrite';

function setup() {
  const data = mkdtempSync(join(tmpdir(), 'verbatim-stream-'));
  const backups = autoBackups(data);
  return { data, backups, streams: backupStreams(backups) };
}

async function readAll(streams: ReturnType<typeof backupStreams>, path: string): Promise<string[]> {
  const { id } = await streams.beginRead(path);
  const texts: string[] = [];
  for (;;) {
    const { text, done } = await streams.next(id);
    texts.push(text);
    if (done) return texts;
  }
}

describe('backups written and read part by part', () => {
  it('writes the parts in order and puts the file in place only when committed', async () => {
    const { data, streams } = setup();
    const path = join(data, 'backup.json');
    const id = await streams.beginWrite({ path });
    await streams.append(id, 'première ligne é\n');
    await streams.append(id, 'deuxième 😀\n');
    expect(existsSync(path)).toBe(false);
    const written = await streams.commit(id);
    expect(written).toMatchObject({ path, name: 'backup.json', bytes: Buffer.byteLength('première ligne é\ndeuxième 😀\n') });
    expect(readFileSync(path, 'utf8')).toBe('première ligne é\ndeuxième 😀\n');
    expect(readdirSync(data)).toEqual(['backup.json']);
  });

  it('abandons a backup without a trace and keeps the file that was there', async () => {
    const { data, streams } = setup();
    const path = join(data, 'backup.json');
    writeFileSync(path, 'old');
    const id = await streams.beginWrite({ path });
    await streams.append(id, 'half of it\n');
    await streams.abort(id);
    expect(readdirSync(data)).toEqual(['backup.json']);
    expect(readFileSync(path, 'utf8')).toBe('old');
    await expect(streams.append(id, 'more')).rejects.toThrow('no longer being written');
  });

  it('names an automatic backup when it is finished', async () => {
    const { backups, streams } = setup();
    const id = await streams.beginWrite({ reason: 'before-restore' });
    await streams.append(id, '{"a":1}\n');
    const written = await streams.commit(id);
    expect(written.name).toMatch(/^verbatim-\d{8}T\d{6}-before-restore\.json$/);
    expect((await backups.list()).map((b) => b.name)).toEqual([written.name]);
    expect(await backups.read(written.name)).toBe('{"a":1}\n');
  });

  it('reads whole lines only, and gives back exactly the bytes of the file', async () => {
    const { data, streams } = setup();
    const path = join(data, 'big.json');
    // Lines of 3 MB with multi-byte characters, so reads of 8 MB end in the middle of lines.
    const lines = Array.from({ length: 7 }, (_, i) => `${i}:${'é'.repeat(1_500_000)}\n`);
    writeFileSync(path, lines.join(''));
    const texts = await readAll(streams, path);
    expect(texts.length).toBeGreaterThan(2);
    for (const text of texts.slice(0, -1)) expect(text.endsWith('\n')).toBe(true);
    expect(texts.join('')).toBe(lines.join(''));
  });

  it('refuses to read what is not a file', async () => {
    const { data, streams } = setup();
    mkdirSync(join(data, 'folder'));
    await expect(streams.beginRead(join(data, 'folder'))).rejects.toThrow();
  });
});

describe('writes cut short', () => {
  it('leaves no temporary file behind at the next start', async () => {
    const { data, streams } = setup();
    const exportDir = join(data, 'export');
    mkdirSync(exportDir);
    recordInterruptedWritesIn(data);
    // A backup to a chosen file and an automatic one, both begun and never finished (the app closed).
    await streams.beginWrite({ path: join(exportDir, 'backup.json') }).then((id) => streams.append(id, 'part\n'));
    await streams.beginWrite({ reason: 'scheduled' }).then((id) => streams.append(id, 'part\n'));
    expect(readdirSync(exportDir).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    expect(readdirSync(join(data, 'backups')).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);

    // This run's own writes are never swept (the sweep at start may overlap them)…
    expect(await removeInterruptedWrites(data)).toEqual([]);
    // …the next start is another process: a fresh copy of the module stands for it.
    vi.resetModules();
    const nextStart = await import('../../../main/services/interruptedWrites');
    const removed = await nextStart.removeInterruptedWrites(data);
    expect(removed).toHaveLength(2);
    expect(readdirSync(exportDir)).toEqual([]);
    expect(readdirSync(join(data, 'backups'))).toEqual([]);
  });

  it('forgets a write once it is finished, so nothing of it is removed later', async () => {
    const data = mkdtempSync(join(tmpdir(), 'verbatim-stream-'));
    recordInterruptedWritesIn(data);
    await writeFileAtomic(join(data, 'note.md'), 'texte');
    expect(readdirSync(join(data, 'pending-writes'))).toEqual([]);
    expect(readFileSync(join(data, 'note.md'), 'utf8')).toBe('texte');
  });
});
