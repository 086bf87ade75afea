import { useEffect, useState } from 'react';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; message: string; error: unknown } | { state: 'ready'; data: T };

/** Runs a request whenever `key` changes, cancelling the previous one. */
export function useFetch<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loadable<T> {
  const [value, setValue] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setValue({ state: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setValue({ state: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setValue({ state: 'error', message: error instanceof Error ? error.message : String(error), error });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; the key says when the request really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return value;
}
