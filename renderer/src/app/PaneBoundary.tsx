import { Component, type ErrorInfo, type ReactNode } from 'react';
import { noteFailure } from './safeStart';

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
    return (
      <section className="pane-failure" role="alert" aria-label={`${this.props.name} failed`}>
        <p>
          The {this.props.name.toLowerCase()} pane could not be shown: {error.message}
        </p>
        <p>The rest of the notebook still works, and Backups can restore it.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </section>
    );
  }
}
