import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/i18n';
import { App } from './app/App';
import { db } from './db/database';
import { recoverDrafts } from './notes/recoverDrafts';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// Text typed but not saved before the last close or crash goes back into its notes before any
// editor opens, so the editor shows it and no save of ours races it.
void recoverDrafts(db)
  .catch((error: unknown) => console.error('Draft recovery failed; the drafts are kept for the next start.', error))
  .finally(() =>
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </StrictMode>,
    ),
  );
