import Taro from '@tarojs/taro';
import { prefs, session } from '../stores';
import { API_BASE } from './env';
import { fetchTransport } from './fetch-transport';
import { createHttpClient, type Transport } from './http-client';

export { ApiError, isApiError } from './errors';
export type { RequestOptions } from './http-client';

const taroTransport: Transport = async (req) => {
  const res = await Taro.request({
    url: req.url,
    method: req.method,
    header: req.headers,
    data: req.body as TaroGeneral.IAnyObject | undefined,
    dataType: 'json',
    timeout: 15_000,
  });
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries((res.header ?? {}) as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
  return { status: res.statusCode, headers, data: res.data };
};

// H5 uses the browser's fetch (Taro.request's polyfills stay off the first screen); mini-programs Taro.request.
const transport = process.env.TARO_ENV === 'h5' ? fetchTransport : taroTransport;

const client = createHttpClient({ baseUrl: API_BASE, transport, session, language: () => prefs.get().lang });

/** Calls the BFF; resolves to the parsed body, rejects with `ApiError`. Prefer `call()` from ./api. */
export const request = client.request;

/** Rotates the token pair (single-flight); for transports other than JSON requests, e.g. file uploads. */
export const refreshSession = client.refresh;
