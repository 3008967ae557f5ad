import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { NOTE_NODES } from '@common/editor/nodes';
import { $createPassageQuoteNode } from '@common/editor/PassageQuoteNode';
import { $createPassageCitationNode } from '@common/editor/PassageCitationNode';
import { toCodePointRange } from '@common/anchor';
import { normalizeSourceText } from '@common/text/normalize';
import type { PassageLocator } from '@common/export/locator';
import type { ExportContext } from '@common/export/noteTransformers';
import { sha256Hex } from '../../main/services/sha256';

export interface LoadedSource {
  fileName: string;
  title: string;
  text: string;
  hash: string;
}

export function loadSource(path: string): LoadedSource {
  const text = normalizeSourceText(readFileSync(path, 'utf8'));
  return { fileName: basename(path), title: text.split('\n').find((l) => l.trim())!.trim().slice(0, 60), text, hash: sha256Hex(text) };
}

/** A real passage: the first occurrence of `phrase` in the source, as the app would store it. */
export function passageOf(source: LoadedSource, phrase: string, id: string): PassageLocator & { id: string } {
  const start = source.text.indexOf(phrase);
  if (start < 0) throw new Error(`${phrase} not in ${source.fileName}`);
  const cp = toCodePointRange(source.text, start, start + phrase.length);
  return { id, exact: phrase, sourceTitle: source.title, fileName: source.fileName, cpStart: cp.start, cpEnd: cp.end, versionHash: source.hash };
}

/** A note whose blocks quote each passage in turn and cite the last one inline. */
export function noteQuoting(passages: ReadonlyArray<PassageLocator & { id: string }>): string {
  const editor = createHeadlessEditor({ namespace: 'fixture', nodes: NOTE_NODES, onError: (e) => { throw e; } });
  editor.update(
    () => {
      const root = $getRoot();
      for (const p of passages) {
        root.append($createParagraphNode().append($createTextNode(`À propos de ${p.fileName} :`)));
        root.append($createPassageQuoteNode({ passageId: p.id, sourceId: p.fileName, sourceLabel: p.sourceTitle, exact: p.exact, detached: false }));
      }
      const last = passages.at(-1)!;
      root.append($createParagraphNode().append($createTextNode('Et pour finir, selon la source'), $createPassageCitationNode({ passageId: last.id, sourceId: last.fileName, label: 'src', exact: last.exact, detached: false }), $createTextNode('.')));
    },
    { discrete: true },
  );
  return JSON.stringify(editor.getEditorState().toJSON());
}

export function contextFor(passages: ReadonlyArray<PassageLocator & { id: string }>): ExportContext {
  const byId = new Map(passages.map((p) => [p.id, p]));
  return { resolvePassage: (id) => byId.get(id) ?? null, resolveEvent: () => null };
}
