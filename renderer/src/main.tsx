import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/i18n';
import { App } from './app/App';
import { db } from './db/database';
import { recoverDrafts } from './notes/recoverDrafts';
import { beginStart, normalStart } from './app/safeStart';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// First, before the workspace reads what to reopen: how the last run ended (a crash makes this a
// safe start). Then text typed but not saved before the last close or crash goes back into its
// notes before any editor opens, so the editor shows it and no save of ours races it.
void (async () => {
  const startMode = await beginStart().catch((error: unknown) => {
    console.error('Could not tell how the last run ended; starting normally.', error);
    return normalStart();
  });
  try {
    startMode.recoveredDrafts = await recoverDrafts(db);
  } catch (error) {
    console.error('Draft recovery failed; the drafts are kept for the next start.', error);
  }
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App startMode={startMode} />
      </I18nextProvider>
    </StrictMode>,
  );
})();
