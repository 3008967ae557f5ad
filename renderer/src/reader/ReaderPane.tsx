import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { formatByteSize, formatPartialDate } from '../app/format';
import { ReaderText } from './ReaderText';

const NO_HIGHLIGHTS = [] as const;

/** The selected source in full, read-only. */
export function ReaderPane({ sourceId }: { sourceId: string | null }) {
  const data = useLiveQuery(async () => {
    if (!sourceId) return null;
    const source = await db.sources.get(sourceId);
    if (!source) return null;
    const version = await db.versions.get(source.hash);
    return { source, text: version?.text ?? '' };
  }, [sourceId]);

  if (!sourceId || data === null) {
    return (
      <main className="reader reader-empty" aria-label="Reader">
        <p>Select a source in the library to read it.</p>
      </main>
    );
  }
  if (!data) return <main className="reader" aria-label="Reader" aria-busy="true" />;
  const { source, text } = data;
  return (
    <main className="reader" aria-label="Reader">
      <header className="reader-header">
        <h1 className="reader-title">{source.title}</h1>
        <p className="reader-meta">
          <span>{formatPartialDate(source.date)}</span> · <span className="file-name">{source.fileName}</span> ·{' '}
          <span>{formatByteSize(source.byteSize)}</span> · <span lang="en">language: {source.language}</span>
        </p>
      </header>
      <article className="reader-body" aria-label={`Text of ${source.title}`} lang={source.language === 'und' ? undefined : source.language}>
        <ReaderText text={text} highlights={NO_HIGHLIGHTS} />
      </article>
    </main>
  );
}
