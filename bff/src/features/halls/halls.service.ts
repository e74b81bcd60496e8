import QRCode from 'qrcode';
import { RATE_PAGE_PATH, type Hall, type WindowDetail } from '@zsb/shared/contracts/ratings';
import { departmentName, regionName } from '@zsb/shared/domain/regions';
import { HALLS, type HallSeed, type WindowSeed } from './halls.data';

export interface WindowPlace {
  window: WindowSeed;
  hall: HallSeed;
}

/** The department's service items a rater may choose at a window (the catalog's, once wired). */
export type DepartmentItems = (departmentCode: string, region: string) => Promise<{ code: string; name: string }[]>;

/** Halls and windows from the seed data, and the QR codes that open each window's rating page. */
export class HallsService {
  private readonly byWindow = new Map<string, WindowPlace>();

  constructor(private readonly opts: { publicBaseUrl: string; items?: DepartmentItems; halls?: readonly HallSeed[] }) {
    for (const hall of opts.halls ?? HALLS) for (const window of hall.windows) this.byWindow.set(window.id, { window, hall });
  }

  listHalls(): Hall[] {
    return (this.opts.halls ?? HALLS).map((h) => ({ ...hallInfo(h), windows: h.windows.map(windowInfo) }));
  }

  findWindow(windowId: string): WindowPlace | null {
    return this.byWindow.get(windowId) ?? null;
  }

  /** The H5 address a window's QR code encodes (hash routing needs no server fallback). */
  rateUrl(windowId: string): string {
    return `${this.opts.publicBaseUrl.replace(/\/$/, '')}/#${RATE_PAGE_PATH}?windowId=${encodeURIComponent(windowId)}`;
  }

  async windowDetail(windowId: string): Promise<WindowDetail | null> {
    const place = this.findWindow(windowId);
    if (!place) return null;
    const items = this.opts.items ? await this.opts.items(place.window.departmentCode, place.hall.region) : [];
    return { window: windowInfo(place.window), hall: hallInfo(place.hall), items, rateUrl: this.rateUrl(windowId) };
  }

  async qr(windowId: string): Promise<{ url: string; svg: string } | null> {
    if (!this.findWindow(windowId)) return null;
    const url = this.rateUrl(windowId);
    return { url, svg: await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) };
  }
}

function hallInfo(h: HallSeed): Omit<Hall, 'windows'> {
  return { id: h.id, name: h.name, region: h.region, regionName: regionName(h.region) ?? h.region, address: h.address, hours: h.hours, area: h.area };
}

function windowInfo(w: WindowSeed) {
  return { id: w.id, number: w.number, name: w.name, departmentCode: w.departmentCode, departmentName: departmentName(w.departmentCode) ?? w.departmentCode };
}
