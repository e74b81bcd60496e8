import type { ReportCategory, ReportStatus } from '@zsb/shared/contracts/reports';
import type { Verdict } from '@zsb/shared/contracts/work-orders';

/** Which unit answers for a category of problem (the region narrows it to a district clerk where there is one). */
export const UNIT_OF_CATEGORY: Readonly<Record<ReportCategory, string>> = {
  road: 'jtj',
  fire_hazard: 'xfjy',
  illegal_parking: 'gaj',
  environment: 'sthjj',
  public_facility: 'cgj',
  other: 'cgj',
};

export type ReportAction = { type: 'processing' } | { type: 'resolved' } | { type: 'verdict'; verdict: Verdict };
export type ReportStep = { ok: true; status: ReportStatus; round: number } | { ok: false };

/**
 * received → processing → resolved → closed; a unit may resolve straight from received. The
 * reporter's 不满意 in round 1 sends it back to processing for round 2; round 2 always closes, as a
 * work order does.
 */
export function stepReport(status: ReportStatus, round: number, action: ReportAction): ReportStep {
  switch (action.type) {
    case 'processing':
      return status === 'received' ? { ok: true, status: 'processing', round } : { ok: false };
    case 'resolved':
      return status === 'received' || status === 'processing' ? { ok: true, status: 'resolved', round } : { ok: false };
    case 'verdict':
      if (status !== 'resolved') return { ok: false };
      if (action.verdict === 'dissatisfied' && round === 1) return { ok: true, status: 'processing', round: 2 };
      return { ok: true, status: 'closed', round };
  }
}

/** Micro-degrees: positions stored as integers on both engines. */
export const toE6 = (deg: number) => Math.round(deg * 1e6);
export const fromE6 = (e6: number) => e6 / 1e6;
