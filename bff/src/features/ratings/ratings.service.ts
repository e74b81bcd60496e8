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
import { newId } from '../../db/ids';
import type { AuditService } from '../../platform/audit';
import type { AuthUser } from '../../platform/auth';
import { isUniqueViolation, type Database } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { GroupCommit } from '../../platform/group-commit';
import { runIdempotent } from '../../platform/idempotency';
import type { Leases } from '../../platform/lease';
import type { SharedState } from '../../platform/shared-state';
import type { HallsService } from '../halls';
import type { MessagesService } from '../messages';
import type { WorkOrdersService, WorkOrderState } from '../work-orders';
import { RatingLimiter, type RaterKeys } from './ratings.limiter';
import { RatingsRepository, type RatingRow } from './ratings.repository';

/** A case of the caller's, as ratings need it. */
export interface RatableCase {
  caseId: string;
  itemCode: string;
  departmentCode: string;
  region: string;
  status: string;
  completedAt: string | null;
}

/** The cases feature as ratings use it: the applicant's own case, and cases completed in (after, until]. */
export interface RatableCases {
  getCaseForRating(caseId: string, userId: string): Promise<RatableCase | null>;
  completedCases(after: string, until: string, limit: number): Promise<(RatableCase & { userId: string; completedAt: string })[]>;
}

export interface RaterDirectory {
  /** Name and phone of a signed-in person. */
  person(userId: string): Promise<{ name: string; phone: string | null } | null>;
}

export interface RatingsDeps {
  database: Database;
  shared: SharedState;
  leases: Leases;
  halls: Pick<HallsService, 'findWindow' | 'listHalls'>;
  workOrders: Pick<WorkOrdersService, 'createForRating' | 'updateComplaint' | 'closeForExcludedRating' | 'announce' | 'pushSoon' | 'states' | 'overview'>;
  messages: Pick<MessagesService, 'send'>;
  audit: Pick<AuditService, 'record'>;
  people: RaterDirectory;
  cases: RatableCases;
  /** A catalog item's department and name, or null when there is no such item. */
  items: (code: string) => Promise<{ departmentCode: string; name: string } | null>;
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
/** The default sweep's lease: one instance sweeps at a time; a dead holder's lease lapses after this. */
const DEFAULTS_LEASE_MS = 10 * 60_000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

type Place = Pick<RatingRow, 'itemCode' | 'windowId' | 'hallId' | 'caseId' | 'departmentCode' | 'region'>;

/**
 * 好差评: accepts ratings (idempotent, rate-limited, flagged for review), keeps the public
 * aggregates in the same transaction as each rating, turns real-name bad ratings into work orders,
 * answers public results from the aggregates, and gives the operator review and exclusion.
 *
 * Across instances: one rating per (case, person) and one work order per rating are unique indexes;
 * aggregates move only by atomic increments; limits are counted in the shared state; the 7-day
 * default sweep runs under a lease and inserts with ON CONFLICT DO NOTHING.
 */
export class RatingsService {
  private readonly repo: RatingsRepository;
  private readonly limiter: RatingLimiter;
  /** Ratings arriving together share one transaction and commit, their aggregates summed per row. */
  private readonly commits: GroupCommit;
  private readonly db: Database;

  constructor(private readonly deps: RatingsDeps) {
    this.db = deps.database;
    this.repo = new RatingsRepository(deps.database);
    this.commits = new GroupCommit(deps.database, this.repo.groupHooks);
    this.limiter = new RatingLimiter(deps.shared, {
      perUserPerHour: deps.limits.perUserPerHour, perDevicePerHour: deps.limits.perDevicePerHour,
      perIpPerHour: deps.limits.perIpPerHour, burstWindowMs: 10 * 60_000,
    });
  }

  async create(input: CreateRatingRequest, caller: AuthUser | null, meta: RequestMeta): Promise<{ outcome: 'created' | 'updated'; rating: Rating }> {
    const place = await this.placeOf(input, caller);
    const keys: RaterKeys = { userId: caller?.userId ?? null, deviceId: meta.deviceId, ip: meta.ip };
    const deviceHash = meta.deviceId ? sha256(`device:${meta.deviceId}`) : null;
    const ipHash = sha256(`ip:${meta.ip}`);
    const userKey = caller ? `user:${caller.userId}` : `anon:${deviceHash ?? ipHash}`;
    // Shared counters first, outside the transaction (they may be a network round trip to Redis).
    if (this.deps.limits.enabled) {
      const verdict = await this.limiter.take(keys);
      if (!verdict.allowed) {
        throw new AppError(429, 'RATE_LIMITED', 'Too many ratings, try again later', undefined, { 'retry-after': String(verdict.retryAfterSeconds) });
      }
    }
    const recentBurst = await this.limiter.burst(keys);
    const person = caller ? await this.deps.people.person(caller.userId) : null;
    const attempt = async () => {
      let created: { workOrderId: string | null } = { workOrderId: null };
      const result = await this.commits.run(() => runIdempotent(this.db, { userKey, key: meta.idempotencyKey, route: 'POST /api/v1/ratings', body: input }, async () => {
        const out = await this.write(input, place, caller, { now: new Date(), deviceHash, ipHash, recentBurst, person });
        created = out;
        return { outcome: out.outcome, rating: out.rating };
      }));
      return { result, created };
    };
    let outcome: Awaited<ReturnType<typeof attempt>>;
    try {
      outcome = await attempt();
    } catch (error) {
      // The same person rated the same case at the same moment elsewhere (or the default sweep got there first): once more, as an update.
      if (!place.caseId || !isUniqueViolation(error)) throw error;
      outcome = await attempt();
    }
    const { result, created } = outcome;
    if (!result.replayed && created.workOrderId) {
      await this.deps.workOrders.announce(created.workOrderId);
      this.deps.workOrders.pushSoon(created.workOrderId);
    }
    return result.body;
  }

  /** The window or case a rating is about, checked: unknown → 4xx, and nothing is written. */
  private async placeOf(input: CreateRatingRequest, caller: AuthUser | null): Promise<Place> {
    if (input.channel === 'window') {
      const found = this.deps.halls.findWindow(input.windowId);
      if (!found) throw new AppError(422, 'RATING_WINDOW_NOT_FOUND', 'No such window', [{ path: 'body.windowId', message: 'unknown window' }]);
      if ((await this.deps.items(input.itemCode))?.departmentCode !== found.window.departmentCode) {
        throw new AppError(422, 'RATING_ITEM_MISMATCH', 'This window does not handle that item', [{ path: 'body.itemCode', message: 'not an item of this window' }]);
      }
      return { itemCode: input.itemCode, windowId: found.window.id, hallId: found.hall.id, caseId: null, departmentCode: found.window.departmentCode, region: found.hall.region };
    }
    if (!caller) throw new AppError(401, 'UNAUTHENTICATED', 'Sign in to rate a case', undefined, { 'www-authenticate': 'Bearer' });
    const c = await this.deps.cases.getCaseForRating(input.caseId, caller.userId);
    if (!c) throw notFound('No such case');
    if (!RATABLE_CASE_STATUSES.includes(c.status) || !c.completedAt) throw new AppError(409, 'RATING_CASE_NOT_COMPLETED', 'A case can be rated once it is completed');
    if (c.itemCode !== input.itemCode) {
      throw new AppError(422, 'RATING_ITEM_MISMATCH', 'The case is for another item', [{ path: 'body.itemCode', message: 'not the item of this case' }]);
    }
    return { itemCode: c.itemCode, windowId: null, hallId: null, caseId: c.caseId, departmentCode: c.departmentCode, region: c.region };
  }

  /** Inside the group's transaction, in its own savepoint: the rating row, every aggregate it touches, and its work order. */
  private async write(
    input: CreateRatingRequest, place: Place, caller: AuthUser | null,
    ctx: { now: Date; deviceHash: string | null; ipHash: string; recentBurst: number; person: { name: string } | null },
  ): Promise<{ outcome: 'created' | 'updated'; rating: Rating; workOrderId: string | null }> {
    const { now, person } = ctx;
    const at = now.toISOString();
    const existing = place.caseId && caller ? await this.repo.byCaseAndUser(place.caseId, caller.userId) : undefined;
    const decision = decideRatingWrite(existing ? { origin: existing.origin as RatingOrigin, createdAt: new Date(existing.createdAt) } : null, now);
    if (decision === 'refuse') throw new AppError(409, 'RATING_EDIT_WINDOW_CLOSED', 'A rating can be changed within 24 hours of giving it');
    if (existing?.status === 'excluded') throw new AppError(409, 'RATING_ALREADY_EXCLUDED', 'This rating was excluded after review');

    const commentKeyText = duplicateTextKey(input.comment);
    const commentKey = commentKeyText ? sha256(commentKeyText) : null;
    const sameTextBefore = commentKey ? await this.repo.sameTextSince(commentKey, new Date(now.getTime() - DUPLICATE_TEXT_WINDOW_MS).toISOString()) : 0;
    const newFlags = reviewFlags({ sameTextBefore, actorRecentBefore: ctx.recentBurst });
    const flags = [...new Set([...(existing?.flags ?? []), ...newFlags])] as ReviewFlag[];
    const review = existing && existing.review !== 'none' ? existing.review : flags.length ? 'pending' : 'none';

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

    if (existing) await this.repo.applyAggregates(factsOf(existing), -1);
    await this.repo.applyAggregates(factsOf(row), 1);

    let newOrder: string | null = null;
    const complaint = { overall: row.overall, indicators: row.indicators, comment: row.comment, tags: row.tags, channel: row.channel, createdAt: row.createdAt };
    if (row.workOrderId) {
      await this.deps.workOrders.updateComplaint(row.workOrderId, complaint);
    } else if (needsWorkOrder({ overall: row.overall, realName: row.realName, origin: 'rated' })) {
      newOrder = (await this.deps.workOrders.createForRating({
        ratingId: row.id, raterUserId: caller!.userId, departmentCode: row.departmentCode, region: row.region, itemCode: row.itemCode,
        windowId: row.windowId, hallId: row.hallId, complaint,
      }, now)).id;
      row.workOrderId = newOrder;
    }

    if (existing) await this.repo.update(row.id, row);
    else await this.repo.insert(row);
    const orders = row.workOrderId ? await this.deps.workOrders.states([row.workOrderId]) : undefined;
    return { outcome: decision === 'update' ? 'updated' : 'created', rating: this.view(row, now, orders), workOrderId: newOrder };
  }

  /**
   * The 7-day default sweep, under a lease so one instance runs it at a time. Null when another
   * instance holds the lease; otherwise the number of defaults written.
   */
  async sweepDefaults(now = new Date()): Promise<number | null> {
    let written: number | null = null;
    await this.deps.leases.runExclusive('ratings.default-sweep', DEFAULTS_LEASE_MS, async () => {
      written = await this.applyDefaults(now);
    });
    return written;
  }

  /**
   * Completed cases still unrated 7 days after completion count as 基本满意 under origin `default`.
   * Safe to run twice at once (on two instances) and after restarts: one rating per (case, person)
   * is a unique index, the insert skips conflicts, and only the rows it inserted reach the
   * aggregates. The job resumes a day before the newest default written.
   */
  async applyDefaults(now = new Date(), batch = 500): Promise<number> {
    const { cases } = this.deps;
    const afterMs = DEFAULT_RATING_AFTER_DAYS * DAY_MS;
    const latest = await this.repo.latestDefaultAt();
    let after = latest ? new Date(Date.parse(latest) - afterMs - DAY_MS).toISOString() : '1970-01-01T00:00:00.000Z';
    const until = new Date(now.getTime() - afterMs).toISOString();
    let written = 0;
    for (;;) {
      const page = await cases.completedCases(after, until, batch);
      if (!page.length) break;
      const rows = page.map((c): RatingRow => {
        const at = new Date(Date.parse(c.completedAt) + afterMs).toISOString();
        return {
          id: newId(), userId: c.userId, raterNameMasked: null, realName: true, origin: 'default', channel: 'online',
          itemCode: c.itemCode, windowId: null, hallId: null, caseId: c.caseId, departmentCode: c.departmentCode, region: c.region,
          month: ratingMonth(new Date(at)), overall: DEFAULT_RATING_STARS, indicators: {}, comment: null, tags: [], commentKey: null,
          deviceHash: null, ipHash: null, flags: [], review: 'none', status: 'active', exclusionKind: null, exclusionReason: null,
          excludedAt: null, excludedBy: null, workOrderId: null, createdAt: at, updatedAt: at,
        };
      });
      written += await this.db.transaction(async () => {
        const inserted = new Set(await this.repo.insertDefaults(rows));
        for (const row of rows) if (inserted.has(row.id)) await this.repo.applyAggregates(factsOf(row), 1);
        return inserted.size;
      });
      after = page[page.length - 1]!.completedAt;
      if (page.length < batch) break;
    }
    return written;
  }

  async stats(q: z.infer<typeof RatingStatsQuerySchema>): Promise<RatingStats> {
    const { scope, scopeKey } = resolveStatsScope(q)!;
    const name = await this.scopeName(scope, scopeKey, q);
    const rows = await this.repo.aggregatesOf(scope, scopeKey);
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
      recent: (await this.publicList({ ...q, limit: RECENT_IN_STATS })).items,
    };
  }

  async publicList(q: Omit<z.infer<typeof PublicRatingsQuerySchema>, 'bad'> & { bad?: 'true' | 'false' }): Promise<{ items: PublicRating[]; next: string | null }> {
    const { scope, scopeKey } = resolveStatsScope(q)!;
    const values = scope === 'department_region' ? [q.department!, q.region!] : scope === 'all' ? [] : [scopeKey];
    const before = q.before ? decodeCursor(q.before) : undefined;
    const rows = await this.repo.listed(scope, values, { bad: q.bad === 'true', before, limit: q.limit });
    const orders = await this.deps.workOrders.states(rows.flatMap((r) => (r.workOrderId ? [r.workOrderId] : [])));
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

  async mine(caller: AuthUser, caseId: string | undefined): Promise<Rating[]> {
    const rows = await this.repo.byUser(caller.userId, caseId);
    const orders = await this.deps.workOrders.states(rows.flatMap((r) => (r.workOrderId ? [r.workOrderId] : [])));
    const now = new Date();
    return rows.map((r) => this.view(r, now, orders));
  }

  async overview(now = new Date()) {
    const month = ratingMonth(now);
    const all = await this.repo.aggregatesOf('all', ALL_SCOPE_KEY);
    const rated = all.filter((r) => r.origin === 'rated');
    const dayStart = new Date(Date.parse(`${chinaDate(now)}T00:00:00+08:00`)).toISOString();
    const [today, flaggedPending, excluded, workOrders] = await Promise.all([
      this.repo.ratedSince(dayStart), this.repo.reviewCount('pending'), this.repo.reviewCount('excluded'), this.deps.workOrders.overview(),
    ]);
    return {
      ratings: {
        today,
        thisMonth: RatingsRepository.sum(rated.filter((r) => r.month === month)).count,
        total: RatingsRepository.sum(rated).count,
        goodRate: summarize(RatingsRepository.sum(rated)).goodRate,
        flaggedPending,
        excluded,
        defaults: RatingsRepository.sum(all.filter((r) => r.origin === 'default')).count,
      },
      workOrders,
    };
  }

  async reviewList(review: 'pending' | 'cleared' | 'excluded', limit: number): Promise<ReviewRating[]> {
    const rows = await this.repo.underReview(review, limit);
    const orders = await this.deps.workOrders.states(rows.flatMap((r) => (r.workOrderId ? [r.workOrderId] : [])));
    const now = new Date();
    return rows.map((r) => this.reviewView(r, now, orders));
  }

  /**
   * 不实评价 / 恶意评价: the rating leaves the public numbers (its counters are taken back out),
   * stays in the database, the decision is audited and the rater told. Its open work order closes.
   * Of two operators excluding at once (on any instances), one wins; the other gets 409.
   */
  async exclude(operator: AuthUser, ratingId: string, body: z.infer<typeof ExcludeRatingRequestSchema>): Promise<ReviewRating> {
    const at = new Date().toISOString();
    const already = () => new AppError(409, 'RATING_ALREADY_EXCLUDED', 'This rating is already excluded');
    const row = await this.db.transaction(async () => {
      const r = await this.repo.byId(ratingId);
      if (!r) throw notFound('No such rating');
      if (r.status === 'excluded') throw already();
      const set = { status: 'excluded', review: 'excluded', exclusionKind: body.kind, exclusionReason: body.reason, excludedAt: at, excludedBy: operator.userId, updatedAt: at };
      // The conditional update decides; the counters are taken out only by the one that excluded it.
      if (!(await this.repo.exclude(r.id, set))) throw already();
      // Re-read under the row lock: a concurrent edit of the rating may have moved its facts.
      const current = (await this.repo.byId(r.id))!;
      await this.repo.applyAggregates(factsOf(current), -1);
      if (current.workOrderId) await this.deps.workOrders.closeForExcludedRating(current.workOrderId, `评价被认定为${body.kind === 'false' ? '不实评价' : '恶意评价'}`);
      await this.deps.audit.record({
        actor: `user:${operator.userId}`, subject: current.userId, action: 'rating.exclude', purpose: body.reason,
        result: 'excluded', detail: { ratingId: current.id, kind: body.kind },
      });
      return current;
    });
    if (row.userId) {
      await this.deps.messages.send(row.userId, {
        kind: 'rating', title: `您的评价被认定为${body.kind === 'false' ? '不实评价' : '恶意评价'}`,
        body: `经核实，您于 ${chinaDate(row.createdAt)} 对 ${row.itemCode} 的评价不计入公开结果。理由：${body.reason}`,
        link: null, dedupeKey: `rating:${row.id}:excluded`,
      });
    }
    return this.reviewView(row, new Date(), await this.deps.workOrders.states(row.workOrderId ? [row.workOrderId] : []));
  }

  /** A flagged rating was checked and stands. */
  async clear(operator: AuthUser, ratingId: string): Promise<ReviewRating> {
    const row = await this.repo.byId(ratingId);
    if (!row) throw notFound('No such rating');
    const at = new Date().toISOString();
    if (row.review !== 'pending' || !(await this.repo.clearReview(row.id, at))) {
      throw new AppError(409, 'RATING_NOT_UNDER_REVIEW', 'This rating is not waiting for review');
    }
    await this.deps.audit.record({ actor: `user:${operator.userId}`, subject: row.userId, action: 'rating.clear', result: 'cleared', detail: { ratingId: row.id } });
    return this.reviewView({ ...row, review: 'cleared', updatedAt: at }, new Date(), await this.deps.workOrders.states(row.workOrderId ? [row.workOrderId] : []));
  }

  /** Operator only: who gave a real-name rating. Every call leaves an audit row. */
  async rater(operator: AuthUser, ratingId: string): Promise<{ userId: string; name: string; phone: string | null }> {
    const row = await this.repo.byId(ratingId);
    if (!row) throw notFound('No such rating');
    if (!row.userId) throw new AppError(404, 'RATING_ANONYMOUS', 'This rating was given anonymously');
    const person = await this.deps.people.person(row.userId);
    await this.deps.audit.record({
      actor: `user:${operator.userId}`, subject: row.userId, action: 'rating.rater.view', result: person ? 'ok' : 'not_found',
      detail: { ratingId: row.id },
    });
    if (!person) throw notFound('The rater is no longer known');
    return { userId: row.userId, name: person.name, phone: person.phone ? maskPhone(person.phone) : null };
  }

  private async scopeName(scope: StatsScope, key: string, q: { department?: string; region?: string }): Promise<string | null> {
    const unknown = () => notFound(`No such ${scope.replace('_', ' ')}`);
    switch (scope) {
      case 'all': return CITY.name;
      case 'item': {
        const item = await this.deps.items(key);
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
    const wo = r.workOrderId ? orders?.get(r.workOrderId) : undefined;
    const editableUntil = r.caseId && r.origin === 'rated' ? Date.parse(r.createdAt) + EDIT_WINDOW_MS : null;
    return {
      id: r.id, channel: r.channel as Rating['channel'], itemCode: r.itemCode, windowId: r.windowId, hallId: r.hallId, caseId: r.caseId,
      departmentCode: r.departmentCode, region: r.region, overall: r.overall, indicators: r.indicators, comment: r.comment,
      tags: r.tags as RatingTag[], realName: r.realName, origin: r.origin as RatingOrigin, status: r.status as Rating['status'],
      exclusion: r.exclusionKind ? { kind: r.exclusionKind as 'false' | 'malicious', reason: r.exclusionReason!, at: r.excludedAt! } : null,
      createdAt: r.createdAt, updatedAt: r.updatedAt,
      editableUntil: editableUntil && editableUntil > now.getTime() ? new Date(editableUntil).toISOString() : null,
      workOrder: wo ? { id: wo.id, status: wo.status, dueDate: wo.dueDate, dueDateProvisional: wo.dueDateProvisional, deadline: wo.deadline } : null,
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
