import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Route, SectionId } from '../lib/route';
import { useStrings } from '../lib/use-strings';

type SectionView = ComponentType<{ route: Route }>;

/**
 * A section whose code is fetched the first time it is shown (its own chunk), so that opening the admin
 * page downloads the shell and one section, not twenty. Until it arrives the view has its title, so the
 * tab, the focus and a screen reader already say where one is; if the chunk cannot be fetched (the
 * server was updated, the network dropped), the view says so with a way to try again.
 */
export function lazySection(id: SectionId, load: () => Promise<SectionView>): SectionView {
  let loaded: SectionView | null = null;
  let pending: Promise<SectionView> | null = null;
  const fetchView = (): Promise<SectionView> => {
    pending ??= load().then(
      (view) => (loaded = view),
      (error: unknown) => {
        pending = null; // the next attempt fetches again
        throw error;
      },
    );
    return pending;
  };

  return function LazySection({ route }: { route: Route }) {
    const t = useStrings();
    const [view, setView] = useState<{ View: SectionView | null; failed: boolean }>({
      View: loaded,
      failed: false,
    });
    const [attempt, setAttempt] = useState(0);
    const titleHadFocus = useRef(false);

    useEffect(() => {
      if (view.View) return;
      let live = true;
      fetchView().then(
        (View) => live && setView({ View, failed: false }),
        () => live && setView({ View: null, failed: true }),
      );
      return () => {
        live = false;
      };
    }, [attempt]);

    // The placeholder's title had the focus (a new view): the section's own title takes it over.
    const { View } = view;
    useLayoutEffect(() => {
      if (View && titleHadFocus.current) document.querySelector<HTMLElement>('main h1')?.focus();
    }, [View]);

    if (View) return <View route={route} />;
    return (
      <>
        <h1 tabIndex={-1} onFocus={() => (titleHadFocus.current = true)}>
          {t.nav.sections[id]}
        </h1>
        {view.failed ? (
          <div class="load load-error" role="alert" data-testid="load-error">
            <p>{t.errors.network}</p>
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              {t.load.retry}
            </button>
          </div>
        ) : (
          <p class="load muted">{t.load.loading}</p>
        )}
      </>
    );
  };
}
