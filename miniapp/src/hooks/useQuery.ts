import { useCallback, useEffect, useRef, useState } from 'react';
import { usePrefs } from './usePrefs';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` on mount and whenever `deps` or the app's language change (content comes from the BFF
 * in the active language, so switching language fetches it again); the last answer wins when calls overlap.
 */
export function useQuery<T>(load: () => Promise<T>, deps: readonly unknown[] = []): QueryState<T> {
  const [state, setState] = useState<{ data?: T; error: unknown; loading: boolean }>({ error: null, loading: true });
  const seq = useRef(0);
  const { lang } = usePrefs();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, [...deps, lang]);
  const reload = useCallback(() => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    run().then(
      (data) => mine === seq.current && setState({ data, error: null, loading: false }),
      (error: unknown) => mine === seq.current && setState((s) => ({ ...s, error, loading: false })),
    );
  }, [run]);
  useEffect(reload, [reload]);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
