import { Component, type ErrorInfo, type ReactNode } from 'react';
import { noteFailure } from './safeStart';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The pane's name as the user knows it: « Note », « Library ». */
  readonly name: string;
  /** A change of this value (another view, another note) retries the pane. */
  readonly resetKey?: unknown;
  readonly children: ReactNode;
}

/**
 * Keeps a failure inside its pane: the rest of the window goes on working (the Backups view in
 * particular, so damaged data can always be replaced), and the pane says what happened.
 */
export class PaneBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    noteFailure();
    console.error(`The ${this.props.name} pane failed`, error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <PaneFailure name={this.props.name} message={error.message} onRetry={() => this.setState({ error: null })} />;
  }
}

/** What a failed pane shows; a function component so it reads the catalogs through the hook. */
function PaneFailure({ name, message, onRetry }: { name: string; message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="pane-failure" role="alert" aria-label={t('paneBoundary.failed', { name })}>
      <p>{t('paneBoundary.thePaneCouldNotBeShown', { lowerCase: name.toLowerCase(), message })}</p>
      <p>{t('paneBoundary.theRestOfTheNotebookStill')}</p>
      <button type="button" onClick={onRetry}>
        {t('paneBoundary.tryAgain')}
      </button>
    </section>
  );
}
