import Taro from '@tarojs/taro';
import { buildPath } from '@zsb/shared/contracts/route';
import { session } from '../stores';
import { API_BASE, IS_WEAPP } from './env';
import { ApiError } from './errors';
import { refreshSession } from './request';

/**
 * Downloads a signed-in file answer (a report's CSV or PDF): on weapp to a temp file opened with the
 * system viewer; on H5 through fetch with the bearer token, saved by the browser under the BFF's name.
 */
export async function downloadFile(path: string, params: Record<string, string>, fileName: string): Promise<void> {
  const url = `${API_BASE}${buildPath(path, params)}`;
  const token = async (fresh: boolean) => (fresh ? await refreshSession() : session.get()?.accessToken) ?? '';
  if (IS_WEAPP) {
    let r = await Taro.downloadFile({ url, header: { authorization: `Bearer ${await token(false)}` } });
    if (r.statusCode === 401) r = await Taro.downloadFile({ url, header: { authorization: `Bearer ${await token(true)}` } });
    if (r.statusCode !== 200) throw new ApiError({ status: r.statusCode, code: 'DOWNLOAD_FAILED' });
    await Taro.openDocument({ filePath: r.tempFilePath, showMenu: true }).catch(() => undefined);
    return;
  }
  let res = await fetch(url, { headers: { authorization: `Bearer ${await token(false)}` } });
  if (res.status === 401) res = await fetch(url, { headers: { authorization: `Bearer ${await token(true)}` } });
  if (!res.ok) throw new ApiError({ status: res.status, code: 'DOWNLOAD_FAILED' });
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
