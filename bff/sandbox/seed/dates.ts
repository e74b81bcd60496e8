/** Calendar arithmetic on `YYYY-MM-DD` strings (UTC-based, no time zone drift). */

const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Same day `n` years later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return clampDay(y + n, m, d);
}

/** Same day `n` months later, clamped to the month's last day. */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return clampDay(Math.floor(total / 12), (total % 12) + 1, d);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function clampDay(y: number, m: number, d: number): string {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return ymd(y, m, Math.min(d, last));
}
