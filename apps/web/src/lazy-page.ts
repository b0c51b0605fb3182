import { createElement, use, type ComponentType } from 'react';

/** A page loaded on demand, which can be fetched ahead of being shown. */
export interface LazyPage<P> {
  (props: P): ReturnType<typeof createElement>;
  /** Starts loading the page's code (once); resolves when it is there. */
  preload(): Promise<void>;
}

const every: Array<{ preload(): Promise<void> }> = [];

/**
 * Like React.lazy, but a page whose code has already arrived renders at once instead of
 * suspending: React 19 holds a suspended boundary's content back for up to 300 ms after its
 * fallback shows, which made every first visit to a page wait that long for nothing.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let page: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then((p) => {
      page = p;
    }));
  const Page = Object.assign(
    (props: P) => {
      // Until the code is there, suspends (the Suspense boundary shows its fallback meanwhile).
      if (!page) use(preload());
      return createElement(page!, props);
    },
    { preload },
  );
  every.push(Page);
  return Page;
}

/** Fetches every page's code while the browser is idle (after sign-in, for desk users). */
export function preloadAllPages(): void {
  const run = () => {
    for (const p of every) void p.preload().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 500);
}
