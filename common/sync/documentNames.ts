/**
 * Names of the Yjs documents of a shared notebook on the sync server. An invitation covers a
 * notebook, so every document name must say which notebook it belongs to: the server reads it back
 * with `notebookOfDocument` to check the token against the document asked for.
 */

export function catalogDocumentName(notebook: string): string {
  return `${notebook}/catalog`;
}

export function noteDocumentName(notebook: string, noteId: string): string {
  return `${notebook}/note/${noteId}`;
}

export function notebookOfDocument(documentName: string): string | null {
  const match = /^([A-Za-z0-9_-]{1,64})\/(catalog|note\/[A-Za-z0-9_-]{1,80})$/.exec(documentName);
  return match ? match[1]! : null;
}

/** Whether a (checked) document name is a note's, whose document holds a Lexical editor's content. */
export function isNoteDocument(documentName: string): boolean {
  return notebookOfDocument(documentName) !== null && documentName.includes('/note/');
}
