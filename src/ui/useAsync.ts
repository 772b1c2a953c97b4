import * as React from 'react';
import { IDataError } from '../data/DataError';
import { toDataError } from '../data/DataError';

/** The one shape every data-driven view renders from. */
export type Async<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: IDataError };

export interface IAsyncResult<T> {
  state: Async<T>;
  /** Loads again (after an error, or after a write elsewhere on the page). */
  reload: () => void;
}

/**
 * Runs `load` when `deps` change and on `reload()`. A response that arrives after a newer request started, or
 * after unmount, is dropped, so a slow first page can't overwrite a fresher one.
 */
export function useAsync<T>(load: () => Promise<T>, deps: ReadonlyArray<unknown>): IAsyncResult<T> {
  const [state, setState] = React.useState<Async<T>>({ status: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  const latest = React.useRef(0);

  React.useEffect(() => {
    const ticket = ++latest.current;
    setState({ status: 'loading' });
    load().then(
      (data) => {
        if (ticket === latest.current) setState({ status: 'ready', data });
      },
      (e: unknown) => {
        if (ticket === latest.current) setState({ status: 'error', error: toDataError(e) });
      }
    );
    return () => {
      // A newer effect or unmount makes this request's answer stale.
      if (ticket === latest.current) latest.current++;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);

  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
