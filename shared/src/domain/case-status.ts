/**
 * The case (办件) life cycle: 已提交 → 预审中 → 已受理 / 需补正 / 不予受理 → 办理中 → 已办结 → 已送达.
 * Only the transitions listed in `CASE_TRANSITIONS` exist; each names who may make it and whether
 * a note is required. A bundle case (一件事) never moves by itself: its status is derived from its children.
 */

export const CASE_STATUSES = [
  'submitted',
  'pre_review',
  'accepted',
  // 待缴费: accepted, the item charges a fee, and the department works on it only once it is paid.
  'awaiting_payment',
  'correction_required',
  'rejected',
  'processing',
  'completed',
  'delivered',
] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The official Chinese names, used in messages the BFF sends (screens use their i18n keys). */
export const CASE_STATUS_NAMES: Readonly<Record<CaseStatus, string>> = {
  submitted: '已提交',
  pre_review: '预审中',
  accepted: '已受理',
  awaiting_payment: '待缴费',
  correction_required: '需补正',
  rejected: '不予受理',
  processing: '办理中',
  completed: '已办结',
  delivered: '已送达',
};

/** Who moves a case: the applicant, a department clerk, or the system itself. */
export const CASE_ACTOR_ROLES = ['applicant', 'staff', 'system'] as const;
export type CaseActorRole = (typeof CASE_ACTOR_ROLES)[number];

export interface CaseTransition {
  readonly from: CaseStatus;
  readonly to: CaseStatus;
  readonly actors: readonly CaseActorRole[];
  /** Refusals and correction requests must tell the applicant why (一次告知). */
  readonly noteRequired: boolean;
}

/** Every allowed transition; anything else is illegal. */
export const CASE_TRANSITIONS: readonly CaseTransition[] = [
  { from: 'submitted', to: 'pre_review', actors: ['staff'], noteRequired: false },
  { from: 'pre_review', to: 'accepted', actors: ['staff'], noteRequired: false },
  { from: 'pre_review', to: 'correction_required', actors: ['staff'], noteRequired: true },
  { from: 'pre_review', to: 'rejected', actors: ['staff'], noteRequired: true },
  // The applicant corrects and resubmits the same case; it goes back to the queue.
  { from: 'correction_required', to: 'submitted', actors: ['applicant'], noteRequired: false },
  // A fee-charging item waits for payment after acceptance; the payment platform's notice moves it back.
  { from: 'accepted', to: 'awaiting_payment', actors: ['system'], noteRequired: false },
  { from: 'awaiting_payment', to: 'accepted', actors: ['system'], noteRequired: false },
  { from: 'awaiting_payment', to: 'rejected', actors: ['staff'], noteRequired: true },
  { from: 'accepted', to: 'processing', actors: ['staff'], noteRequired: false },
  // Refused after acceptance (a fee already paid is refunded).
  { from: 'accepted', to: 'rejected', actors: ['staff'], noteRequired: true },
  { from: 'processing', to: 'rejected', actors: ['staff'], noteRequired: true },
  { from: 'processing', to: 'completed', actors: ['staff'], noteRequired: false },
  { from: 'completed', to: 'delivered', actors: ['staff', 'system'], noteRequired: false },
];

/** The status every new case starts in. */
export const INITIAL_CASE_STATUS: CaseStatus = 'submitted';

/** Statuses a case never leaves. */
export const TERMINAL_CASE_STATUSES: readonly CaseStatus[] = ['rejected', 'delivered'];

/** Statuses in which the department has finished its work (no deadline runs any more). */
export const FINISHED_CASE_STATUSES: readonly CaseStatus[] = ['rejected', 'completed', 'delivered'];

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

/** True once the case has no further transition. */
export function isTerminalStatus(status: CaseStatus): boolean {
  return TERMINAL_CASE_STATUSES.includes(status);
}

/** True when the department's work on the case is over (rejected, completed or delivered). */
export function isFinishedStatus(status: CaseStatus): boolean {
  return FINISHED_CASE_STATUSES.includes(status);
}

export type TransitionRefusal = 'TRANSITION_NOT_ALLOWED' | 'ACTOR_NOT_ALLOWED' | 'NOTE_REQUIRED';

export type TransitionCheck =
  | { ok: true; transition: CaseTransition }
  | { ok: false; reason: TransitionRefusal };

/**
 * Whether `actor` may move a case from `from` to `to` with `note`.
 * A transition that does not exist is refused before the actor is considered, so the answer
 * to "can anyone ever do this?" is stable whoever asks.
 */
export function checkTransition(
  from: CaseStatus,
  to: CaseStatus,
  actor: CaseActorRole,
  note?: string | null,
): TransitionCheck {
  const transition = CASE_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!transition) return { ok: false, reason: 'TRANSITION_NOT_ALLOWED' };
  if (!transition.actors.includes(actor)) return { ok: false, reason: 'ACTOR_NOT_ALLOWED' };
  if (transition.noteRequired && !(note ?? '').trim()) return { ok: false, reason: 'NOTE_REQUIRED' };
  return { ok: true, transition };
}

/** The transitions `actor` may make from `from`, in the order a screen should offer them. */
export function availableTransitions(from: CaseStatus, actor: CaseActorRole): CaseTransition[] {
  return CASE_TRANSITIONS.filter((t) => t.from === from && t.actors.includes(actor));
}

/** How far along the main path a live status is; a bundle shows its least advanced child. */
const PROGRESS: Readonly<Record<Exclude<CaseStatus, 'rejected' | 'correction_required'>, number>> = {
  submitted: 0,
  pre_review: 1,
  accepted: 2,
  awaiting_payment: 2,
  processing: 3,
  completed: 4,
  delivered: 5,
};

export interface BundleProgress {
  /** The bundle case's status. */
  status: CaseStatus;
  /** Some children were refused (不予受理) while the others go on. */
  partial: boolean;
  /** A child waits for the applicant's correction. */
  needsApplicant: boolean;
  /** How many children are in each status. */
  counts: Partial<Record<CaseStatus, number>>;
}

/**
 * The status of a bundle case (一件事) from its children's statuses.
 * - any child waiting for correction → `correction_required` (the applicant has something to do);
 * - otherwise refused children are set aside and the bundle shows its least advanced live child;
 * - only when every child was refused is the bundle `rejected`.
 * Children are independent: a refused or sent-back child never changes the others.
 */
export function deriveBundleStatus(children: readonly CaseStatus[]): BundleProgress {
  if (children.length === 0) throw new RangeError('a bundle case has at least one child');
  const counts: Partial<Record<CaseStatus, number>> = {};
  for (const s of children) counts[s] = (counts[s] ?? 0) + 1;
  const rejected = counts.rejected ?? 0;
  const needsApplicant = (counts.correction_required ?? 0) > 0;
  const live = children.filter(
    (s): s is keyof typeof PROGRESS => s !== 'rejected' && s !== 'correction_required',
  );
  const partial = rejected > 0 && rejected < children.length;
  if (needsApplicant) return { status: 'correction_required', partial, needsApplicant, counts };
  if (live.length === 0) return { status: 'rejected', partial: false, needsApplicant, counts };
  const least = live.reduce((a, b) => (PROGRESS[b] < PROGRESS[a] ? b : a));
  return { status: least, partial, needsApplicant, counts };
}
