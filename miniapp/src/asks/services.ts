import Taro from '@tarojs/taro';
import { REPORT_PHOTO_FIELD, reportRoutes } from '../contracts/reports';
import type { z } from 'zod';
import type { ReportPhotoSchema } from '@zsb/shared/contracts/reports';
import { materialFileName } from '@zsb/shared/domain/file-name';
import { session } from '../stores';
import { API_BASE, IS_WEAPP } from '../services/env';
import { ApiError } from '../services/errors';
import { refreshSession } from '../services/request';

export type ReportPhoto = z.infer<typeof ReportPhotoSchema>;

/** The pages of this subpackage, in one place. */
export const ASKS_PAGES = {
  hub: '/asks/pages/hub/index',
  ask: '/asks/pages/ask/index',
  enquiry: '/asks/pages/enquiry/index',
  reportNew: '/asks/pages/report-new/index',
  report: '/asks/pages/report/index',
  publicReports: '/asks/pages/public-reports/index',
  disclosureNew: '/asks/pages/disclosure-new/index',
  disclosure: '/asks/pages/disclosure/index',
  staff: '/asks/pages/staff/index',
  staffItem: '/asks/pages/staff-item/index',
} as const;

export function go(page: keyof typeof ASKS_PAGES, query?: Record<string, string>) {
  const qs = query ? Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&') : '';
  return Taro.navigateTo({ url: qs ? `${ASKS_PAGES[page]}?${qs}` : ASKS_PAGES[page] });
}

async function send(filePath: string, fileName: string, token: string | null) {
  try {
    return await Taro.uploadFile({
      url: `${API_BASE}${reportRoutes.photo.path}`, filePath, name: REPORT_PHOTO_FIELD, fileName,
      header: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR' });
  }
}

/** Uploads one photo of a report; the BFF strips its metadata and gives back the position its EXIF had. */
export async function uploadReportPhoto(filePath: string, fileName: string): Promise<ReportPhoto> {
  let res = await send(filePath, fileName, session.get()?.accessToken ?? null);
  if (res.statusCode === 401) {
    const token = await refreshSession();
    if (token) res = await send(filePath, fileName, token);
  }
  let data: unknown = null;
  try {
    data = typeof res.data === 'string' ? JSON.parse(res.data) : res.data;
  } catch {
    data = null;
  }
  if (res.statusCode === 201) return data as ReportPhoto;
  const problem = data as { code?: string; errors?: ApiError['errors'] } | null;
  throw new ApiError({ status: res.statusCode, code: problem?.code ?? 'UNKNOWN_ERROR', errors: problem?.errors ?? [] });
}

/** Photos from the camera or album, up to `max`; original size (a compressed copy may lose the EXIF position). */
export async function pickPhotos(max: number): Promise<{ path: string; name: string }[]> {
  try {
    const r = await Taro.chooseImage({ count: max, sizeType: ['original'], sourceType: ['camera', 'album'] });
    return r.tempFilePaths.slice(0, max).map((p, i) => {
      const f = r.tempFiles?.[i] as { type?: string } | undefined;
      return { path: p, name: (f?.type ?? '').includes('png') || p.endsWith('.png') ? 'photo.png' : 'photo.jpg' };
    });
  } catch {
    return [];
  }
}

/** The phone's position: WeChat's getLocation, or the browser's geolocation in H5. Null when denied or unavailable. */
export async function locate(): Promise<{ lat: number; lng: number } | null> {
  if (IS_WEAPP) {
    try {
      const r = await Taro.getLocation({ type: 'gcj02' });
      return { lat: r.latitude, lng: r.longitude };
    } catch {
      return null;
    }
  }
  if (typeof navigator === 'undefined' || !navigator.geolocation) return null;
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    );
  });
}

/** Runs an action with a busy flag and keeps its failure for display. */
export async function runAction<T>(setBusy: (b: boolean) => void, setFailure: (e: unknown) => void, run: () => Promise<T>): Promise<T | undefined> {
  setBusy(true);
  setFailure(null);
  try {
    return await run();
  } catch (e) {
    setFailure(e);
    return undefined;
  } finally {
    setBusy(false);
  }
}

/** Opens an attached file: images in the previewer, PDFs in a new tab (H5) or the document viewer (weapp). */
export async function openAttachment(url: string, mime: string) {
  const full = `${API_BASE}${url}`;
  if (mime.startsWith('image/')) return Taro.previewImage({ urls: [full], current: full });
  if (!IS_WEAPP) return void window.open(full, '_blank', 'noopener');
  const { tempFilePath } = await Taro.downloadFile({ url: full });
  return Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf' });
}

/**
 * A file for an answer (PDF or image): WeChat's chat-file picker, or on H5 the browser's own file dialog
 * (Taro's H5 image picker takes images only, and a clerk's answer is usually a PDF).
 */
export async function pickAnswerFile(): Promise<{ path: string; name: string } | null> {
  if (IS_WEAPP) {
    try {
      const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf', 'jpg', 'jpeg', 'png'] });
      const f = r.tempFiles[0];
      return f ? { path: f.path, name: materialFileName(f.name, 'pdf') } : null;
    } catch {
      return null;
    }
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'application/pdf,image/jpeg,image/png';
    input.onchange = () => {
      const f = input.files?.[0];
      resolve(f ? { path: URL.createObjectURL(f), name: materialFileName(f.name, f.type.includes('png') ? 'png' : f.type.includes('jpeg') ? 'jpg' : 'pdf') } : null);
    };
    input.click();
  });
}
