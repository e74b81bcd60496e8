const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `2026-06-01 14:05` in China time, whatever the phone's time zone: what checkers and holders read. */
export function chinaTime(iso: string | number): string {
  const t = typeof iso === 'number' ? iso : Date.parse(iso);
  if (Number.isNaN(t)) return '';
  return new Date(t + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
