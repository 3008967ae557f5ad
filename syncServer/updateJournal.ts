import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { Extension, afterLoadDocumentPayload, afterStoreDocumentPayload, afterUnloadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';

/**
 * Makes "acknowledged" mean "kept": Hocuspocus acknowledges an update (the provider's
 * `unsyncedChanges` drops) as soon as it is applied in memory, and the database extension stores the
 * document up to a second later. Every update is appended here, synchronously and before the
 * acknowledgement is sent (the Y.Doc `update` event fires inside the apply), so a SIGKILL after
 * the acknowledgement finds it in the journal. At load the journal is replayed over the stored
 * document; once the document is stored, the part of the journal the store covers is dropped.
 *
 * A write() reaches the kernel, which survives the process being killed; surviving a power cut as
 * well would need an fsync per update, which this does not do.
 */
export class UpdateJournal implements Extension {
  // Runs first among the store hooks: the journal length is read before the database extension
  // encodes the document, so everything it drops afterwards is in the stored state.
  priority = 1000;
  private readonly dir: string;
  private readonly open = new Map<string, number>();
  private readonly coveredByStore = new Map<string, number>();

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'journal');
    mkdirSync(this.dir, { recursive: true });
  }

  private file(documentName: string): string {
    return join(this.dir, `${Buffer.from(documentName).toString('base64url')}.log`);
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    const file = this.file(documentName);
    const { updates, validBytes } = readJournal(file);
    for (const update of updates) Y.applyUpdate(document, update, 'journal');
    // A record cut short by a kill is dropped, so the next appends are framed right.
    if (existsSync(file)) truncateSync(file, validBytes);
    // A quick reconnection can load the document again before the old copy's unload has run.
    const previous = this.open.get(documentName);
    if (previous !== undefined) closeSync(previous);
    const fd = openSync(file, 'a');
    this.open.set(documentName, fd);
    document.on('update', (update: Uint8Array) => {
      const current = this.open.get(documentName);
      if (current === undefined) return;
      const header = Buffer.alloc(4);
      header.writeUInt32BE(update.byteLength);
      writeSync(current, Buffer.concat([header, update]));
    });
  }

  async onStoreDocument({ documentName }: onStoreDocumentPayload): Promise<void> {
    if (this.open.has(documentName)) this.coveredByStore.set(documentName, statSync(this.file(documentName)).size);
  }

  async afterStoreDocument({ documentName }: afterStoreDocumentPayload): Promise<void> {
    const covered = this.coveredByStore.get(documentName);
    const fd = this.open.get(documentName);
    if (covered === undefined || fd === undefined) return;
    this.coveredByStore.delete(documentName);
    const file = this.file(documentName);
    const rest = readFileSync(file).subarray(covered);
    // Rewritten beside and renamed, so a kill in the middle leaves the old journal or the new one.
    writeFileSync(`${file}.tmp`, rest);
    renameSync(`${file}.tmp`, file);
    closeSync(fd);
    this.open.set(documentName, openSync(file, 'a'));
  }

  async afterUnloadDocument({ documentName, instance }: afterUnloadDocumentPayload): Promise<void> {
    if (instance.documents.has(documentName)) return; // loaded again meanwhile: its journal stays open
    const fd = this.open.get(documentName);
    if (fd === undefined) return;
    closeSync(fd);
    this.open.delete(documentName);
    const file = this.file(documentName);
    if (statSync(file).size === 0) rmSync(file, { force: true });
  }
}

/** The updates of a journal file; a record cut short by a kill in the middle of a write is ignored. */
export function readJournal(file: string): { updates: Uint8Array[]; validBytes: number } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { updates: [], validBytes: 0 };
  }
  const updates: Uint8Array[] = [];
  let at = 0;
  while (at + 4 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    if (at + 4 + length > bytes.length) break;
    updates.push(new Uint8Array(bytes.subarray(at + 4, at + 4 + length)));
    at += 4 + length;
  }
  return { updates, validBytes: at };
}
