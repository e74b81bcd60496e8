import Taro from '@tarojs/taro';
import { buildPath } from '@zsb/shared/contracts/route';
import { session } from '../stores';
import { API_BASE, IS_WEAPP } from './env';
import { ApiError } from './errors';
import { refreshSession } from './request';

/**
 * Downloads a file the BFF answers to a signed-in person (a result PDF) and opens it: the phone's
 * document viewer in the mini-program, a browser download on H5. Refreshes the token once on 401.
 */
export async function downloadAndOpen(path: string, fileName: string): Promise<void> {
  const url = `${API_BASE}${path}`;
  if (IS_WEAPP) {
    const get = (token: string | null) => Taro.downloadFile({ url, header: token ? { authorization: `Bearer ${token}` } : {} });
    let r = await get(session.get()?.accessToken ?? null);
    if (r.statusCode === 401) {
      const token = await refreshSession();
      if (token) r = await get(token);
    }
    if (r.statusCode !== 200) throw new ApiError({ status: r.statusCode, code: r.statusCode === 404 ? 'NOT_FOUND' : 'UNKNOWN_ERROR' });
    const ext = fileName.split('.').pop()?.toLowerCase();
    await Taro.openDocument({ filePath: r.tempFilePath, ...(ext === 'pdf' ? { fileType: 'pdf' as const } : {}), showMenu: true }).catch(() => undefined);
    return;
  }
  const get = (token: string | null) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  let res: Response;
  try {
    res = await get(session.get()?.accessToken ?? null);
    if (res.status === 401) {
      const token = await refreshSession();
      if (token) res = await get(token);
    }
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR' });
  }
  if (!res.ok) throw new ApiError({ status: res.status, code: res.status === 404 ? 'NOT_FOUND' : 'UNKNOWN_ERROR' });
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** `downloadAndOpen` for a route with path parameters (a unit's monthly report as CSV or PDF). */
export function downloadFile(path: string, params: Record<string, string>, fileName: string): Promise<void> {
  return downloadAndOpen(buildPath(path, params), fileName);
}
