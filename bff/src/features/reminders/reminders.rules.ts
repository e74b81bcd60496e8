import { daysBetween } from '@zsb/shared/domain/certificate-rules';

/** Days before expiry at which the holder is reminded, largest first. */
export const REMINDER_THRESHOLDS = [90, 30, 7] as const;
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number];

/**
 * The reminder a certificate is due for on `today` (China date): the tightest threshold it has
 * entered. A certificate first seen 25 days before expiry gets the 30-day reminder only, never
 * a late 90-day one too. `null` when more than 90 days are left, it has expired, or it never expires.
 */
export function dueThreshold(validUntil: string | null, today: string): ReminderThreshold | null {
  if (!validUntil) return null;
  const left = daysBetween(today, validUntil);
  if (left < 0) return null;
  let due: ReminderThreshold | null = null;
  for (const t of REMINDER_THRESHOLDS) if (left <= t) due = t;
  return due;
}

/**
 * The message dedupe key of one reminder: one per recipient, certificate, end date and threshold,
 * so a restart (or a second BFF process) never sends it twice, while a renewed certificate
 * (new end date) is reminded again.
 */
export function reminderKey(userId: string, certificateId: string, validUntil: string, threshold: ReminderThreshold): string {
  return `expiry:${userId}:${certificateId}:${validUntil}:${threshold}`;
}
