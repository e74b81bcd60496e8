import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { ServiceGuide } from '@zsb/shared/contracts/catalog';
import { buildApp } from '../../app';
import { startStack, type Session, type Stack } from '../../test/harness';
import { CasesRepository } from './cases.repository';
import { sampleFormData } from './cases.test-support';

/*
 * Case numbers and event sequences are `max() + 1`, held unique by the database. Submissions racing
 * (through two instances on PostgreSQL; through one on SQLite, whose writers queue) all get distinct
 * numbers; a number read stale is retried; a status moves once however many clerks press at once.
 */

let stack: Stack;
let second: FastifyInstance | undefined;
let applicant: Session;
let clerk: Session;
let certificate: ServiceGuide;

beforeAll(async () => {
  stack = await startStack();
  // Two apps on one SQLite file in one process would block each other's event loop on the file lock.
  if (stack.engine === 'postgres') second = await buildApp(stack.config);
  [applicant, clerk] = await Promise.all(['r001', 'staff-gjj'].map((p) => stack.login(p)));
  certificate = (await applicant.inject({ method: 'GET', url: '/api/v1/services/GJJ-0012' })).json();
});
afterAll(async () => {
  await second?.close();
  await stack?.close();
});

const instances = () => [stack.app, ...(second ? [second] : [])];
const as = (s: Session, app: FastifyInstance, o: InjectOptions) => app.inject({ ...o, headers: { ...s.headers, ...(o.headers ?? {}) } });
let seq = 0;
const submitOn = (app: FastifyInstance, key = `conc-${Date.now()}-${++seq}`) => as(applicant, app, {
  method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': key },
  payload: { itemCode: 'GJJ-0012', form: sampleFormData(certificate.form!), materials: [] },
});

describe('cases submitted and moved at the same time', () => {
  it('gives concurrent submissions distinct numbers', async () => {
    const apps = instances();
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => submitOn(apps[i % apps.length]!)));
    expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 201));
    const numbers = results.map((r) => r.json().number as string);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('answers a retry racing the first request with the same case', async () => {
    const apps = instances();
    const key = `conc-same-${Date.now()}`;
    const before = await stack.count('cases');
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => submitOn(apps[i % apps.length]!, key)));
    expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 201));
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    expect(await stack.count('cases')).toBe(before + 1);
  });

  it('takes a fresh number when the one it read was taken meanwhile', async () => {
    const real = CasesRepository.prototype.lastNumberOn;
    let stale = 1;
    // The first read lags one behind, as when another instance's submission commits in between.
    const spy = vi.spyOn(CasesRepository.prototype, 'lastNumberOn').mockImplementation(async function (this: CasesRepository, date: string) {
      const last = await real.call(this, date);
      if (!last || stale <= 0) return last;
      stale--;
      return `${last.slice(0, -6)}${String(Number(last.slice(-6)) - 1).padStart(6, '0')}`;
    });
    try {
      const r = await submitOn(stack.app);
      expect(r.statusCode, r.body).toBe(201);
      expect(stale).toBe(0);
      expect(spy.mock.calls.length).toBeGreaterThanOrEqual(2);
      expect(await stack.count('cases', { number: r.json().number })).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('moves a case once when a clerk presses many times at once: every press gets the first answer, the timeline one event', async () => {
    const c = (await submitOn(stack.app)).json();
    const apps = instances();
    const moves = await Promise.all(Array.from({ length: 6 }, (_, i) => as(clerk, apps[i % apps.length]!, {
      method: 'POST', url: `/api/v1/staff/cases/${c.id}/transitions`, payload: { to: 'pre_review' },
    })));
    expect(moves.map((m) => m.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(moves.map((m) => m.json().status))).toEqual(new Set(['pre_review']));
    const events = await stack.rows('caseEvents', { caseId: c.id });
    expect(events.map((e) => e.seq).sort()).toEqual([1, 2]);
  });

  it('lets one of two different moves pressed at the same time win, and refuses the other with 409', async () => {
    const c = (await submitOn(stack.app)).json();
    const apps = instances();
    expect((await as(clerk, apps[0]!, { method: 'POST', url: `/api/v1/staff/cases/${c.id}/transitions`, payload: { to: 'pre_review' } })).statusCode).toBe(200);
    const moves = await Promise.all([
      as(clerk, apps[0]!, { method: 'POST', url: `/api/v1/staff/cases/${c.id}/transitions`, payload: { to: 'accepted', expectedStatus: 'pre_review' } }),
      as(clerk, apps[1 % apps.length]!, { method: 'POST', url: `/api/v1/staff/cases/${c.id}/transitions`, payload: { to: 'rejected', note: '材料不符合要求', expectedStatus: 'pre_review' } }),
    ]);
    expect(moves.map((m) => m.statusCode).sort()).toEqual([200, 409]);
    const events = await stack.rows('caseEvents', { caseId: c.id });
    expect(events.map((e) => e.seq).sort((a, b) => Number(a) - Number(b))).toEqual([1, 2, 3]);
  });
});
