import { Readable } from 'node:stream';
import type { z } from 'zod';
import type {
  CreateReportRequest,
  PlaceSchema,
  PublicReportSchema,
  Report,
  ReportCategory,
  ReportStatus,
  ReportStepRequestSchema,
  ReportVerdictRequestSchema,
} from '@zsb/shared/contracts/reports';
import type { Verdict } from '@zsb/shared/contracts/work-orders';
import { maskPersonalData } from '@zsb/shared/domain/free-text';
import { coarse, insideChina, regionOf } from '@zsb/shared/domain/geo';
import { maskName } from '@zsb/shared/domain/masking';
import { CITY, departmentName, regionName } from '@zsb/shared/domain/regions';
import { addWorkingDays, chinaDate } from '@zsb/shared/domain/working-days';
import { newId } from '../../db/ids';
import type { AuthUser } from '../../platform/auth';
import type { Database } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import type { Leases } from '../../platform/lease';
import type { HotlineAdapter } from '../../upstreams/hotline/hotline.client';
import type { MessagesService } from '../messages';
import type { UploadsService } from '../uploads';
import { preparePhoto } from './reports.photos';
import { searchPlaces } from './reports.places';
import { ReportsRepository, type ReportRow } from './reports.repository';
import { fromE6, stepReport, toE6, UNIT_OF_CATEGORY, type ReportAction } from './reports.rules';

export const REPORT_PAGE_PATH = '/asks/pages/report/index';
/** Working days 12345 is given to see a report handled. */
const HOTLINE_DUE_WORKING_DAYS = 5;
const PUSH_SWEEP_LEASE_MS = 2 * 60_000;
const PUSH_CLAIM_TTL_MS = 5 * 60_000;

const STATUS_TEXT: Record<ReportStatus, string> = { received: '已受理', processing: '处理中', resolved: '已处置', closed: '已办结' };
const CATEGORY_TEXT: Record<ReportCategory, string> = {
  road: '道路破损', fire_hazard: '消防隐患', illegal_parking: '违法停车', environment: '环境污染', public_facility: '公共设施损坏', other: '其他问题',
};

export interface ReportsDeps {
  database: Database;
  uploads: Pick<UploadsService, 'store' | 'views'>;
  hotline: Pick<HotlineAdapter, 'pushWorkOrder'>;
  messages: Pick<MessagesService, 'send'>;
  leases: Leases;
  /** The reporter's real name (for a report that is not anonymous), or null when unknown. */
  nameOf: (userId: string) => Promise<string | null>;
}

/**
 * 随手拍. Photos are stripped of their metadata before they are stored; a report is placed in China
 * (or refused), routed to the unit of its category in the district its position falls in, pushed to
 * 12345 after it commits (a sweep under a lease retries), moved on by the unit, and rated by the
 * reporter. Anonymous reports never name the reporter to the unit, 12345 or the public.
 */
export class ReportsService {
  private readonly repo: ReportsRepository;
  private readonly db: Database;

  constructor(private readonly deps: ReportsDeps) {
    this.db = deps.database;
    this.repo = new ReportsRepository(deps.database);
  }

  /** Strips and stores one photo for a report still to be written; answers the position its EXIF carried. */
  async addPhoto(user: AuthUser, original: Buffer) {
    const photo = await preparePhoto(original);
    const upload = await this.deps.uploads.store(user.userId, photo.mime === 'image/png' ? 'photo.png' : 'photo.jpg', Readable.from([photo.stripped]));
    await this.repo.insertPhoto({
      uploadId: upload.id, ownerUserId: user.userId, reportId: null, position: null,
      exifLatE6: photo.location ? toE6(photo.location.lat) : null, exifLngE6: photo.location ? toE6(photo.location.lng) : null,
      createdAt: new Date().toISOString(),
    });
    return { id: upload.id, url: upload.url, location: photo.location };
  }

  async create(user: AuthUser, body: CreateReportRequest, now = new Date()): Promise<{ id: string; status: ReportStatus }> {
    if (!insideChina(body.location)) {
      throw new AppError(422, 'LOCATION_OUTSIDE_CHINA', 'The position is outside China', [{ path: 'body.location', message: 'outside China' }]);
    }
    const id = newId();
    const at = now.toISOString();
    const region = regionOf(body.location);
    const unitCode = UNIT_OF_CATEGORY[body.category];
    await this.db.transaction(async () => {
      await this.repo.insert({
        id, userId: user.userId, anonymous: body.anonymous, category: body.category, description: body.description,
        latE6: toE6(body.location.lat), lngE6: toE6(body.location.lng), locationSource: body.location.source,
        address: body.location.address ?? null, region, unitCode, status: 'received', round: 1,
        hotlineState: 'pending', hotlineTicketNo: null, hotlineClaimedAt: null,
        verdict: null, verdictComment: null, verdictAt: null, createdAt: at, updatedAt: at,
      });
      // Every photo must be the reporter's own and not yet used: otherwise the whole report is refused.
      if ((await this.repo.attachPhotos(user.userId, id, body.photoIds)) !== body.photoIds.length) {
        throw new AppError(422, 'REPORT_PHOTO_UNAVAILABLE', 'A photo is unknown, not yours, or already used in a report',
          [{ path: 'body.photoIds', message: 'unknown or already used' }]);
      }
      await this.repo.addEvent({ id: newId(), reportId: id, at, status: 'received', note: null, actor: 'system' });
    });
    await this.push(id, new Date(now.getTime() - PUSH_CLAIM_TTL_MS).toISOString());
    return { id, status: 'received' };
  }

  async mine(user: AuthUser): Promise<Report[]> {
    return this.views(await this.repo.ofUser(user.userId, 100));
  }

  /** One of the caller's own reports; anyone else's is 404. */
  async get(user: AuthUser, id: string): Promise<Report> {
    return (await this.views([await this.own(user, id)]))[0]!;
  }

  async verdict(user: AuthUser, id: string, body: z.infer<typeof ReportVerdictRequestSchema>): Promise<Report> {
    const row = await this.own(user, id);
    const at = new Date().toISOString();
    await this.move(row, { type: 'verdict', verdict: body.verdict }, 'reporter', body.comment ?? null, {
      verdict: body.verdict as Verdict, verdictComment: body.comment ?? null, verdictAt: at,
    });
    return this.get(user, id);
  }

  async staffList(caller: AuthUser, status?: ReportStatus): Promise<Report[]> {
    return this.views(await this.repo.ofUnit({ unitCode: caller.departmentCode ?? '-', region: staffRegion(caller), status, limit: 200 }), { forUnit: true });
  }

  async staffStep(caller: AuthUser, id: string, body: z.infer<typeof ReportStepRequestSchema>): Promise<Report> {
    const row = await this.repo.byId(id);
    if (!row || !ofUnit(caller, row)) throw notFound('No such report');
    const moved = await this.move(row, { type: body.status }, `unit:${row.unitCode}`, body.note, {});
    await this.deps.messages.send(row.userId, {
      kind: 'report', title: `您的随手拍${STATUS_TEXT[moved.status as ReportStatus]}`,
      body: `${departmentName(row.unitCode) ?? row.unitCode}：${body.note}${moved.status === 'resolved' ? '。请您评价处置结果。' : ''}`,
      link: `${REPORT_PAGE_PATH}?id=${id}`, dedupeKey: `report:${id}:r${moved.round}:${moved.status}`,
    });
    return (await this.views([moved], { forUnit: true }))[0]!;
  }

  /**
   * 12345 reports the ticket of a report handled (its webhook, through the work orders' receiver): the
   * report is resolved as if by the unit, and the reporter is asked to rate it. False when it is not
   * (or no longer) open.
   */
  async hotlineResolved(id: string, note: string): Promise<boolean> {
    const row = await this.repo.byId(id);
    if (!row || !stepReport(row.status as ReportStatus, row.round, { type: 'resolved' }).ok) return false;
    const moved = await this.move(row, { type: 'resolved' }, 'hotline', note, {}).catch(() => null);
    if (!moved) return false;
    await this.deps.messages.send(row.userId, {
      kind: 'report', title: `您的随手拍${STATUS_TEXT.resolved}`, body: `12345热线：${note}。请您评价处置结果。`,
      link: `${REPORT_PAGE_PATH}?id=${id}`, dedupeKey: `report:${id}:r${moved.round}:resolved`,
    });
    return true;
  }

  /** The public list: no reporter, no photos, masked text, a position rounded to about 100 m. */
  async publicList(q: { category?: ReportCategory; limit: number }): Promise<z.infer<typeof PublicReportSchema>[]> {
    return (await this.repo.latest(q)).map((r) => ({
      id: r.id, category: r.category as ReportCategory, description: maskPersonalData(r.description),
      regionName: regionName(r.region) ?? r.region, unitName: departmentName(r.unitCode) ?? r.unitCode,
      area: coarse({ lat: fromE6(r.latE6), lng: fromE6(r.lngE6) }), status: r.status as ReportStatus, createdAt: r.createdAt,
    }));
  }

  places(q: string): z.infer<typeof PlaceSchema>[] {
    return searchPlaces(q);
  }

  /** Retries pushes to 12345 that failed; one instance at a time. Null when another holds the lease. */
  async sweepPushes(): Promise<number | null> {
    let pushed: number | null = null;
    await this.deps.leases.runExclusive('reports.hotline-push', PUSH_SWEEP_LEASE_MS, async () => {
      const staleBefore = new Date(Date.now() - PUSH_CLAIM_TTL_MS).toISOString();
      let n = 0;
      for (const { id } of await this.repo.unpushed(staleBefore, 100)) if (await this.push(id, staleBefore)) n++;
      pushed = n;
    });
    return pushed;
  }

  private async push(id: string, staleBefore: string): Promise<boolean> {
    const claimedAt = new Date().toISOString();
    const row = await this.repo.claimPush(id, claimedAt, staleBefore);
    if (!row) return false;
    const who = row.anonymous ? '匿名' : `实名（${maskName((await this.deps.nameOf(row.userId)) ?? '')}）`;
    // Outside any transaction: the claim keeps other instances off this report meanwhile.
    const ticket = await this.deps.hotline.pushWorkOrder({
      externalId: `report:${row.id}`, kind: 'street_report',
      title: `随手拍：${CATEGORY_TEXT[row.category as ReportCategory]}`,
      content: `${regionName(row.region) ?? row.region}${row.address ? ` ${maskPersonalData(row.address)}` : ''}（${fromE6(row.latE6)}, ${fromE6(row.lngE6)}），${who}反映：${maskPersonalData(row.description)}`,
      departmentCode: row.unitCode, region: row.region, dueDate: addWorkingDays(chinaDate(row.createdAt), HOTLINE_DUE_WORKING_DAYS),
    }).catch(() => null);
    const ok = await this.repo.finishPush(id, claimedAt, ticket ? { hotlineState: 'pushed', hotlineTicketNo: ticket.ticketNo } : { hotlineState: 'failed' });
    return ok && !!ticket;
  }

  private async own(user: AuthUser, id: string): Promise<ReportRow> {
    const row = await this.repo.byId(id);
    if (!row || row.userId !== user.userId) throw notFound('No such report');
    return row;
  }

  /** One step of the life cycle with its history line, or 409 when the report is not (any more) where the step starts. */
  private async move(row: ReportRow, action: ReportAction, actor: string, note: string | null, set: Partial<ReportRow>): Promise<ReportRow> {
    const step = stepReport(row.status as ReportStatus, row.round, action);
    const refuse = () => new AppError(409, 'ASK_TRANSITION_NOT_ALLOWED', `A report that is ${row.status} cannot take a ${action.type}`);
    if (!step.ok) throw refuse();
    const at = new Date().toISOString();
    return this.db.transaction(async () => {
      const moved = await this.repo.step(row.id, row, { ...set, status: step.status, round: step.round, updatedAt: at });
      if (!moved) throw refuse();
      await this.repo.addEvent({ id: newId(), reportId: row.id, at, status: step.status, note, actor });
      return moved;
    });
  }

  private async views(rows: ReportRow[], opts: { forUnit?: boolean } = {}): Promise<Report[]> {
    const ids = rows.map((r) => r.id);
    const [photos, events] = await Promise.all([this.repo.photosOf(ids), this.repo.eventsOf(ids)]);
    const files = await this.deps.uploads.views(photos.map((p) => p.uploadId));
    const names = new Map<string, string | null>();
    for (const r of rows) if (!r.anonymous && !names.has(r.userId)) names.set(r.userId, await this.deps.nameOf(r.userId));
    return rows.map((r) => ({
      id: r.id, category: r.category as ReportCategory, description: r.description,
      location: { lat: fromE6(r.latE6), lng: fromE6(r.lngE6), source: r.locationSource as Report['location']['source'], address: r.address },
      region: r.region, regionName: regionName(r.region) ?? r.region,
      unit: { code: r.unitCode, name: departmentName(r.unitCode) ?? r.unitCode },
      status: r.status as ReportStatus, round: r.round, anonymous: r.anonymous,
      reporter: r.anonymous ? null : { name: opts.forUnit ? maskName(names.get(r.userId) ?? '') : names.get(r.userId) ?? '' },
      photos: photos.filter((p) => p.reportId === r.id).flatMap((p) => {
        const f = files.get(p.uploadId);
        return f ? [{ id: f.id, url: f.url }] : [];
      }),
      hotline: { state: (r.hotlineState === 'pushing' ? 'pending' : r.hotlineState) as Report['hotline']['state'], ticketNo: r.hotlineTicketNo },
      verdict: r.verdictAt ? { verdict: r.verdict as Verdict, comment: r.verdictComment, at: r.verdictAt } : null,
      history: events.filter((e) => e.reportId === r.id).map((e) => ({ at: e.at, status: e.status as ReportStatus, note: e.note, actor: e.actor.startsWith('unit:') ? 'unit' : e.actor })),
      createdAt: r.createdAt,
    }));
  }
}

function staffRegion(caller: AuthUser): string | undefined {
  return caller.region && caller.region !== CITY.code ? caller.region : undefined;
}

function ofUnit(caller: AuthUser, row: ReportRow): boolean {
  if (caller.kind !== 'staff' || caller.departmentCode !== row.unitCode) return false;
  const region = staffRegion(caller);
  return region === undefined || region === row.region;
}
