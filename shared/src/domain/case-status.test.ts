import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CASE_ACTOR_ROLES,
  CASE_STATUSES,
  CASE_TRANSITIONS,
  availableTransitions,
  checkTransition,
  deriveBundleStatus,
  isTerminalStatus,
  type CaseStatus,
} from './case-status';

const status = fc.constantFrom(...CASE_STATUSES);
const isListed = (from: CaseStatus, to: CaseStatus) => CASE_TRANSITIONS.some((t) => t.from === from && t.to === to);

describe('case life cycle', () => {
  it('lets a clerk walk a case along the main path from submitted to delivered', () => {
    const path: CaseStatus[] = ['submitted', 'pre_review', 'accepted', 'processing', 'completed', 'delivered'];
    for (let i = 1; i < path.length; i++) {
      expect(checkTransition(path[i - 1], path[i], 'staff')).toMatchObject({ ok: true });
    }
  });

  it('refuses skipping steps, going backwards and leaving a terminal status', () => {
    expect(checkTransition('submitted', 'accepted', 'staff')).toEqual({ ok: false, reason: 'TRANSITION_NOT_ALLOWED' });
    expect(checkTransition('submitted', 'completed', 'staff')).toEqual({ ok: false, reason: 'TRANSITION_NOT_ALLOWED' });
    expect(checkTransition('processing', 'accepted', 'staff')).toEqual({ ok: false, reason: 'TRANSITION_NOT_ALLOWED' });
    expect(checkTransition('completed', 'rejected', 'staff')).toEqual({ ok: false, reason: 'TRANSITION_NOT_ALLOWED' });
    expect(checkTransition('rejected', 'submitted', 'applicant')).toEqual({ ok: false, reason: 'TRANSITION_NOT_ALLOWED' });
    expect(checkTransition('delivered', 'completed', 'staff')).toEqual({ ok: false, reason: 'TRANSITION_NOT_ALLOWED' });
  });

  it('refuses every transition that is not in the table, whoever asks', () => {
    fc.assert(
      fc.property(status, status, fc.constantFrom(...CASE_ACTOR_ROLES), (from, to, actor) => {
        const result = checkTransition(from, to, actor, 'a note');
        if (!isListed(from, to)) expect(result).toEqual({ ok: false, reason: 'TRANSITION_NOT_ALLOWED' });
        else expect(result.ok).toBe(CASE_TRANSITIONS.find((t) => t.from === from && t.to === to)!.actors.includes(actor));
      }),
    );
  });

  it('lets only the applicant resubmit a case sent back for correction, and only clerks review it', () => {
    expect(checkTransition('correction_required', 'submitted', 'applicant')).toMatchObject({ ok: true });
    expect(checkTransition('correction_required', 'submitted', 'staff')).toEqual({ ok: false, reason: 'ACTOR_NOT_ALLOWED' });
    expect(checkTransition('pre_review', 'accepted', 'applicant')).toEqual({ ok: false, reason: 'ACTOR_NOT_ALLOWED' });
    expect(checkTransition('submitted', 'pre_review', 'applicant')).toEqual({ ok: false, reason: 'ACTOR_NOT_ALLOWED' });
  });

  it('requires a note to send a case back for correction or to refuse it', () => {
    expect(checkTransition('pre_review', 'correction_required', 'staff')).toEqual({ ok: false, reason: 'NOTE_REQUIRED' });
    expect(checkTransition('pre_review', 'rejected', 'staff', '   ')).toEqual({ ok: false, reason: 'NOTE_REQUIRED' });
    expect(checkTransition('pre_review', 'rejected', 'staff', '不属于本部门职权范围')).toMatchObject({ ok: true });
    expect(checkTransition('pre_review', 'accepted', 'staff')).toMatchObject({ ok: true });
  });

  it('offers a clerk in pre-review exactly accept, send back and refuse', () => {
    expect(availableTransitions('pre_review', 'staff').map((t) => t.to)).toEqual(['accepted', 'correction_required', 'rejected']);
    expect(availableTransitions('pre_review', 'applicant')).toEqual([]);
    expect(availableTransitions('correction_required', 'applicant').map((t) => t.to)).toEqual(['submitted']);
  });

  it('has no way out of a terminal status and a way forward from every other one', () => {
    for (const s of CASE_STATUSES) {
      const out = CASE_TRANSITIONS.filter((t) => t.from === s);
      expect(out.length === 0).toBe(isTerminalStatus(s));
    }
  });

  it('reaches every status from submitted', () => {
    const seen = new Set<CaseStatus>(['submitted']);
    const queue: CaseStatus[] = ['submitted'];
    while (queue.length) {
      const s = queue.shift()!;
      for (const t of CASE_TRANSITIONS) if (t.from === s && !seen.has(t.to)) { seen.add(t.to); queue.push(t.to); }
    }
    expect([...seen].sort()).toEqual([...CASE_STATUSES].sort());
  });
});

describe('bundle status derived from its children', () => {
  it('shows the least advanced child while all go on', () => {
    expect(deriveBundleStatus(['processing', 'accepted', 'completed']).status).toBe('accepted');
    expect(deriveBundleStatus(['completed', 'delivered']).status).toBe('completed');
    expect(deriveBundleStatus(['delivered', 'delivered'])).toEqual({
      status: 'delivered', partial: false, needsApplicant: false, counts: { delivered: 2 },
    });
  });

  it('asks for the applicant when one child is sent back, without touching the others', () => {
    const children: CaseStatus[] = ['processing', 'correction_required', 'completed'];
    const progress = deriveBundleStatus(children);
    expect(progress.status).toBe('correction_required');
    expect(progress.needsApplicant).toBe(true);
    expect(progress.counts).toEqual({ processing: 1, correction_required: 1, completed: 1 });
    // After the resubmission only that child restarts; the bundle follows it.
    expect(deriveBundleStatus(['processing', 'submitted', 'completed']).status).toBe('submitted');
  });

  it('sets a refused child aside and marks the bundle partial', () => {
    expect(deriveBundleStatus(['rejected', 'completed', 'delivered'])).toMatchObject({ status: 'completed', partial: true });
    expect(deriveBundleStatus(['rejected', 'rejected'])).toMatchObject({ status: 'rejected', partial: false });
  });

  it('never lets a refused child change the status of a bundle that still has a live child', () => {
    fc.assert(
      fc.property(fc.array(status, { minLength: 1, maxLength: 8 }), (children) => {
        fc.pre(children.some((s) => s !== 'rejected'));
        expect(deriveBundleStatus([...children, 'rejected']).status).toBe(deriveBundleStatus(children).status);
      }),
    );
  });

  it('equals the children status when every child is in the same one', () => {
    fc.assert(fc.property(status, fc.integer({ min: 1, max: 6 }), (s, n) => {
      expect(deriveBundleStatus(Array(n).fill(s)).status).toBe(s);
    }));
  });

  it('refuses a bundle without children', () => {
    expect(() => deriveBundleStatus([])).toThrow(RangeError);
  });
});
