import { useEffect, useRef } from 'react';
import { folderOf } from '@common/source/filePath';
import type { PendingQuestion } from './useImports';
import { useTranslation } from 'react-i18next';

/**
 * Asked when a file has the name of a source from another folder and a similar text: the app
 * cannot know whether it is the same document revised or another one. Both answers lose nothing.
 */
export function ImportQuestionDialog({ pending }: { pending: PendingQuestion }) {
  const { t } = useTranslation();
  const { question, answer } = pending;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [question]);
  const titleId = 'import-question-title';
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('importQuestionDialog.isANewSource', { fileName: question.fileName })}</h2>
        <p>
          <span className="file-name">{question.path}</span>{' '}{t('importQuestionDialog.hasTheNameOfASource', { title: question.title })}
        </p>
        <ul className="question-candidates">
          {question.candidates.map((c) => (
            <li key={c.sourceId}>
              “{c.title}” — <span className="file-name">{c.path ?? c.fileName}</span>{t('importQuestionDialog.ofItsWordRunsShared', { round: Math.round(c.similarity * 100) })}
            </li>
          ))}
        </ul>
        <p>{t('importQuestionDialog.eitherWayNothingIsLostA')}</p>
        <div className="dialog-actions dialog-actions-column">
          <button ref={first} type="button" onClick={() => answer('new')}>
            {t('importQuestionDialog.newSource')}
          </button>
          {question.candidates.map((c) => (
            <button key={c.sourceId} type="button" onClick={() => answer({ versionOf: c.sourceId })}>
              {c.path ? t('importQuestionDialog.newVersionOfIn', { title: c.title, fileName: c.fileName, folder: folderOf(c.path) }) : t('importQuestionDialog.newVersionOf', { title: c.title, fileName: c.fileName })}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
