import Taro from '@tarojs/taro';
import { UPLOAD_FIELD_NAME, uploadRoutes, type Upload } from '../contracts/uploads';
import { materialFileName } from '@zsb/shared/domain/file-name';
import { session } from '../stores';
import { API_BASE, IS_WEAPP } from './env';
import { ApiError } from './errors';
import { refreshSession } from './request';

async function send(filePath: string, fileName: string, token: string | null): Promise<Taro.uploadFile.SuccessCallbackResult> {
  try {
    return await Taro.uploadFile({
      url: `${API_BASE}${uploadRoutes.create.path}`,
      filePath,
      name: UPLOAD_FIELD_NAME,
      fileName,
      header: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR' });
  }
}

/**
 * Uploads one local file (a temp path from the picker) as a material; refreshes the token once when it
 * has expired. Resolves to the stored upload; rejects with `ApiError` (e.g. UPLOAD_TYPE_NOT_ALLOWED).
 */
export async function uploadMaterial(filePath: string, fileName: string): Promise<Upload> {
  let res = await send(filePath, fileName, session.get()?.accessToken ?? null);
  if (res.statusCode === 401) {
    const token = await refreshSession();
    if (token) res = await send(filePath, fileName, token);
  }
  // uploadFile hands the body back as text on both hosts.
  let data: unknown = null;
  try {
    data = typeof res.data === 'string' ? JSON.parse(res.data) : res.data;
  } catch {
    data = null;
  }
  if (res.statusCode === 201) return data as Upload;
  const problem = data as { code?: string; errors?: ApiError['errors'] } | null;
  throw new ApiError({ status: res.statusCode, code: problem?.code ?? 'UNKNOWN_ERROR', errors: problem?.errors ?? [] });
}

export interface PickedFile {
  path: string;
  name: string;
}

/**
 * Lets the applicant pick a photo (camera or album) or, in WeChat, a PDF from a chat. The file keeps
 * the name it had (made safe: no folder, no control characters, at most 100 characters); WeChat gives
 * a photo no name of its own, so that one is called material.jpg / material.png.
 */
export async function pickMaterialFile(kind: 'image' | 'pdf'): Promise<PickedFile | null> {
  try {
    if (kind === 'pdf' && IS_WEAPP) {
      const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
      const f = r.tempFiles[0];
      return f ? { path: f.path, name: materialFileName(f.name, 'pdf') } : null;
    }
    const r = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    const p = r.tempFilePaths[0];
    const file = r.tempFiles?.[0] as { type?: string; originalFileObj?: { name?: string } } | undefined;
    const type = file?.type ?? '';
    // H5 hands over the browser's File, which carries the name; a WeChat temp path is not the applicant's name.
    return p ? { path: p, name: materialFileName(file?.originalFileObj?.name, type.includes('png') || p.endsWith('.png') ? 'png' : 'jpg') } : null;
  } catch {
    // The applicant closed the picker.
    return null;
  }
}
