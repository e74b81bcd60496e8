import { Rng } from './prng';

/**
 * The hall management system's data (政务服务中心综合管理平台): for each hall, the minutes its windows took
 * per person recently (newest first, 20 per window) and the seats per 30-minute slot per department, with
 * item-level exceptions. Window numbers match the BFF's halls; hours and windows themselves stay the BFF's.
 */
export const HALL_WINDOWS: Record<string, { no: string; dept: string }[]> = {
  H330100: ['gjj', 'gjj', 'rsj', 'ybj', 'bdc', 'gaj', 'scjgj', 'swj', 'jtj', 'wjw'].map((dept, i) => ({ no: String(i + 1).padStart(2, '0'), dept })),
  H330102: ['mzj', 'gaj', 'rsj', 'ybj', 'scjgj', 'swj'].map((dept, i) => ({ no: String(i + 1).padStart(2, '0'), dept })),
  H330105: ['mzj', 'gaj', 'rsj', 'gjj', 'scjgj', 'swj', 'jyj'].map((dept, i) => ({ no: String(i + 1).padStart(2, '0'), dept })),
  H330106: ['mzj', 'gaj', 'rsj', 'ybj', 'gjj', 'scjgj', 'cl', 'jyj'].map((dept, i) => ({ no: String(i + 1).padStart(2, '0'), dept })),
  H330108: ['mzj', 'gaj', 'rsj', 'scjgj', 'swj', 'cgj'].map((dept, i) => ({ no: String(i + 1).padStart(2, '0'), dept })),
};

/** Typical minutes per person by department (a marriage registration takes longer than a certificate print). */
const TYPICAL_MINUTES: Record<string, number> = { mzj: 14, gaj: 9, rsj: 7, ybj: 6, gjj: 8, bdc: 15, scjgj: 12, swj: 10, jtj: 8, wjw: 6, jyj: 7, cl: 9, cgj: 8 };

/** Seats per slot by department, as the halls publish them; a few items have their own. */
const SEATS_BY_DEPARTMENT: Record<string, number> = { gaj: 6, rsj: 5, gjj: 4, mzj: 2, bdc: 4, scjgj: 4 };
export const DEFAULT_SEATS = 3;
/** Item-level exceptions (hall, item code, seats). */
export const ITEM_SEATS: { hall: string; item: string; seats: number }[] = [
  { hall: 'H330100', item: 'GJJ-0016', seats: 6 },
  { hall: 'H330106', item: 'MZJ-0001', seats: 1 },
];

export interface WindowServiceTimes { windowNo: string; minutes: number[] }

/** 20 recent service times per window, deterministic per hall. */
export function serviceTimesOf(hallId: string): WindowServiceTimes[] | null {
  const windows = HALL_WINDOWS[hallId];
  if (!windows) return null;
  const rng = new Rng([...hallId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
  return windows.map((w) => {
    const typical = TYPICAL_MINUTES[w.dept] ?? 8;
    return { windowNo: w.no, minutes: Array.from({ length: 20 }, () => Math.max(2, typical + rng.int(-3, 4))) };
  });
}

export function seatRulesOf(hallId: string): { dept: string | null; item: string | null; seats: number }[] | null {
  const windows = HALL_WINDOWS[hallId];
  if (!windows) return null;
  const depts = [...new Set(windows.map((w) => w.dept))];
  return [
    ...depts.map((dept) => ({ dept, item: null, seats: SEATS_BY_DEPARTMENT[dept] ?? DEFAULT_SEATS })),
    ...ITEM_SEATS.filter((r) => r.hall === hallId).map((r) => ({ dept: null, item: r.item, seats: r.seats })),
  ];
}
