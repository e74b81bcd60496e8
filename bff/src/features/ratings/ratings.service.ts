import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type {
  CreateRatingRequest,
  ExcludeRatingRequestSchema,
  PublicRating,
  PublicRatingsQuerySchema,
  Rating,
  RatingStats,
  RatingStatsQuerySchema,
  ReviewRating,
} from '@zsb/shared/contracts/ratings';
import {
  DEFAULT_RATING_AFTER_DAYS,
  DEFAULT_RATING_STARS,
  EDIT_WINDOW_MS,
  decideRatingWrite,
  duplicateTextKey,
  monthsEndingWith,
  needsWorkOrder,
  ratingMonth,
  reviewFlags,
  type RatingOrigin,
  type RatingTag,
  type ReviewFlag,
} from '@zsb/shared/domain/rating';
import { ALL_SCOPE_KEY, resolveStatsScope, summarize, type RatingFacts, type StatsScope } from '@zsb/shared/domain/rating-stats';
import { maskPersonalData } from '@zsb/shared/domain/free-text';
import { maskName, maskPhone } from '@zsb/shared/domain/masking';
import { CITY, departmentName, regionName } from '@zsb/shared/domain/regions';
import { chinaDate } from '@zsb/shared/domain/working-days';
import type { Db, Sqlite } from '../../db/client';
import { newId } from '../../db/ids';
import type { AuditService } from '../../platform/audit';
import type { AuthUser } from '../../platform/auth';
import { AppError, notFound } from '../../platform/errors';
import { runIdempotent } from '../../platform/idempotency';
import type { CasesService } from '../cases/cases.service';
import type { HallsService } from '../halls/halls.service';
import type { MessagesService } from '../messages/messages.service';
import type { WorkOrdersService, WorkOrderState } from '../work-orders/work-orders.service';
import { GroupCommit } from './ratings.commit';
import { RatingLimiter, type RaterKeys } from './ratings.limiter';
import { RatingsRepository, type RatingRow } from './ratings.repository';

/** The cases feature as ratings use it: the applicant's own case, and cases completed in (after, until]. */
export type RatableCases = Pick<CasesService, 'getCaseForRating' | 'completedCases'>;

export interface RaterDirectory {
  /** Name and phone of a signed-in person. */
  person(userId: string): { name: string; phone: string | null } | null;
}

export interface RatingsDeps {
  db: Db;
  sqlite: Sqlite;
  halls: HallsService;
  workOrders: WorkOrdersService;
  messages: MessagesService;
  audit: AuditService;
  people: RaterDirectory;
  cases: RatableCases;
  /** A catalog item's department and name, or null when there is no such item. */
  items: (code: string) => { departmentCode: string; name: string } | null;
  limits: { enabled: boolean; perUserPerHour: number; perDevicePerHour: number; perIpPerHour: number };
}

export interface RequestMeta {
  ip: string;
  deviceId: string | null;
  idempotencyKey: string | undefined;
}

/** Same normalized comment this many times within this window → flagged. */
const DUPLICATE_TEXT_WINDOW_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const RATABLE_CASE_STATUSES = ['completed', 'delivered'];
const RECENT_IN_STATS = 5;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

type Place = Pick<RatingRow, 'itemCode' | 'windowId' | 'hallId' | 'caseId' | 'departmentCode' | 'region'>;

/**
 * 好差评: accepts ratings (idempotent, rate-limited, flagged for review), keeps the public
 * aggregates in the same transaction as each rating, turns real-name bad ratings into work orders,
 * answers public results from the aggregates, and gives the operator review and exclusion.
 */
export class RatingsService {
  private readonly repo: RatingsRepository;
  private readonly limiter: RatingLimiter;
  /** Ratings arriving together share one transaction and commit; see ratings.commit.ts. */
  private readonly commits: GroupCommit;

  constructor(private readonly deps: RatingsDeps) {
    this.repo = new RatingsRepository(deps.db, deps.sqlite);
    this.commits = new GroupCommit(deps.sqlite, this.repo.groupHooks);
    this.limiter = new RatingLimiter({
      perUserPerHour: deps.limits.perUserPerHour, perDevicePerHour: deps.limits.perDevicePerHour,
      perIpPerHour: deps.limits.perIpPerHour, burstWindowMs: 10 * 60_000,
    });
  }

  async create(input: CreateRatingRequest, caller: AuthUser | null, meta: RequestMeta): Promise<{ outcome: 'created' | 'updated'; rating: Rating }> {
    const place = this.placeOf(input, caller);
    const keys: RaterKeys = { userId: caller?.userId ?? null, deviceId: meta.deviceId, ip: meta.ip };
    const deviceHash = meta.deviceId ? sha256(`device:${meta.deviceId}`) : null;
    const ipHash = sha256(`ip:${meta.ip}`);
    const userKey = caller ? `user:${caller.userId}` : `anon:${deviceHash ?? ipHash}`;
    let created: { workOrderId: string | null } = { workOrderId: null };
    const result = await this.commits.run(() => runIdempotent(this.deps.db, { userKey, key: meta.idempotencyKey, route: 'POST /api/v1/ratings', body: input }, () => {
      const now = new Date();
      if (this.deps.limits.enabled) {
        const verdict = this.limiter.check(keys, now.getTime());
        if (!verdict.allowed) {
          throw new AppError(429, 'RATE_LIMITED', 'Too many ratings, try again later', undefined, { 'retry-after': String(verdict.retryAfterSeconds) });
        }
      }
      const out = this.write(input, place, caller, keys, { now, deviceHash, ipHash });
      this.limiter.record(keys, now.getTime());
      created = out;
      return { outcome: out.outcome, rating: out.rating };
    }));
    if (!result.replayed && created.workOrderId) {
      this.deps.workOrders.announce(created.workOrderId);
      this.deps.workOrders.pushSoon(created.workOrderId);
    }
    return result.body;
  }

  /** The window or case a rating is about, checked: unknown → 4xx, and nothing is written. */
  private placeOf(input: CreateRatingRequest, caller: AuthUser | null): Place {
    if (input.channel === 'window') {
      const found = this.deps.halls.findWindow(input.windowId);
      if (!found) throw new AppError(422, 'RATING_WINDOW_NOT_FOUND', 'No such window', [{ path: 'body.windowId', message: 'unknown window' }]);
      if (this.deps.items(input.itemCode)?.departmentCode !== found.window.departmentCode) {
        throw new AppError(422, 'RATING_ITEM_MISMATCH', 'This window does not handle that item', [{ path: 'body.itemCode', message: 'not an item of this window' }]);
      }
      return { itemCode: input.itemCode, windowId: found.window.id, hallId: found.hall.id, caseId: null, departmentCode: found.window.departmentCode, region: found.hall.region };
    }
    if (!caller) throw new AppError(401, 'UNAUTHENTICATED', 'Sign in to rate a case', undefined, { 'www-authenticate': 'Bearer' });
    const c = this.deps.cases.getCaseForRating(input.caseId, caller.userId);
    if (!c) throw notFound('No such case');
    if (!RATABLE_CASE_STATUSES.includes(c.status) || !c.completedAt) throw new AppError(409, 'RATING_CASE_NOT_COMPLETED', 'A case can be rated once it is completed');
    if (c.itemCode !== input.itemCode) {
      throw new AppError(422, 'RATING_ITEM_MISMATCH', 'The case is for another item', [{ path: 'body.itemCode', message: 'not the item of this case' }]);
    }
    return { itemCode: c.itemCode, windowId: null, hallId: null, caseId: c.caseId, departmentCode: c.departmentCode, region: c.region };
  }

  /** Inside the group's transaction, in its own savepoint: the rating row, every aggregate it touches, and its work order. */
  private write(
    input: CreateRatingRequest, place: Place, caller: AuthUser | null, keys: RaterKeys,
    ctx: { now: Date; deviceHash: string | null; ipHash: string },
  ): { outcome: 'created' | 'updated'; rating: Rating; workOrderId: string | null } {
    const { now } = ctx;
    const at = now.toISOString();
    const existing = place.caseId && caller ? this.repo.byCaseAndUser(place.caseId, caller.userId) : undefined;
    const decision = decideRatingWrite(existing ? { origin: existing.origin as RatingOrigin, createdAt: new Date(existing.createdAt) } : null, now);
    if (decision === 'refuse') throw new AppError(409, 'RATING_EDIT_WINDOW_CLOSED', 'A rating can be changed within 24 hours of giving it');
    if (existing?.status === 'excluded') throw new AppError(409, 'RATING_ALREADY_EXCLUDED', 'This rating was excluded after review');

    const commentKeyText = duplicateTextKey(input.comment);
    const commentKey = commentKeyText ? sha256(commentKeyText) : null;
    const sameTextBefore = commentKey ? this.repo.sameTextSince(commentKey, new Date(now.getTime() - DUPLICATE_TEXT_WINDOW_MS).toISOString()) : 0;
    const newFlags = reviewFlags({ sameTextBefore, actorRecentBefore: this.limiter.recentBurst(keys, now.getTime()) });
    const flags = [...new Set([...(existing?.flags ?? []), ...newFlags])] as ReviewFlag[];
    const review = existing && existing.review !== 'none' ? existing.review : flags.length ? 'pending' : 'none';
    const person = caller ? this.deps.people.person(caller.userId) : null;

    const values = {
      channel: input.channel, overall: input.overall, indicators: input.indicators as Record<string, number>,
      comment: input.comment ?? null, tags: input.tags ?? [], commentKey, flags, review, updatedAt: at,
    };
    const keep = decision === 'update' ? existing! : null;
    const row: RatingRow = {
      id: existing?.id ?? newId(),
      userId: caller?.userId ?? null,
      raterNameMasked: person ? maskName(person.name) : null,
      realName: caller !== null,
      origin: 'rated',
      ...place,
      month: keep?.month ?? ratingMonth(now),
      ...values,
      deviceHash: ctx.deviceHash, ipHash: ctx.ipHash,
      status: 'active', exclusionKind: null, exclusionReason: null, excludedAt: null, excludedBy: null,
      workOrderId: existing?.workOrderId ?? null,
      createdAt: keep?.createdAt ?? at,
    };

    if (existing) this.repo.applyAggregates(factsOf(existing), -1);
    this.repo.applyAggregates(factsOf(row), 1);

    let newOrder: string | null = null;
    const complaint = { overall: row.overall, indicators: row.indicators, comment: row.comment, tags: row.tags, channel: row.channel, createdAt: row.createdAt };
    if (row.workOrderId) {
      this.deps.workOrders.updateComplaint(row.workOrderId, complaint);
    } else if (needsWorkOrder({ overall: row.overall, realName: row.realName, origin: 'rated' })) {
      newOrder = this.deps.workOrders.createForRating({
        ratingId: row.id, raterUserId: caller!.userId, departmentCode: row.departmentCode, region: row.region, itemCode: row.itemCode,
        windowId: row.windowId, hallId: row.hallId, complaint,
      }, now).id;
      row.workOrderId = newOrder;
    }

    if (existing) this.repo.update(row.id, row);
    else this.repo.insert(row);
    return { outcome: decision === 'update' ? 'updated' : 'created', rating: this.view(row, now), workOrderId: newOrder };
  }

  /**
   * Completed cases still unrated 7 days after completion count as 基本满意 under origin `default`.
   * Restart-safe: one rating per (case, person) is a unique index, and the job resumes a day before
   * the newest default it wrote.
   */
  applyDefaults(now = new Date(), batch = 500): number {
    const { cases } = this.deps;
    const afterMs = DEFAULT_RATING_AFTER_DAYS * DAY_MS;
    const latest = this.repo.latestDefaultAt();
    let after = latest ? new Date(Date.parse(latest) - afterMs - DAY_MS).toISOString() : '1970-01-01T00:00:00.000Z';
    const until = new Date(now.getTime() - afterMs).toISOString();
    let written = 0;
    for (;;) {
      const page = cases.completedCases(after, until, batch);
      if (!page.length) break;
      this.deps.db.transaction(() => {
        for (const c of page) {
          const at = new Date(Date.parse(c.completedAt) + afterMs).toISOString();
          const row: RatingRow = {
            id: newId(), userId: c.userId, raterNameMasked: null, realName: true, origin: 'default', channel: 'online',
            itemCode: c.itemCode, windowId: null, hallId: null, caseId: c.caseId, departmentCode: c.departmentCode, region: c.region,
            month: ratingMonth(new Date(at)), overall: DEFAULT_RATING_STARS, indicators: {}, comment: null, tags: [], commentKey: null,
            deviceHash: null, ipHash: null, flags: [], review: 'none', status: 'active', exclusionKind: null, exclusionReason: null,
            excludedAt: null, excludedBy: null, workOrderId: null, createdAt: at, updatedAt: at,
          };
          if (this.repo.insertDefault(row)) {
            this.repo.applyAggregates(factsOf(row), 1);
            written++;
          }
        }
      });
      after = page[page.length - 1]!.completedAt;
      if (page.length < batch) break;
    }
    return written;
  }

  stats(q: z.infer<typeof RatingStatsQuerySchema>): RatingStats {
    const { scope, scopeKey } = resolveStatsScope(q)!;
    const name = this.scopeName(scope, scopeKey, q);
    const rows = this.repo.aggregatesOf(scope, scopeKey);
    const rated = rows.filter((r) => r.origin === 'rated');
    const byMonth = new Map(rated.map((r) => [r.month, r]));
    const trend = monthsEndingWith(ratingMonth(new Date()), q.months).map((month) => {
      const s = summarize(RatingsRepository.sum(byMonth.has(month) ? [byMonth.get(month)!] : []));
      return { month, count: s.count, goodRate: s.goodRate, averageOverall: s.averages.overall };
    });
    return {
      scope: { kind: scope, key: scopeKey, name },
      summary: summarize(RatingsRepository.sum(rated)),
      trend,
      defaults: { count: RatingsRepository.sum(rows.filter((r) => r.origin === 'default')).count },
      recent: this.publicList({ ...q, limit: RECENT_IN_STATS }).items,
    };
  }

  publicList(q: Omit<z.infer<typeof PublicRatingsQuerySchema>, 'bad'> & { bad?: 'true' | 'false' }): { items: PublicRating[]; next: string | null } {
    const { scope, scopeKey } = resolveStatsScope(q)!;
    const values = scope === 'department_region' ? [q.department!, q.region!] : scope === 'all' ? [] : [scopeKey];
    const before = q.before ? decodeCursor(q.before) : undefined;
    const rows = this.repo.listed(scope, values, { bad: q.bad === 'true', before, limit: q.limit });
    const orders = this.deps.workOrders.states(rows.flatMap((r) => (r.workOrderId ? [r.workOrderId] : [])));
    const items = rows.map((r): PublicRating => {
      const wo = r.workOrderId ? orders.get(r.workOrderId) : undefined;
      return {
        // Published to anyone: personal data typed into the comment or the unit's note is masked.
        id: r.id, overall: r.overall, comment: maskPersonalData(r.comment), tags: r.tags as RatingTag[], channel: r.channel as PublicRating['channel'],
        raterName: r.raterNameMasked, itemCode: r.itemCode, windowId: r.windowId, createdAt: r.createdAt,
        workOrder: wo ? { status: wo.status, rectificationNote: maskPersonalData(wo.publicNote) } : null,
      };
    });
    const last = rows[rows.length - 1];
    return { items, next: rows.length === q.limit && last ? `${last.createdAt}~${last.id}` : null };
  }

  mine(caller: AuthUser, caseId: string | undefined): Rating[] {
    const rows = this.repo.byUser(caller.userId, caseId);
    const orders = this.deps.workOrders.states(rows.flatMap((r) => (r.workOrderId ? [r.workOrderId] : [])));
    const now = new Date();
    return rows.map((r) => this.view(r, now, orders));
  }

  overview(now = new Date()) {
    const month = ratingMonth(now);
    const all = this.repo.aggregatesOf('all', ALL_SCOPE_KEY);
    const rated = all.filter((r) => r.origin === 'rated');
    const dayStart = new Date(Date.parse(`${chinaDate(now)}T00:00:00+08:00`)).toISOString();
    return {
      ratings: {
        today: this.repo.ratedSince(dayStart),
        thisMonth: RatingsRepository.sum(rated.filter((r) => r.month === month)).count,
        total: RatingsRepository.sum(rated).count,
        goodRate: summarize(RatingsRepository.sum(rated)).goodRate,
        flaggedPending: this.repo.reviewCount('pending'),
        excluded: this.repo.reviewCount('excluded'),
        defaults: RatingsRepository.sum(all.filter((r) => r.origin === 'default')).count,
      },
      workOrders: this.deps.workOrders.overview(),
    };
  }

  reviewList(review: 'pending' | 'cleared' | 'excluded', limit: number): ReviewRating[] {
    const rows = this.repo.underReview(review, limit);
    const orders = this.deps.workOrders.states(rows.flatMap((r) => (r.workOrderId ? [r.workOrderId] : [])));
    const now = new Date();
    return rows.map((r) => this.reviewView(r, now, orders));
  }

  /**
   * 不实评价 / 恶意评价: the rating leaves the public numbers (its counters are taken back out),
   * stays in the database, the decision is audited and the rater told. Its open work order closes.
   */
  exclude(operator: AuthUser, ratingId: string, body: z.infer<typeof ExcludeRatingRequestSchema>): ReviewRating {
    const at = new Date().toISOString();
    const row = this.deps.db.transaction(() => {
      const r = this.repo.byId(ratingId);
      if (!r) throw notFound('No such rating');
      if (r.status === 'excluded') throw new AppError(409, 'RATING_ALREADY_EXCLUDED', 'This rating is already excluded');
      this.repo.applyAggregates(factsOf(r), -1);
      const set = { status: 'excluded', review: 'excluded', exclusionKind: body.kind, exclusionReason: body.reason, excludedAt: at, excludedBy: operator.userId, updatedAt: at };
      this.repo.update(r.id, set);
      if (r.workOrderId) this.deps.workOrders.closeForExcludedRating(r.workOrderId, `评价被认定为${body.kind === 'false' ? '不实评价' : '恶意评价'}`);
      this.deps.audit.record({
        actor: `user:${operator.userId}`, subject: r.userId, action: 'rating.exclude', purpose: body.reason,
        result: 'excluded', detail: { ratingId: r.id, kind: body.kind },
      });
      return { ...r, ...set };
    });
    if (row.userId) {
      this.deps.messages.send(row.userId, {
        kind: 'rating', title: `您的评价被认定为${body.kind === 'false' ? '不实评价' : '恶意评价'}`,
        body: `经核实，您于 ${chinaDate(row.createdAt)} 对 ${row.itemCode} 的评价不计入公开结果。理由：${body.reason}`,
        link: null, dedupeKey: `rating:${row.id}:excluded`,
      });
    }
    return this.reviewView(row, new Date(), this.deps.workOrders.states(row.workOrderId ? [row.workOrderId] : []));
  }

  /** A flagged rating was checked and stands. */
  clear(operator: AuthUser, ratingId: string): ReviewRating {
    const row = this.repo.byId(ratingId);
    if (!row) throw notFound('No such rating');
    if (row.review !== 'pending') throw new AppError(409, 'RATING_NOT_UNDER_REVIEW', 'This rating is not waiting for review');
    const at = new Date().toISOString();
    this.repo.update(row.id, { review: 'cleared', updatedAt: at });
    this.deps.audit.record({ actor: `user:${operator.userId}`, subject: row.userId, action: 'rating.clear', result: 'cleared', detail: { ratingId: row.id } });
    return this.reviewView({ ...row, review: 'cleared', updatedAt: at }, new Date(), this.deps.workOrders.states(row.workOrderId ? [row.workOrderId] : []));
  }

  /** Operator only: who gave a real-name rating. Every call leaves an audit row. */
  rater(operator: AuthUser, ratingId: string): { userId: string; name: string; phone: string | null } {
    const row = this.repo.byId(ratingId);
    if (!row) throw notFound('No such rating');
    if (!row.userId) throw new AppError(404, 'RATING_ANONYMOUS', 'This rating was given anonymously');
    const person = this.deps.people.person(row.userId);
    this.deps.audit.record({
      actor: `user:${operator.userId}`, subject: row.userId, action: 'rating.rater.view', result: person ? 'ok' : 'not_found',
      detail: { ratingId: row.id },
    });
    if (!person) throw notFound('The rater is no longer known');
    return { userId: row.userId, name: person.name, phone: person.phone ? maskPhone(person.phone) : null };
  }

  private scopeName(scope: StatsScope, key: string, q: { department?: string; region?: string }): string | null {
    const unknown = () => notFound(`No such ${scope.replace('_', ' ')}`);
    switch (scope) {
      case 'all': return CITY.name;
      case 'item': {
        const item = this.deps.items(key);
        if (!item) throw unknown();
        return item.name;
      }
      case 'window': {
        const w = this.deps.halls.findWindow(key);
        if (!w) throw new AppError(404, 'RATING_WINDOW_NOT_FOUND', 'No such window');
        return `${w.hall.name} ${w.window.number} ${w.window.name}`;
      }
      case 'hall': {
        const h = this.deps.halls.listHalls().find((x) => x.id === key);
        if (!h) throw unknown();
        return h.name;
      }
      case 'department':
      case 'region': {
        const n = scope === 'department' ? departmentName(key) : regionName(key);
        if (!n) throw unknown();
        return n;
      }
      case 'department_region': {
        const d = departmentName(q.department!), r = regionName(q.region!);
        if (!d || !r) throw unknown();
        return `${d}（${r}）`;
      }
    }
  }

  private view(r: RatingRow, now: Date, orders?: Map<string, WorkOrderState>): Rating {
    const wo = r.workOrderId ? (orders ?? this.deps.workOrders.states([r.workOrderId])).get(r.workOrderId) : undefined;
    const editableUntil = r.caseId && r.origin === 'rated' ? Date.parse(r.createdAt) + EDIT_WINDOW_MS : null;
    return {
      id: r.id, channel: r.channel as Rating['channel'], itemCode: r.itemCode, windowId: r.windowId, hallId: r.hallId, caseId: r.caseId,
      departmentCode: r.departmentCode, region: r.region, overall: r.overall, indicators: r.indicators, comment: r.comment,
      tags: r.tags as RatingTag[], realName: r.realName, origin: r.origin as RatingOrigin, status: r.status as Rating['status'],
      exclusion: r.exclusionKind ? { kind: r.exclusionKind as 'false' | 'malicious', reason: r.exclusionReason!, at: r.excludedAt! } : null,
      createdAt: r.createdAt, updatedAt: r.updatedAt,
      editableUntil: editableUntil && editableUntil > now.getTime() ? new Date(editableUntil).toISOString() : null,
      workOrder: wo ? { id: wo.id, status: wo.status, dueDate: wo.dueDate, deadline: wo.deadline } : null,
    };
  }

  private reviewView(r: RatingRow, now: Date, orders: Map<string, WorkOrderState>): ReviewRating {
    // The operator judges the comment, not the personal data someone typed into it.
    return {
      ...this.view(r, now, orders), comment: maskPersonalData(r.comment),
      raterName: r.raterNameMasked, flags: r.flags as ReviewFlag[], review: r.review as ReviewRating['review'],
    };
  }
}

/** The aggregate facts of a stored rating. */
function factsOf(r: RatingRow): RatingFacts {
  return {
    overall: r.overall, indicators: r.indicators, itemCode: r.itemCode, windowId: r.windowId, hallId: r.hallId,
    departmentCode: r.departmentCode, region: r.region, month: r.month, origin: r.origin as RatingOrigin,
  };
}

function decodeCursor(s: string): { at: string; id: string } | undefined {
  const i = s.indexOf('~');
  return i > 0 ? { at: s.slice(0, i), id: s.slice(i + 1) } : undefined;
}
