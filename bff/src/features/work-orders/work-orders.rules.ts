import { addWorkingDays, chinaDate, workingDaysBetween, type IsoDate } from '@zsb/shared/domain/working-days';
import { NEAR_DEADLINE_WORKING_DAYS } from '@zsb/shared/domain/case-deadline';
import type { Verdict, WorkOrderDeadlineState, WorkOrderStatus } from '@zsb/shared/contracts/work-orders';

/** Working days a unit has to call back and rectify, by default and per region (configurable). */
export interface DueDaysPolicy {
  defaultDays: number;
  byRegion: Readonly<Record<string, number>>;
}

export const DEFAULT_DUE_DAYS_POLICY: DueDaysPolicy = { defaultDays: 10, byRegion: {} };

/** `330102:7,330106:5` → `{ '330102': 7, '330106': 5 }`; throws naming the bad entry. */
export function parseDueDaysByRegion(spec: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of (spec ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d{6}):(\d{1,2})$/.exec(part);
    if (!m || Number(m[2]) < 1) throw new Error(`bad region due-days entry "${part}" (expected 330102:7)`);
    out[m[1]!] = Number(m[2]);
  }
  return out;
}

/** The due date of a round that starts at `startedAt`: N working days after its China-time date. */
export function workOrderDueDate(startedAt: Date, region: string, policy: DueDaysPolicy = DEFAULT_DUE_DAYS_POLICY): IsoDate {
  return addWorkingDays(chinaDate(startedAt), policy.byRegion[region] ?? policy.defaultDays);
}

/**
 * Where an order stands against its due date on `today`: the clock runs while the unit owes a callback or
 * a rectification; warning (`near`) from 2 working days before the due date, `overdue` after it.
 */
export function workOrderDeadline(
  status: WorkOrderStatus,
  dueDate: IsoDate,
  today: IsoDate,
): { state: WorkOrderDeadlineState; workingDaysLeft: number | null } {
  if (status === 'rectified' || status === 'closed') return { state: 'stopped', workingDaysLeft: null };
  const left = workingDaysBetween(today, dueDate);
  if (today > dueDate) return { state: 'overdue', workingDaysLeft: Math.min(left, -1) };
  return { state: left <= NEAR_DEADLINE_WORKING_DAYS ? 'near' : 'on_track', workingDaysLeft: left };
}

/**
 * The first due date that is no longer `near` on `today`: an order still owed is `near` exactly when
 * `today ≤ dueDate < nearCutoff(today)`, which lets queries filter by deadline state on the due-date index.
 */
export function nearCutoff(today: IsoDate): IsoDate {
  return addWorkingDays(today, NEAR_DEADLINE_WORKING_DAYS + 1);
}

export type WorkOrderAction =
  | { type: 'callback' }
  | { type: 'rectification' }
  | { type: 'hotline_resolved' }
  | { type: 'verdict'; verdict: Verdict };

export type WorkOrderStep =
  | { ok: true; status: WorkOrderStatus; round: number; reopened: boolean }
  | { ok: false };

/**
 * The work-order life cycle: open → callback_recorded → rectified → closed. The unit calls back
 * before it rectifies (100% 回访); the 12345 hotline resolving the ticket stands for both; the
 * rater's 不满意 in round 1 reopens the order for round 2, and round 2 always closes.
 */
export function stepWorkOrder(status: WorkOrderStatus, round: number, action: WorkOrderAction): WorkOrderStep {
  const to = (s: WorkOrderStatus, r = round, reopened = false): WorkOrderStep => ({ ok: true, status: s, round: r, reopened });
  switch (action.type) {
    case 'callback':
      return status === 'open' ? to('callback_recorded') : { ok: false };
    case 'rectification':
      return status === 'callback_recorded' ? to('rectified') : { ok: false };
    case 'hotline_resolved':
      return status === 'open' || status === 'callback_recorded' ? to('rectified') : { ok: false };
    case 'verdict':
      if (status !== 'rectified') return { ok: false };
      if (action.verdict === 'dissatisfied' && round === 1) return to('open', 2, true);
      return to('closed');
  }
}
