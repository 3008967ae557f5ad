import { useEffect, useRef } from 'react';
import { folderOf } from '@common/source/filePath';
import type { PendingQuestion } from './useImports';

/**
 * Asked when a file has the name of a source from another folder and a similar text: the app
 * cannot know whether it is the same document revised or another one. Both answers lose nothing.
 */
export function ImportQuestionDialog({ pending }: { pending: PendingQuestion }) {
  const { question, answer } = pending;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [question]);
  const titleId = 'import-question-title';
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>Is {question.fileName} a new source?</h2>
        <p>
          <span className="file-name">{question.path}</span> (“{question.title}”) has the name of a source already in the library, from another
          folder, with a similar text:
        </p>
        <ul className="question-candidates">
          {question.candidates.map((c) => (
            <li key={c.sourceId}>
              “{c.title}” — <span className="file-name">{c.path ?? c.fileName}</span>, {Math.round(c.similarity * 100)} % of its word runs shared
            </li>
          ))}
        </ul>
        <p>Either way nothing is lost: a new version keeps every earlier version of the source.</p>
        <div className="dialog-actions dialog-actions-column">
          <button ref={first} type="button" onClick={() => answer('new')}>
            New source
          </button>
          {question.candidates.map((c) => (
            <button key={c.sourceId} type="button" onClick={() => answer({ versionOf: c.sourceId })}>
              New version of “{c.title}” ({c.path ? `${c.fileName} in ${folderOf(c.path)}` : c.fileName})
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
