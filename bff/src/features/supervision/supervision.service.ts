import type { FastifyBaseLogger } from 'fastify';
import type { MonthlyReport, SupervisedItem } from '@zsb/shared/contracts/supervision';
import { DEPARTMENTS, departmentName } from '@zsb/shared/domain/regions';
import { addWorkingDays, chinaDate, isWorkingDay, workingDaysBetween } from '@zsb/shared/domain/working-days';
import { newId, nowIso } from '../../db/ids';
import type { AuthUser } from '../../platform/auth';
import { notFound } from '../../platform/errors';
import type { Leases } from '../../platform/lease';
import type { AuthService } from '../auth';
import type { CasesService } from '../cases';
import type { MessagesService } from '../messages';
import type { RatingsService } from '../ratings';
import type { WorkOrdersService } from '../work-orders';
import type { ItemRow, ReportRow, SupervisionRepository } from './supervision.repository';

export const SUPERVISION_LEASE = 'supervision';
export const SUPERVISION_LEASE_MS = 5 * 60_000;
/** How often the sweep looks (deadlines move by the day; the hour keeps warnings timely). */
export const SUPERVISION_SWEEP_MS = 60 * 60_000;
/** Months of history a report's charts show. */
export const HISTORY_MONTHS = 6;

export interface SupervisionDeps {
  repo: SupervisionRepository;
  cases: Pick<CasesService, 'openDueBy' | 'monthFigures'>;
  workOrders: Pick<WorkOrdersService, 'openDueBy' | 'monthFigures'>;
  ratings: Pick<RatingsService, 'stats'>;
  auth: Pick<AuthService, 'staffIds' | 'operatorIds'>;
  messages: Pick<MessagesService, 'send'>;
  leases: Leases;
  /** Working days before a due date at which the unit is warned. */
  warnDays: number;
  log: FastifyBaseLogger;
}

export interface SupervisionRun {
  today: string;
  ran: boolean;
  warned: number;
  escalated: number;
  resolved: number;
  /** `YYYY-MM` of the reports made now, or null when none were due. */
  reportMonth: string | null;
  reports: number;
}

/** The first working day of the month of `date` (China calendar: holidays skipped, make-up days count). */
export function firstWorkingDayOfMonth(date: string): string {
  let d = `${date.slice(0, 7)}-01`;
  while (!isWorkingDay(d)) d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return d;
}

/** The month before `YYYY-MM`. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
const chinaMidnight = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`)).toISOString();

interface Watched {
  subjectKind: 'case' | 'work_order';
  subjectId: string;
  title: string;
  departmentCode: string;
  region: string;
  dueDate: string;
  link: string;
}

/**
 * 预警督办 and 情况通报. A sweep (one instance at a time, under a lease) warns a unit's clerks of cases and
 * bad-rating work orders due within `warnDays` working days, escalates overdue ones to the operators
 * as 督办 records, and closes items whose work is done. On and after the first working day of a month
 * it makes each unit's report of the month before, once (a unique key per unit and month).
 */
export class SupervisionService {
  private current: Promise<SupervisionRun> | null = null;

  constructor(private readonly deps: SupervisionDeps) {}

  run(today: string = chinaDate()): Promise<SupervisionRun> {
    this.current ??= this.exclusive(today).finally(() => { this.current = null; });
    return this.current;
  }

  async settle(): Promise<void> {
    await this.current?.catch(() => undefined);
  }

  private async exclusive(today: string): Promise<SupervisionRun> {
    const run: SupervisionRun = { today, ran: false, warned: 0, escalated: 0, resolved: 0, reportMonth: null, reports: 0 };
    await this.deps.leases.runExclusive(SUPERVISION_LEASE, SUPERVISION_LEASE_MS, async () => {
      run.ran = true;
      await this.watch(today, run);
      await this.monthly(today, run);
    });
    return run;
  }

  // ───────────────────────────── 预警督办 ─────────────────────────────

  private async watched(today: string): Promise<Watched[]> {
    const until = addWorkingDays(today, this.deps.warnDays);
    const cases = (await this.deps.cases.openDueBy(until)).map((c): Watched => ({
      subjectKind: 'case', subjectId: c.id, title: `${c.title}（${c.number}）`, departmentCode: c.departmentCode, region: c.region, dueDate: c.dueDate,
      link: `/staff/pages/case/index?id=${encodeURIComponent(c.id)}`,
    }));
    const orders = (await this.deps.workOrders.openDueBy(until)).map((o): Watched => ({
      subjectKind: 'work_order', subjectId: o.id, title: `差评工单 ${o.itemCode}`, departmentCode: o.departmentCode, region: o.region, dueDate: o.dueDate,
      link: `/ratings/pages/work-order/index?id=${encodeURIComponent(o.id)}`,
    }));
    return [...cases, ...orders];
  }

  private async watch(today: string, run: SupervisionRun): Promise<void> {
    const { repo, auth, messages } = this.deps;
    const at = nowIso();
    const live = await this.watched(today);
    const liveKeys = new Set(live.map((w) => `${w.subjectKind}:${w.subjectId}:${w.dueDate}`));
    for (const w of live) {
      const overdue = w.dueDate < today;
      const row: ItemRow = {
        id: newId(), subjectKind: w.subjectKind, subjectId: w.subjectId, dueDate: w.dueDate, title: w.title, departmentCode: w.departmentCode,
        region: w.region, stage: 'warned', number: null, warnedAt: at, escalatedAt: null, resolvedAt: null,
      };
      if (await repo.insertItem(row)) {
        run.warned++;
        const left = workingDaysBetween(today, w.dueDate);
        for (const staff of await auth.staffIds(w.departmentCode, w.region)) {
          await messages.send(staff, {
            kind: 'supervision_warning', title: overdue ? `已超期：${w.title}` : `即将到期：${w.title}`,
            body: overdue ? `${w.title}已超过办理期限（${w.dueDate}），请尽快办结。`
              : `${w.title}将于 ${w.dueDate} 到期（还有 ${left} 个工作日），请及时办理。`,
            link: w.link, dedupeKey: `supervision:warn:${w.subjectKind}:${w.subjectId}:${w.dueDate}:${staff}`,
          });
        }
      }
      if (!overdue) continue;
      const number = `DB-${today.replaceAll('-', '')}-${newId().slice(0, 8).toUpperCase()}`;
      const escalated = await repo.escalate(w, number, at);
      if (!escalated) continue;
      run.escalated++;
      const days = workingDaysBetween(w.dueDate, today);
      const unit = departmentName(w.departmentCode) ?? w.departmentCode;
      for (const op of await auth.operatorIds()) {
        await messages.send(op, {
          kind: 'supervision_escalation', title: `督办：${unit} ${w.title}`,
          body: `督办编号 ${number}：${unit}的${w.title}已超期 ${days} 个工作日（期限 ${w.dueDate}）。`,
          link: '/supervision/pages/overview/index', dedupeKey: `supervision:escalate:${escalated.id}:${op}`,
        });
      }
      for (const staff of await auth.staffIds(w.departmentCode, w.region)) {
        await messages.send(staff, {
          kind: 'supervision_escalation', title: `已督办：${w.title}`,
          body: `${w.title}已超期 ${days} 个工作日，已列入督办（${number}），请立即办理并反馈。`,
          link: w.link, dedupeKey: `supervision:escalate:${escalated.id}:${staff}`,
        });
      }
    }
    // Done, or its due date moved (a new row watches the new date): no longer open.
    for (const item of await repo.unresolved()) {
      if (liveKeys.has(`${item.subjectKind}:${item.subjectId}:${item.dueDate}`)) continue;
      await repo.resolve(item.id, at);
      run.resolved++;
    }
  }

  /** The operator's overview: open warnings and escalations by unit, most overdue first. */
  async overview(today: string = chinaDate()): Promise<{ today: string; units: { departmentCode: string; departmentName: string | null; escalated: number; warned: number; maxDaysOverdue: number; items: SupervisedItem[] }[] }> {
    const byUnit = new Map<string, SupervisedItem[]>();
    for (const r of await this.deps.repo.unresolved()) {
      const item = this.itemOf(r, today);
      const list = byUnit.get(r.departmentCode) ?? [];
      list.push(item);
      byUnit.set(r.departmentCode, list);
    }
    const units = [...byUnit].map(([code, items]) => ({
      departmentCode: code, departmentName: departmentName(code) ?? null,
      escalated: items.filter((i) => i.stage === 'escalated').length,
      warned: items.filter((i) => i.stage === 'warned').length,
      maxDaysOverdue: Math.max(0, ...items.map((i) => i.daysOverdue)),
      items: items.sort((a, b) => b.daysOverdue - a.daysOverdue || a.dueDate.localeCompare(b.dueDate)),
    }));
    units.sort((a, b) => b.maxDaysOverdue - a.maxDaysOverdue || b.escalated - a.escalated || a.departmentCode.localeCompare(b.departmentCode));
    return { today, units };
  }

  private itemOf(r: ItemRow, today: string): SupervisedItem {
    return {
      id: r.id, number: r.number, subjectKind: r.subjectKind, subjectId: r.subjectId, title: r.title, departmentCode: r.departmentCode,
      region: r.region, dueDate: r.dueDate, stage: r.stage, daysOverdue: r.dueDate < today ? workingDaysBetween(r.dueDate, today) : 0,
      warnedAt: r.warnedAt, escalatedAt: r.escalatedAt,
    };
  }

  // ───────────────────────────── 情况通报 ─────────────────────────────

  private async monthly(today: string, run: SupervisionRun): Promise<void> {
    if (today < firstWorkingDayOfMonth(today)) return;
    const month = previousMonth(today.slice(0, 7));
    const done = new Set(await this.deps.repo.reportMonths(month));
    const missing = DEPARTMENTS.filter((d) => !done.has(d.code));
    if (missing.length === 0) return;
    run.reportMonth = month;
    const months = [month];
    while (months.length < HISTORY_MONTHS) months.unshift(previousMonth(months[0]!));
    const figures = await Promise.all(months.map((m) => this.figuresOf(m)));
    const at = nowIso();
    for (const d of missing) {
      const history = months.map((m, i) => {
        const f = figures[i]!;
        const c = f.cases.get(d.code);
        return { month: m, received: c?.received ?? 0, finishedOnTime: c?.finishedOnTime ?? 0, overdue: c?.overdue ?? 0, goodRate: null as number | null };
      });
      const stats = await this.deps.ratings.stats({ department: d.code, months: 36 });
      for (const h of history) h.goodRate = stats.trend.find((t) => t.month === h.month)?.goodRate ?? null;
      const ratingOfMonth = stats.trend.find((t) => t.month === month);
      const last = figures.at(-1)!;
      const c = last.cases.get(d.code);
      const wo = last.orders.get(d.code);
      const escalations = (await this.deps.repo.escalationsOf(d.code)).filter((e) => e.escalatedAt && chinaDate(e.escalatedAt).startsWith(month)).length;
      const data: Omit<MonthlyReport, 'id' | 'departmentCode' | 'departmentName' | 'month' | 'generatedAt'> = {
        figures: {
          received: c?.received ?? 0, finished: c?.finished ?? 0, finishedOnTime: c?.finishedOnTime ?? 0, overdue: c?.overdue ?? 0,
          ratings: ratingOfMonth?.count ?? 0, goodRate: ratingOfMonth?.goodRate ?? null, badRatings: wo?.opened ?? 0, callbacks: wo?.callbacks ?? 0,
          escalations,
        },
        history,
      };
      if (await this.deps.repo.insertReport({ id: newId(), departmentCode: d.code, month, generatedAt: at, data })) run.reports++;
    }
  }

  private async figuresOf(month: string) {
    const from = `${month}-01`;
    const to = lastDayOf(month);
    const [cases, orders] = await Promise.all([
      this.deps.cases.monthFigures(from, to),
      this.deps.workOrders.monthFigures(chinaMidnight(from), chinaMidnight(new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10))),
    ]);
    return { cases, orders };
  }

  /** Reports the caller may read: every unit for the operator, their own unit for a clerk. */
  async reports(caller: AuthUser, month?: string): Promise<MonthlyReport[]> {
    const rows = await this.deps.repo.reports({ month, departmentCode: caller.kind === 'staff' ? caller.departmentCode ?? '-' : undefined });
    return rows.map(reportOf);
  }

  async report(caller: AuthUser, id: string): Promise<MonthlyReport> {
    const row = await this.deps.repo.report(id);
    if (!row || (caller.kind === 'staff' && row.departmentCode !== caller.departmentCode)) throw notFound('No such report');
    return reportOf(row);
  }
}

function reportOf(r: ReportRow): MonthlyReport {
  const data = r.data as Pick<MonthlyReport, 'figures' | 'history'>;
  return { id: r.id, departmentCode: r.departmentCode, departmentName: departmentName(r.departmentCode) ?? null, month: r.month, generatedAt: r.generatedAt, ...data };
}
