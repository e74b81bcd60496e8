/**
 * 代办 mandates: the rules the app (form defaults, scope marks) and the BFF (checks on every
 * request) share. A mandate lets a grantee act for the grantor on some items, life events (一件事
 * bundles) and certificates, until the end of a China calendar day at most one year ahead.
 */

/** Days a mandate lasts when the grantor names no end. */
export const MANDATE_DEFAULT_DAYS = 30;

/** What one mandate (or a guardian's standing) covers. `null` lists mean "everything" (guardians). */
export interface MandateScope {
  itemCodes: readonly string[] | null;
  lifeEvents: readonly string[] | null;
  certificateIds: readonly string[] | null;
}

const DAY_MS = 86_400_000;
// China has no daylight saving time: a China calendar day is UTC+8 all year.
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The China calendar date (YYYY-MM-DD) of an instant. */
export function chinaDateOf(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last instant of China calendar day `date`, as an ISO instant in UTC. */
export function endOfChinaDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS - CHINA_OFFSET_MS - 1).toISOString();
}

/** The default last day of a mandate granted at `at`. */
export function defaultMandateUntil(at: Date): string {
  return chinaDateOf(new Date(at.getTime() + MANDATE_DEFAULT_DAYS * DAY_MS));
}

/** The latest last day a mandate granted at `at` may have: the same calendar date one year later (28 Feb for 29 Feb). */
export function latestMandateUntil(at: Date): string {
  const today = chinaDateOf(at);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y + 1, m - 1, d));
  // 29 February has no twin next year: Date rolls over to 1 March; step back to the 28th.
  if (next.getUTCMonth() !== m - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

/** Why `until` cannot end a mandate granted at `at`, or null when it can. */
export function mandateUntilProblem(until: string, at: Date): 'past' | 'too_long' | null {
  if (until < chinaDateOf(at)) return 'past';
  if (until > latestMandateUntil(at)) return 'too_long';
  return null;
}

/** Whether the scope covers an item, directly or or through a granted life event (主题) the item belongs to. */
export function coversItem(scope: MandateScope, itemCode: string, lifeEventsOfItem: readonly string[] = []): boolean {
  if (scope.itemCodes === null) return true;
  if (scope.itemCodes.includes(itemCode)) return true;
  return (scope.lifeEvents ?? []).some((b) => lifeEventsOfItem.includes(b));
}

export function coversLifeEvent(scope: MandateScope, bundleCode: string): boolean {
  return scope.lifeEvents === null || scope.lifeEvents.includes(bundleCode);
}

export function coversCertificate(scope: MandateScope, certificateId: string): boolean {
  return scope.certificateIds === null || scope.certificateIds.includes(certificateId);
}

/** Full years of age on China date `today` for someone born on `birthDate` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Minors (under 18) are represented by their guardians without a mandate. */
export function isMinor(birthDate: string, today: string): boolean {
  return ageOn(birthDate, today) < 18;
}
