/**
 * Rules of outside delivery (WeChat subscription messages, SMS) shared by the BFF and the app:
 * which setting a message kind falls under, which WeChat template carries it, and quiet hours.
 * The in-app message is always written; these rules decide only the outside channels.
 */

/** The kinds a resident chooses channels for in 我的 → 消息设置. */
export const NOTIFICATION_CATEGORIES = ['case', 'correction', 'payment', 'shipment', 'appointment', 'expiry'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export const OUTSIDE_CHANNELS = ['wechat', 'sms'] as const;
export type OutsideChannel = (typeof OUTSIDE_CHANNELS)[number];

/**
 * The category of a message, from its kind (and, for a case step, the status it reached), or null
 * for kinds that stay in the message center only (verification receipts, ratings, calendar notices…).
 */
export function categoryOfMessage(kind: string, caseStatus?: string | null): NotificationCategory | null {
  if (kind === 'case_status') return caseStatus === 'correction_required' ? 'correction' : 'case';
  if (kind === 'case_correction') return 'correction';
  if (kind.startsWith('payment')) return 'payment';
  if (kind.startsWith('shipment') || kind.startsWith('delivery')) return 'shipment';
  if (kind.startsWith('appointment')) return 'appointment';
  if (kind === 'expiry_reminder') return 'expiry';
  return null;
}

/**
 * The WeChat subscription-message template of each category (ids as registered for the mini-program;
 * the sandbox accepts these). The page asks for the templates of what it is about to start.
 */
export const SUBSCRIBE_TEMPLATES: Record<NotificationCategory, string> = {
  case: 'zsb-tmpl-case-progress',
  correction: 'zsb-tmpl-case-correction',
  payment: 'zsb-tmpl-payment-due',
  shipment: 'zsb-tmpl-shipment',
  appointment: 'zsb-tmpl-appointment',
  expiry: 'zsb-tmpl-expiry',
};

/** What a new resident gets before choosing: WeChat for everything (it still needs a consent per send), no SMS. */
export const DEFAULT_CHANNELS: Record<OutsideChannel, boolean> = { wechat: true, sms: false };

const CHINA_OFFSET_MS = 8 * 3_600_000;
/** Quiet hours, China time: from 22:00 to 08:00 the next morning. */
export const QUIET_FROM_HOUR = 22;
export const QUIET_UNTIL_HOUR = 8;

/** Whether `instant` falls in quiet hours (22:00–08:00 Asia/Shanghai, no DST). */
export function isQuietHour(instant: Date | number): boolean {
  const hour = new Date(new Date(instant).getTime() + CHINA_OFFSET_MS).getUTCHours();
  return hour >= QUIET_FROM_HOUR || hour < QUIET_UNTIL_HOUR;
}

/**
 * When an outside send created at `instant` may go: at once outside quiet hours, or for an urgent
 * message (a one-time code, a reminder of something due before the morning); otherwise at 08:00
 * China time after the quiet night. Answers epoch milliseconds.
 */
export function sendableAt(instant: Date | number, urgent = false): number {
  const t = new Date(instant).getTime();
  if (urgent || !isQuietHour(t)) return t;
  const local = new Date(t + CHINA_OFFSET_MS);
  const morning = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), QUIET_UNTIL_HOUR) - CHINA_OFFSET_MS;
  // Before 08:00 it is this morning; from 22:00 it is the next one.
  return local.getUTCHours() < QUIET_UNTIL_HOUR ? morning : morning + 24 * 3_600_000;
}

/**
 * The item that renews each kind of certificate (换领 / 换证 / 签注 / 延续), whose materials include the
 * certificate itself, so the application page fills them from the wallet. Kinds without one lead
 * to the certificate page.
 */
export const RENEWAL_ITEMS: Partial<Record<string, string>> = {
  id_card: 'GAJ-0001',
  residence_permit: 'GAJ-0013',
  driving_licence: 'GAJ-0019',
  social_security_card: 'RSJ-0008',
  food_business_licence: 'SCJGJ-0008',
};

/** Where an expiry reminder leads: the renewal application (with the certificate named), or the certificate. */
export function renewalLink(kind: string, certificateId: string): string {
  const item = RENEWAL_ITEMS[kind];
  const id = encodeURIComponent(certificateId);
  return item ? `/cases/pages/apply/index?code=${item}&renew=${id}` : `/pages/certificate/index?id=${id}`;
}
