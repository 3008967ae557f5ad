import { Suspense, use, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A component whose code loads apart (its own chunk), and a way to load it before it is shown. */
export type LazyComponent<P extends object> = ComponentType<P> & { preload(): Promise<void> };

/**
 * A component whose module is loaded on first use (or `preload()`): the code of a view or an editor
 * not on screen at start is then not parsed and run before the first paint. Once loaded it renders
 * at once; before, it suspends, and React keeps the loading status at least 300 ms (its throttle of
 * revealed Suspense content), hence the preload of what a user opens early and often. A load that
 * failed is tried again at the next render (the pane's « Try again »).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => void (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  function Lazy(props: P) {
    // Suspends until loaded; nothing is mounted before, so an instance never changes component.
    if (!loaded) use(preload());
    const Component = loaded!;
    return <Component {...props} />;
  }
  return Object.assign(Lazy, { preload });
}

/** What a part of the window shows while its code loads: a status, so assistive technology hears it. */
export function LoadingPart() {
  const { t } = useTranslation();
  return (
    <p className="empty" role="status">
      {t('lazyPart.loading')}
    </p>
  );
}

/** Shows `children` once their code has loaded, the loading status until then. */
export function LazyPart({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingPart />}>{children}</Suspense>;
}
