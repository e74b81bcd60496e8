import type { z } from 'zod';
import {
  WORK_ORDER_PAGE_PATH,
  type HotlineWebhookSchema,
  type ListWorkOrdersQuerySchema,
  type RecordCallbackRequestSchema,
  type RecordRectificationRequestSchema,
  type VerdictRequestSchema,
  type WorkOrder,
  type WorkOrderStatus,
} from '@zsb/shared/contracts/work-orders';
import { maskPersonalData } from '@zsb/shared/domain/free-text';
import { CITY, departmentName, regionName } from '@zsb/shared/domain/regions';
import { chinaDate, isProvisional } from '@zsb/shared/domain/working-days';
import type { Database } from '../../platform/db';
import type { Leases } from '../../platform/lease';
import { newId } from '../../db/ids';
import type { AuthUser } from '../../platform/auth';
import { AppError, forbidden, notFound } from '../../platform/errors';
import type { HotlineAdapter } from '../../upstreams/hotline/hotline.client';
import type { MessagesService } from '../messages';
import { WorkOrdersRepository, type WorkOrderRow } from './work-orders.repository';
import {
  nearCutoff,
  stepWorkOrder,
  workOrderDeadline,
  workOrderDueDate,
  type DueDaysPolicy,
  type WorkOrderAction,
} from './work-orders.rules';

/** What a bad rating hands over when it becomes a work order. */
export interface WorkOrderSource {
  ratingId: string;
  raterUserId: string;
  departmentCode: string;
  region: string;
  itemCode: string;
  windowId: string | null;
  hallId: string | null;
  complaint: WorkOrderRow['complaint'];
}

/** Where a rating's order stands, for the rating views (rater, public list). */
export interface WorkOrderState {
  id: string;
  status: WorkOrderStatus;
  dueDate: string;
  dueDateProvisional: boolean;
  deadline: ReturnType<typeof workOrderDeadline>['state'];
  publicNote: string | null;
}

type ListQuery = z.infer<typeof ListWorkOrdersQuerySchema>;

/** How many orders one transaction of a due-date recompute reads and moves. */
const RECOMPUTE_BATCH = 200;

/** Pushes to 12345 give up after this many failed attempts; the operator sees them as `failed`. */
const MAX_PUSH_ATTEMPTS = 20;
/** A push claimed longer ago than this is taken to have died with its instance, and is tried again. */
const PUSH_CLAIM_TTL_MS = 5 * 60_000;
/** The retry sweep's lease: one instance sweeps at a time; a dead holder's lease lapses after this. */
const PUSH_SWEEP_LEASE_MS = 2 * 60_000;

export interface WorkOrdersDeps {
  database: Database;
  hotline: HotlineAdapter;
  messages: Pick<MessagesService, 'send'>;
  leases: Leases;
  policy: DueDaysPolicy;
}

/**
 * 差评工单: created inside the rating's transaction, pushed to 12345 after commit (retried by a
 * sweep), answered by the unit (callback, rectification) or by the hotline's webhook, and closed by
 * the rater's verdict. The rater's identity never leaves in any view.
 *
 * Several instances share the orders: one order per rating is a unique index; every step is a
 * conditional update from the state it was decided on; each push is claimed before 12345 is called.
 */
export class WorkOrdersService {
  private readonly repo: WorkOrdersRepository;
  private readonly db: Database;
  private readonly pushes = new Set<Promise<unknown>>();
  /** Who takes 12345's results for tickets other features pushed, by the prefix of their external id. */
  private readonly otherTickets = new Map<string, (id: string, note: string) => Promise<boolean>>();

  constructor(private readonly deps: WorkOrdersDeps) {
    this.db = deps.database;
    this.repo = new WorkOrdersRepository(deps.database);
  }

  /** Creates the order of a bad rating, inside the rating's transaction. A second order for the rating is a unique violation. */
  async createForRating(src: WorkOrderSource, now = new Date()): Promise<{ id: string; dueDate: string }> {
    const id = newId();
    const at = now.toISOString();
    const dueDate = workOrderDueDate(now, src.region, this.deps.policy);
    await this.repo.insert({
      id, ratingId: src.ratingId, raterUserId: src.raterUserId, departmentCode: src.departmentCode, region: src.region,
      itemCode: src.itemCode, windowId: src.windowId, hallId: src.hallId, complaint: src.complaint, round: 1, status: 'open',
      dueDate, hotlineState: 'pending', hotlineTicketNo: null, hotlineNote: null, hotlineAttempts: 0,
      callbackContactedAt: null, callbackMethod: null, callbackSummary: null, callbackRecordedAt: null,
      rectificationNote: null, rectificationPublicNote: null, rectificationSource: null, rectificationRecordedAt: null,
      verdict: null, verdictComment: null, verdictAt: null, createdAt: at, updatedAt: at, closedAt: null,
    });
    await this.repo.addEvent({ workOrderId: id, at, round: 1, action: 'created', note: null, actor: 'system' });
    return { id, dueDate };
  }

  /** Keeps the complaint current while the rater may still edit the rating (inside its transaction). */
  async updateComplaint(id: string, complaint: WorkOrderRow['complaint']): Promise<void> {
    await this.repo.update(id, { complaint, updatedAt: new Date().toISOString() });
  }

  /** An excluded (false or malicious) rating no longer binds the unit: its open order closes (once). */
  async closeForExcludedRating(id: string, reason: string): Promise<void> {
    const at = new Date().toISOString();
    await this.db.transaction(async () => {
      const closed = await this.repo.closeIfOpen(id, at);
      if (closed) await this.repo.addEvent({ workOrderId: id, at, round: closed.round, action: 'closed', note: reason, actor: 'operator' });
    });
  }

  /** Tells the rater after the rating committed; safe to repeat (dedupe key). */
  async announce(id: string): Promise<void> {
    const row = await this.repo.byId(id);
    if (!row) return;
    const dept = departmentName(row.departmentCode) ?? row.departmentCode;
    await this.deps.messages.send(row.raterUserId, {
      kind: 'work_order', title: '您的差评已转为整改工单',
      body: `承办单位${dept}将在 ${row.dueDate}${isProvisional(row.dueDate) ? '（暂定，以当年节假日安排为准）' : ''} 前与您联系并整改，整改后请您评价整改结果。`,
      link: `${WORK_ORDER_PAGE_PATH}?id=${id}`, dedupeKey: `work-order:${id}:created`,
    });
  }

  /**
   * A year's holiday schedule was published (`app.calendar.onSchedulePublished`): every order still
   * owed (`statuses`) whose due date is on or after `dueOnOrAfter` gets it computed again by the rule
   * that computed it — `workOrderDueDate(round start, region, policy)`, round 1 starting at `created_at`
   * and round 2 at its `reopened` event — now on the published calendar. Batches of `RECOMPUTE_BATCH`,
   * each read and moved in one transaction, each move a conditional update (same date, status and
   * round). The rater is told once per order and year.
   *
   * 12345: an order not pushed yet (`pending`, `failed`) is pushed with the date its row holds then,
   * so it carries the new one. An order already pushed keeps the date 12345 was given: the hotline's
   * only call is the create, idempotent on our id (a re-push answers the existing ticket and changes
   * nothing), so there is nothing to re-push to.
   */
  async recomputeDueDates(year: number, target: { dueOnOrAfter: string; statuses: readonly string[] }): Promise<{ checked: number; moved: number }> {
    let afterId = '';
    let checked = 0;
    let moved = 0;
    if (target.statuses.length === 0) return { checked, moved };
    for (;;) {
      const batch = await this.db.transaction(async () => {
        const rows = await this.repo.runningClocks({ dueOnOrAfter: target.dueOnOrAfter, statuses: target.statuses, afterId, limit: RECOMPUTE_BATCH });
        const at = new Date().toISOString();
        let n = 0;
        for (const r of rows) {
          const start = r.round === 1 ? r.createdAt : r.reopenedAt;
          if (!start) continue;
          const dueDate = workOrderDueDate(new Date(start), r.region, this.deps.policy);
          if (dueDate === r.dueDate || !(await this.repo.moveDueDate(r.id, r, dueDate, at))) continue;
          n++;
          await this.deps.messages.send(r.raterUserId, {
            kind: 'work_order', title: '整改工单期限调整',
            body: `您的差评整改工单期限已按国务院办公厅公布的${year}年节假日安排重新计算：由 ${r.dueDate} 调整为 ${dueDate}。`,
            link: `${WORK_ORDER_PAGE_PATH}?id=${r.id}`, dedupeKey: `work-order:${r.id}:due:${year}`,
          });
        }
        return { rows, n };
      });
      checked += batch.rows.length;
      moved += batch.n;
      if (batch.rows.length < RECOMPUTE_BATCH) return { checked, moved };
      afterId = batch.rows.at(-1)!.id;
    }
  }

  /** Pushes one order to 12345 in the background (after its rating committed). */
  pushSoon(id: string): void {
    const p = this.push(id).catch(() => false).finally(() => this.pushes.delete(p));
    this.pushes.add(p);
  }

  /** Waits for background pushes (tests, shutdown). */
  async settle(): Promise<void> {
    while (this.pushes.size) await Promise.allSettled([...this.pushes]);
  }

  /**
   * The retry sweep, under a lease so one instance runs it at a time: pushes every order not yet
   * accepted by 12345. Null when another instance holds the lease.
   */
  async sweepPushes(limit = 100): Promise<number | null> {
    let pushed: number | null = null;
    await this.deps.leases.runExclusive('work-orders.hotline-push', PUSH_SWEEP_LEASE_MS, async () => {
      pushed = await this.pushPending(limit);
    });
    return pushed;
  }

  /** One pass over the orders still to push; each is claimed first, so overlapping passes push it once. */
  async pushPending(limit = 100): Promise<number> {
    let pushed = 0;
    const staleBefore = new Date(Date.now() - PUSH_CLAIM_TTL_MS).toISOString();
    for (const { id } of await this.repo.unpushed(limit, staleBefore, MAX_PUSH_ATTEMPTS)) {
      if (await this.push(id)) pushed++;
    }
    return pushed;
  }

  private async push(id: string): Promise<boolean> {
    const claimedAt = new Date().toISOString();
    const row = await this.repo.claimPush(id, claimedAt, new Date(Date.now() - PUSH_CLAIM_TTL_MS).toISOString());
    if (!row) return false;
    const c = row.complaint;
    const place = row.windowId ? `窗口 ${row.windowId}` : `渠道 ${c.channel}`;
    let ticket: { ticketNo: string } | null = null;
    try {
      // Outside any transaction: the claim, not a lock, keeps other instances off this order meanwhile.
      ticket = await this.deps.hotline.pushWorkOrder({
        externalId: row.id,
        title: `好差评差评整改：${departmentName(row.departmentCode) ?? row.departmentCode}`,
        content: `事项 ${row.itemCode}，${place}，整体满意度 ${c.overall} 星。${c.comment ?? ''}`.trim(),
        departmentCode: row.departmentCode, region: row.region, dueDate: row.dueDate,
      });
    } catch {
      ticket = null;
    }
    const at = new Date().toISOString();
    // Attempts are counted when a push ends: none yet means this is the first one to fail.
    const firstFailure = row.hotlineAttempts === 0;
    return this.db.transaction(async () => {
      if (ticket) {
        if (!(await this.repo.finishPush(id, row.hotlineAttempts, { hotlineState: 'pushed', hotlineTicketNo: ticket.ticketNo, updatedAt: at }))) return false;
        await this.repo.addEvent({ workOrderId: id, at, round: row.round, action: 'pushed', note: ticket.ticketNo, actor: 'system' });
        return true;
      }
      if (!(await this.repo.finishPush(id, row.hotlineAttempts, { hotlineState: 'failed', updatedAt: at }))) return false;
      // One history line for the first failure; later retries only count attempts.
      if (firstFailure) await this.repo.addEvent({ workOrderId: id, at, round: row.round, action: 'push_failed', note: null, actor: 'system' });
      return false;
    });
  }

  async list(caller: AuthUser, q: ListQuery): Promise<WorkOrder[]> {
    const today = chinaDate(new Date());
    const scope = caller.kind === 'staff'
      ? { departmentCode: caller.departmentCode ?? '-', region: staffRegion(caller) }
      : caller.kind === 'operator' ? { departmentCode: q.department } : { raterUserId: caller.userId };
    const rows = await this.repo.list({ ...scope, status: q.status, deadline: q.deadline, today, cutoff: nearCutoff(today), limit: q.limit });
    // Lists show free text masked to everyone but the rater, who wrote it.
    return this.views(rows, (r) => r.raterUserId === caller.userId);
  }

  /**
   * One order. The responsible unit keeps the complaint's original text for its follow-up (calling the
   * rater back, 12345); the operator sees it masked like any list; the rater sees their own.
   */
  async get(caller: AuthUser, id: string): Promise<WorkOrder> {
    const row = await this.visible(caller, id);
    const unit = caller.kind === 'staff' && caller.departmentCode === row.departmentCode;
    return (await this.views([row], (r) => unit || r.raterUserId === caller.userId))[0]!;
  }

  /** 预警督办: running orders due on or before `dueOnOrBefore`, without the rater or the complaint. */
  async openDueBy(dueOnOrBefore: string): Promise<{ id: string; itemCode: string; departmentCode: string; region: string; dueDate: string }[]> {
    return this.repo.openDueBy(dueOnOrBefore);
  }

  /** 情况通报: per department, bad-rating orders opened and callbacks recorded in [from, to) (ISO instants). */
  async monthFigures(from: string, to: string): Promise<Map<string, { opened: number; callbacks: number }>> {
    return new Map((await this.repo.monthFigures(from, to)).map((r) => [r.departmentCode, { opened: Number(r.opened ?? 0), callbacks: Number(r.callbacks ?? 0) }]));
  }

  /** States of several orders for rating views; no rater identity, nothing private. */
  async states(ids: string[]): Promise<Map<string, WorkOrderState>> {
    const today = chinaDate(new Date());
    return new Map((await this.repo.byIds(ids)).map((r) => [r.id, {
      id: r.id, status: r.status as WorkOrderStatus, dueDate: r.dueDate, dueDateProvisional: isProvisional(chinaDate(r.createdAt), r.dueDate),
      deadline: workOrderDeadline(r.status as WorkOrderStatus, r.dueDate, today).state, publicNote: r.rectificationPublicNote,
    }]));
  }

  async recordCallback(caller: AuthUser, id: string, body: z.infer<typeof RecordCallbackRequestSchema>): Promise<WorkOrder> {
    const row = await this.unitOrder(caller, id);
    const at = new Date().toISOString();
    await this.transition(row, { type: 'callback' }, {
      callbackContactedAt: new Date(body.contactedAt).toISOString(), callbackMethod: body.method, callbackSummary: body.summary, callbackRecordedAt: at,
    }, `staff:${row.departmentCode}`, body.summary);
    await this.deps.messages.send(row.raterUserId, {
      kind: 'work_order', title: '承办单位已就您的差评回访',
      body: body.method === 'in_app' ? body.summary : `承办单位已于 ${chinaDate(body.contactedAt)} 与您联系，整改完成后将请您评价。`,
      link: `${WORK_ORDER_PAGE_PATH}?id=${id}`, dedupeKey: `work-order:${id}:r${row.round}:callback`,
    });
    return this.get(caller, id);
  }

  async recordRectification(caller: AuthUser, id: string, body: z.infer<typeof RecordRectificationRequestSchema>): Promise<WorkOrder> {
    const row = await this.unitOrder(caller, id);
    await this.transition(row, { type: 'rectification' }, {
      rectificationNote: body.note, rectificationPublicNote: body.publicNote ?? null, rectificationSource: 'unit',
      rectificationRecordedAt: new Date().toISOString(),
    }, `staff:${row.departmentCode}`, body.note);
    await this.askForVerdict(row);
    return this.get(caller, id);
  }

  async verdict(caller: AuthUser, id: string, body: z.infer<typeof VerdictRequestSchema>): Promise<WorkOrder> {
    const row = await this.visible(caller, id);
    if (row.raterUserId !== caller.userId) throw forbidden('Only the rater rates the rectification');
    const at = new Date();
    await this.transition(row, { type: 'verdict', verdict: body.verdict }, {
      verdict: body.verdict, verdictComment: body.comment ?? null, verdictAt: at.toISOString(),
    }, 'rater', body.comment ?? null, async (step) => {
      if (!step.reopened) return;
      // Round 2 starts now with a fresh due date; round 1's answers stay in the history.
      await this.repo.update(id, {
        dueDate: workOrderDueDate(at, row.region, this.deps.policy), callbackContactedAt: null, callbackMethod: null,
        callbackSummary: null, callbackRecordedAt: null, rectificationNote: null, rectificationSource: null, rectificationRecordedAt: null,
      });
      await this.repo.addEvent({ workOrderId: id, at: at.toISOString(), round: 2, action: 'reopened', note: null, actor: 'system' });
    });
    return this.get(caller, id);
  }

  /**
   * Lets a later feature (随手拍, 咨询) take the hotline's results for the tickets it pushed with an external
   * id `<prefix><its id>`; `apply` runs inside the delivery's transaction and answers whether it changed anything.
   */
  onHotlineResult(prefix: string, apply: (id: string, note: string) => Promise<boolean>): void {
    this.otherTickets.set(prefix, apply);
  }

  /**
   * The 12345 hotline reports a result (signature already checked). Each (ticket, event, time) is
   * applied once (unique key on the deliveries); a result for an order the unit already answered is
   * recorded and changes nothing else.
   */
  async hotlineResult(body: z.infer<typeof HotlineWebhookSchema>): Promise<'applied' | 'duplicate' | 'ignored'> {
    const outcome = await this.db.transaction(async () => {
      const fresh = await this.repo.recordDelivery({ ticketNo: body.ticketNo, event: body.event, at: body.at, receivedAt: new Date().toISOString(), result: 'received' });
      if (!fresh) return { result: 'duplicate' as const };
      const other = [...this.otherTickets].find(([prefix]) => body.externalId.startsWith(prefix));
      if (other) return { result: (await other[1](body.externalId.slice(other[0].length), body.note)) ? 'applied' as const : 'ignored' as const };
      const row = (await this.repo.byTicket(body.ticketNo)) ?? (await this.repo.byId(body.externalId));
      if (!row) return { result: 'ignored' as const };
      const step = stepWorkOrder(row.status as WorkOrderStatus, row.round, { type: 'hotline_resolved' });
      const at = new Date().toISOString();
      await this.repo.update(row.id, { hotlineState: 'resolved', hotlineNote: body.note, hotlineTicketNo: row.hotlineTicketNo ?? body.ticketNo, updatedAt: at });
      if (!step.ok) return { result: 'ignored' as const };
      const applied = await this.repo.step(row.id, row, { status: step.status, rectificationNote: body.note, rectificationSource: 'hotline', rectificationRecordedAt: at });
      if (!applied) return { result: 'ignored' as const };
      await this.repo.addEvent({ workOrderId: row.id, at, round: row.round, action: 'hotline_resolved', note: body.note, actor: 'hotline' });
      return { result: 'applied' as const, row };
    });
    if (outcome.result === 'applied' && 'row' in outcome && outcome.row) await this.askForVerdict(outcome.row);
    return outcome.result;
  }

  async overview() {
    const today = chinaDate(new Date());
    const { byDepartment, byStatus } = await this.repo.overview(today, nearCutoff(today));
    const sum = (k: 'open' | 'near' | 'overdue') => byDepartment.reduce((a, d) => a + Number(d[k] ?? 0), 0);
    return {
      open: sum('open'), near: sum('near'), overdue: sum('overdue'),
      awaitingVerdict: byStatus.rectified ?? 0, closed: byStatus.closed ?? 0,
      byDepartment: byDepartment.map((d) => ({
        departmentCode: d.departmentCode, departmentName: departmentName(d.departmentCode) ?? d.departmentCode,
        open: Number(d.open), near: Number(d.near ?? 0), overdue: Number(d.overdue ?? 0),
      })).sort((a, b) => b.overdue - a.overdue || b.near - a.near || b.open - a.open),
    };
  }

  private async askForVerdict(row: WorkOrderRow): Promise<void> {
    await this.deps.messages.send(row.raterUserId, {
      kind: 'work_order', title: '整改已完成，请评价整改结果',
      body: `${departmentName(row.departmentCode) ?? row.departmentCode}已完成整改，请选择满意、基本满意或不满意。`,
      link: `${WORK_ORDER_PAGE_PATH}?id=${row.id}`, dedupeKey: `work-order:${row.id}:r${row.round}:rectified`,
    });
  }

  /**
   * Applies one step of the life cycle with its fields and history line, or refuses with 409 — also
   * when another request (on any instance) moved the order on since it was read.
   */
  private async transition(
    row: WorkOrderRow, action: WorkOrderAction, set: Partial<WorkOrderRow>, actor: string, note: string | null,
    after?: (step: { reopened?: boolean }) => Promise<void>,
  ) {
    const step = stepWorkOrder(row.status as WorkOrderStatus, row.round, action);
    const refuse = () => new AppError(409, 'WORK_ORDER_TRANSITION_NOT_ALLOWED', `A work order that is ${row.status} cannot take a ${action.type}`);
    if (!step.ok) throw refuse();
    const at = new Date().toISOString();
    await this.db.transaction(async () => {
      const moved = await this.repo.step(row.id, row, {
        ...set, status: step.status, round: step.round, updatedAt: at, ...(step.status === 'closed' ? { closedAt: at } : {}),
      });
      if (!moved) throw refuse();
      await this.repo.addEvent({ workOrderId: row.id, at, round: row.round, action: action.type, note, actor });
      if (step.status === 'closed') await this.repo.addEvent({ workOrderId: row.id, at, round: row.round, action: 'closed', note: null, actor: 'system' });
      await after?.(step);
    });
    return step;
  }

  /** An order the caller may see; anything else is 404, so ids reveal nothing. */
  private async visible(caller: AuthUser, id: string): Promise<WorkOrderRow> {
    const row = await this.repo.byId(id);
    if (!row) throw notFound('No such work order');
    const unitStaff = caller.kind === 'staff' && caller.departmentCode === row.departmentCode
      && (staffRegion(caller) === undefined || staffRegion(caller) === row.region);
    if (caller.kind === 'operator' || unitStaff || row.raterUserId === caller.userId) return row;
    throw notFound('No such work order');
  }

  /** An order the caller answers for: staff of its unit only. */
  private async unitOrder(caller: AuthUser, id: string): Promise<WorkOrderRow> {
    const row = await this.visible(caller, id);
    if (caller.kind !== 'staff' || caller.departmentCode !== row.departmentCode) throw forbidden('Only staff of the responsible unit answer a work order');
    return row;
  }

  /** Orders as the caller sees them; free text is masked (`maskPersonalData`) unless `original(row)`. */
  private async views(rows: WorkOrderRow[], original: (row: WorkOrderRow) => boolean): Promise<WorkOrder[]> {
    const today = chinaDate(new Date());
    const events = await this.repo.eventsOf(rows.map((r) => r.id));
    return rows.map((r) => this.masked(original(r), {
      id: r.id, ratingId: r.ratingId, round: r.round, status: r.status as WorkOrderStatus,
      departmentCode: r.departmentCode, departmentName: departmentName(r.departmentCode) ?? r.departmentCode,
      region: r.region, regionName: regionName(r.region) ?? r.region, itemCode: r.itemCode, windowId: r.windowId, hallId: r.hallId,
      rating: r.complaint, dueDate: r.dueDate, deadline: workOrderDeadline(r.status as WorkOrderStatus, r.dueDate, today),
      dueDateProvisional: isProvisional(chinaDate(r.createdAt), r.dueDate),
      // A push in flight is still pending to anyone looking.
      hotline: { state: (r.hotlineState === 'pushing' ? 'pending' : r.hotlineState) as WorkOrder['hotline']['state'], ticketNo: r.hotlineTicketNo, note: r.hotlineNote },
      callback: r.callbackRecordedAt ? {
        contactedAt: r.callbackContactedAt!, method: r.callbackMethod as NonNullable<WorkOrder['callback']>['method'],
        summary: r.callbackSummary!, recordedAt: r.callbackRecordedAt,
      } : null,
      rectification: r.rectificationRecordedAt ? {
        note: r.rectificationNote!, publicNote: r.rectificationPublicNote,
        source: r.rectificationSource as 'unit' | 'hotline', recordedAt: r.rectificationRecordedAt,
      } : null,
      verdict: r.verdictAt ? { verdict: r.verdict as NonNullable<WorkOrder['verdict']>['verdict'], comment: r.verdictComment, at: r.verdictAt } : null,
      history: (events.get(r.id) ?? []).map((e) => ({ at: e.at, round: e.round, action: e.action as WorkOrder['history'][number]['action'], note: e.note })),
      createdAt: r.createdAt, closedAt: r.closedAt,
    }));
  }

  /** Every free text of an order (the complaint, notes, summaries, the verdict) masked, unless `keep`. */
  private masked(keep: boolean, o: WorkOrder): WorkOrder {
    if (keep) return o;
    return {
      ...o,
      rating: { ...o.rating, comment: maskPersonalData(o.rating.comment) },
      hotline: { ...o.hotline, note: maskPersonalData(o.hotline.note) },
      callback: o.callback ? { ...o.callback, summary: maskPersonalData(o.callback.summary) } : null,
      rectification: o.rectification
        ? { ...o.rectification, note: maskPersonalData(o.rectification.note), publicNote: maskPersonalData(o.rectification.publicNote) }
        : null,
      verdict: o.verdict ? { ...o.verdict, comment: maskPersonalData(o.verdict.comment) } : null,
      history: o.history.map((h) => ({ ...h, note: maskPersonalData(h.note) })),
    };
  }
}

/** A district clerk answers for their district; a municipal one for the whole city. */
function staffRegion(caller: AuthUser): string | undefined {
  return caller.region && caller.region !== CITY.code ? caller.region : undefined;
}
