import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { ImportReportPanel } from './ImportReportPanel';
import { LibraryPane } from './LibraryPane';
import { ReaderPane } from '../reader/ReaderPane';
import { useImports } from './useImports';

const LAST_SOURCE_KEY = 'verbatim.lastSourceId';

export function App() {
  const { reports, importTextFiles, busy } = useImports();
  const [selectedId, setSelectedId] = useState<string | null>(() => localStorage.getItem(LAST_SOURCE_KEY));
  const firstSourceId = useLiveQuery(async () => (await db.sources.orderBy('fileName').first())?.id ?? null, []);
  const selectedExists = useLiveQuery(async () => (selectedId ? (await db.sources.get(selectedId)) !== undefined : false), [selectedId]);

  // Open the last source read, or the first one, once the library has any.
  useEffect(() => {
    if (selectedExists === false && firstSourceId) setSelectedId(firstSourceId);
  }, [selectedExists, firstSourceId]);

  const select = (id: string) => {
    setSelectedId(id);
    localStorage.setItem(LAST_SOURCE_KEY, id);
  };

  return (
    <div className="app">
      <header className="toolbar" role="toolbar" aria-label="Notebook">
        <span className="app-name">Verbatim</span>
        <button type="button" onClick={() => void importTextFiles()} disabled={busy}>
          Import text files…
        </button>
      </header>
      <div className="panes">
        <LibraryPane selectedId={selectedId} onSelect={select} />
        <ReaderPane sourceId={selectedExists ? selectedId : null} />
      </div>
      <ImportReportPanel reports={reports} busy={busy} />
    </div>
  );
}
