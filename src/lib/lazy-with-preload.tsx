import { lazy, useState, type ComponentType } from 'react';

export type PreloadableComponent<P extends object> = ComponentType<P> & {
  /** Starts (or joins) the download; resolves once the component can render without suspending. */
  preload: () => Promise<unknown>;
};

/**
 * React.lazy with a preload. Once preloaded, the component renders straight away instead of
 * suspending for a tick, so the first render after startup can show the whole page in one
 * commit (no loading flash over the prerendered HTML).
 */
export function lazyWithPreload<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): PreloadableComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<unknown> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
      },
      (error: unknown) => {
        loading = null; // a later attempt downloads again
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded as ComponentType<P> })));

  function Preloadable(props: P) {
    // Chosen once per mount: switching between the two element types would remount the page.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Preloadable, { preload });
}
