import type { TokenPair } from '@zsb/shared/contracts/auth';
import type { SessionStore } from '../stores/session';
import { ApiError } from './errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TransportRequest {
  url: string;
  method: HttpMethod;
  headers: Record<string, string>;
  /** JSON body, already an object; undefined for GET. */
  body?: unknown;
}

export interface TransportResponse {
  status: number;
  headers: Record<string, string>;
  data: unknown;
}

/** Sends one HTTP request; rejects only when no answer arrived (network, timeout). */
export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

export interface RequestOptions {
  method: HttpMethod;
  /** Path with parameters already filled, e.g. `/api/v1/wallet/abc`. */
  path: string;
  query?: Record<string, unknown>;
  body?: unknown;
  /** Send the bearer token and refresh it on `TOKEN_EXPIRED` (default true). */
  auth?: boolean;
  /** Extra request headers, e.g. `idempotency-key` on a write the phone may retry. */
  headers?: Record<string, string>;
}

const REFRESH_PATH = '/api/v1/auth/refresh';
// Refresh a little early so a request does not start with a token about to lapse.
const EARLY_REFRESH_MS = 15_000;

function queryString(query?: Record<string, unknown>): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null) continue;
    const values = Array.isArray(v) ? v : [v];
    for (const one of values) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(one))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

function toApiError(res: TransportResponse): ApiError {
  const d = res.data as { code?: unknown; title?: unknown; detail?: unknown; errors?: unknown } | null;
  if (d && typeof d === 'object' && typeof d.code === 'string') {
    return new ApiError({
      status: res.status,
      code: d.code,
      title: typeof d.title === 'string' ? d.title : undefined,
      detail: typeof d.detail === 'string' ? d.detail : undefined,
      errors: Array.isArray(d.errors) ? (d.errors as ApiError['errors']) : [],
    });
  }
  return new ApiError({ status: res.status, code: res.status >= 500 ? 'INTERNAL_ERROR' : 'UNKNOWN_ERROR' });
}

/**
 * The one HTTP client: base URL, bearer token, problem+json → ApiError, and a single-flight
 * token refresh shared by every request that meets `TOKEN_EXPIRED` at the same time.
 */
export function createHttpClient(deps: { baseUrl: string; transport: Transport; session: SessionStore; now?: () => number; language?: () => string }) {
  const { baseUrl, transport, session } = deps;
  const now = deps.now ?? Date.now;
  let refreshing: Promise<string | null> | null = null;

  async function send(opts: RequestOptions, token: string | null): Promise<TransportResponse> {
    const headers: Record<string, string> = { ...opts.headers, accept: 'application/json' };
    // Names, guides, messages and error texts come back in the language the app shows.
    if (deps.language) headers['accept-language'] = deps.language();
    const hasBody = opts.method !== 'GET';
    if (hasBody) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      return await transport({
        url: `${baseUrl}${opts.path}${queryString(opts.query)}`,
        method: opts.method,
        headers,
        // Fastify rejects an empty body declared as JSON, so body-less writes send `{}`.
        body: hasBody ? (opts.body ?? {}) : undefined,
      });
    } catch {
      throw new ApiError({ status: 0, code: 'NETWORK_ERROR' });
    }
  }

  async function doRefresh(): Promise<string | null> {
    const current = session.get();
    if (!current) return null;
    const res = await send({ method: 'POST', path: REFRESH_PATH, body: { refreshToken: current.refreshToken } }, null);
    if (res.status >= 200 && res.status < 300) return session.signIn(res.data as TokenPair).accessToken;
    // Only a definite "no" from the BFF ends the session; a 5xx leaves it for the next try.
    if (res.status === 400 || res.status === 401 || res.status === 403) session.signOut();
    return null;
  }

  /** Rotates the token pair once however many callers ask at the same time; resolves to the new access token. */
  function refresh(): Promise<string | null> {
    refreshing ??= doRefresh().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  async function request<T>(opts: RequestOptions): Promise<T> {
    const auth = opts.auth !== false;
    let token: string | null = null;
    if (auth) {
      const s = session.get();
      token = s && s.accessExpiresAt - EARLY_REFRESH_MS <= now() ? await refresh() : s?.accessToken ?? null;
    }
    let res = await send(opts, token);
    if (auth && res.status === 401 && token) {
      const code = (res.data as { code?: string } | null)?.code;
      if (code === 'TOKEN_EXPIRED') {
        const latest = session.get()?.accessToken ?? null;
        // Another request may already have rotated the token while this one was in flight.
        const next = latest && latest !== token ? latest : await refresh();
        if (next) res = await send(opts, next);
      } else {
        session.signOut();
      }
    }
    if (res.status >= 200 && res.status < 300) return (res.status === 204 ? undefined : res.data) as T;
    throw toApiError(res);
  }

  return { request, refresh };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
