import { UpstreamUnavailableError } from '../upstreams/http-client';

/** One section of an aggregated screen: its data, or which upstream kept it from coming. */
export type Section<T> = { status: 'ok'; data: T } | { status: 'degraded'; code: 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_TIMEOUT'; upstream: string };

/**
 * Runs one section's upstream work within the screen's time budget. A slow or failed upstream
 * yields a degraded section instead of failing (or delaying) the whole screen.
 */
export async function withinBudget<T>(
  upstream: string | (() => string), budgetMs: number, work: (timeoutMs: number) => Promise<T>,
): Promise<Section<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Section<T>>((resolve) => {
    // A chain of calls names the one still running when the budget ran out.
    timer = setTimeout(() => {
      resolve({ status: 'degraded', code: 'UPSTREAM_TIMEOUT', upstream: typeof upstream === 'function' ? upstream() : upstream });
    }, budgetMs);
  });
  const run = work(budgetMs).then(
    (data): Section<T> => ({ status: 'ok', data }),
    (err): Section<T> => {
      if (!(err instanceof UpstreamUnavailableError)) throw err;
      // Name the system that actually failed (the legal register, when an enterprise holder could not be looked up).
      return { status: 'degraded', code: err.reason === 'timeout' ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNAVAILABLE', upstream: err.upstream };
    },
  );
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
