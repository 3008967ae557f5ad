import { z } from 'zod';
import type { DraftJournalMethod, NotebookMethod } from './contract';
import { MAX_PICKED_SLICE } from '../source/readSlices';
import { MAX_IMPORT_BYTES } from '../source/sourceFormat';

const noArgument = z.undefined();

/** 64 MiB of Markdown is far beyond any note; the bound keeps a runaway caller from exhausting memory. */
const MAX_MARKDOWN = 64 * 1024 * 1024;
const markdown = z.string().max(MAX_MARKDOWN);
const title = z.string().max(10_000);
/** Backups and exports: the same bound main applies when it reads a file back. */
const MAX_FILE = 512 * 1024 * 1024;
const fileKind = z.enum(['backup', 'csv', 'annotations', 'qdpx']);
/** A binary file crossing as base64: 128 MB of bytes at most, and only base64 characters. */
export const MAX_BINARY_FILE = 128 * 1024 * 1024;
const base64 = z.string().max(Math.ceil(MAX_BINARY_FILE / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/);
/**
 * Where a companion file of an export may go: the bibliography files, or `sources/` + one plain file
 * name (no separator, no dot name, no control character), so nothing is written outside the folder.
 */
const exportCompanionPath = z
  .string()
  .max(300)
  .regex(/^(references\.json|references\.bib|sources\/(?!\.{1,2}$)[^/\\\u0000-\u001f:*?"<>|]{1,255})$/, 'must be references.json, references.bib or sources/<file name>');
/** A dropped file's bytes: no more than the largest file any format accepts. */
const droppedBytes = z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/);
/** Where a dropped file stood in what was dropped: `folder/sub/name.pdf`, no empty, dot or dot-dot segment. */
const droppedPath = z
  .string()
  .min(1)
  .max(4_096)
  .refine((p) => p.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'), 'must be a relative path of named segments');
/** A drop's id is its time: one ISO instant, as `new Date().toISOString()` writes it. */
const dropId = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
/** A backup stream's handle, as main hands it out. */
const streamId = z.string().regex(/^[0-9a-f]{24}$/);
/** One append carries a few chunks of a few MB; far more is a runaway caller. */
const MAX_BACKUP_APPEND = 64 * 1024 * 1024;

/**
 * The schema of every method's argument. Typed over the contract's keys, so adding a method
 * without its schema fails to compile; main refuses any argument that does not parse.
 */
export const argumentSchemas: { readonly [K in NotebookMethod]: z.ZodType } = {
  readSeeds: noArgument,
  openTextFiles: noArgument,
  pickTextFiles: noArgument,
  readPickedTextFile: z.strictObject({ path: z.string().min(1).max(4_096) }),
  readDroppedFile: z.strictObject({ dropId, relativePath: droppedPath, base64: droppedBytes }),
  saveMarkdown: z.strictObject({ suggestedName: z.string().min(1).max(1_000), markdown }),
  chooseExportFolder: z.strictObject({ kind: z.enum(['notes', 'export']) }),
  writeExportNotes: z
    .strictObject({
      folder: z.string().min(1).max(4_096),
      notes: z.array(z.strictObject({ title, markdown })).max(100_000),
      done: z.number().int().min(0).max(100_000),
      total: z.number().int().min(0).max(100_000),
    })
    .refine((r) => r.done + r.notes.length <= r.total, 'done + notes must not exceed total'),
  writeExportFiles: z.strictObject({
    folder: z.string().min(1).max(4_096),
    files: z.array(z.strictObject({ path: exportCompanionPath, content: z.string().max(MAX_FILE) })).max(100_000),
  }),
  saveTextFile: z.strictObject({ title: z.string().max(200), suggestedName: z.string().min(1).max(1_000), content: z.string().max(MAX_FILE), filter: fileKind }),
  openTextFile: z.strictObject({ title: z.string().max(200), filter: fileKind }),
  saveBinaryFile: z.strictObject({ title: z.string().max(200), suggestedName: z.string().min(1).max(1_000), base64, filter: fileKind }),
  openBinaryFile: z.strictObject({ title: z.string().max(200), filter: fileKind }),
  listAutoBackups: noArgument,
  backupWriteBegin: z.discriminatedUnion('to', [
    z.strictObject({ to: z.literal('file'), title: z.string().max(200), suggestedName: z.string().min(1).max(1_000) }),
    z.strictObject({ to: z.literal('auto'), reason: z.enum(['scheduled', 'before-restore']) }),
  ]),
  backupWriteAppend: z.strictObject({ id: streamId, text: z.string().max(MAX_BACKUP_APPEND) }),
  backupWriteCommit: z.strictObject({ id: streamId }),
  backupWriteAbort: z.strictObject({ id: streamId }),
  backupReadBegin: z.discriminatedUnion('from', [
    z.strictObject({ from: z.literal('file'), title: z.string().max(200) }),
    z.strictObject({ from: z.literal('auto'), name: z.string().max(200) }),
  ]),
  backupReadNext: z.strictObject({ id: streamId }),
  backupReadEnd: z.strictObject({ id: streamId }),
  getDataFolder: noArgument,
  openDataFolder: noArgument,
  readClipboardSource: noArgument,
  setUiLanguage: z.enum(['en', 'fr']),
  readPickedTextFiles: z.strictObject({ paths: z.array(z.string().min(1).max(4_096)).min(1).max(MAX_PICKED_SLICE) }),
  listKeptDrafts: noArgument,
};

/** A note's or a window's id: the app makes UUIDs; anything printable and short is accepted, never used as a path. */
const journalId = z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/);
/** A kept draft is a note's whole editor content: the same bound as a note's Markdown. */
export const keptDraftSchema = z.strictObject({
  noteId: journalId,
  windowId: journalId,
  content: markdown,
  baseRevision: z.number().int().min(0),
  writtenAt: z.number().int().min(0),
});

export const draftChangeSchema = z.strictObject({
  noteId: journalId,
  windowId: journalId,
  baseRevision: z.number().int().min(0),
  writtenAt: z.number().int().min(0),
  splice: z.strictObject({ at: z.number().int().min(0).max(MAX_MARKDOWN), remove: z.number().int().min(0).max(MAX_MARKDOWN), insert: markdown }),
  length: z.number().int().min(0).max(MAX_MARKDOWN),
});

/** The argument of each synchronous draft-journal method; main refuses anything else. */
export const draftJournalSchemas: { readonly [K in DraftJournalMethod]: z.ZodType } = {
  keepDraftSync: z.union([keptDraftSchema, draftChangeSchema]),
  dropDraftSync: z.strictObject({ noteId: journalId, windowId: journalId }),
};
