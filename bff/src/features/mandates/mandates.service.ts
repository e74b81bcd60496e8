import { createHash, randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { FastifyRequest } from 'fastify';
import type { ServiceItem } from '@zsb/shared/contracts/catalog';
import type { BundleDefinition } from '@zsb/shared/contracts/bundles';
import type { Acting, CreateMandateRequestSchema, ElderHome, Mandate, MandateStatus } from '@zsb/shared/contracts/mandates';
import type { TokenPair } from '@zsb/shared/contracts/auth';
import type { ScanResult } from '@zsb/shared/contracts/scan';
import {
  chinaDateOf, coversCertificate, coversItem, coversLifeEvent, defaultMandateUntil, endOfChinaDay, isMinor,
  mandateUntilProblem, type MandateScope,
} from '@zsb/shared/domain/mandates';
import { maskIdNumber, maskName } from '@zsb/shared/domain/masking';
import type { z } from 'zod';
import { isUniqueViolation, type Database } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import type { ActingScope, AuthUser } from '../../platform/auth';
import type { AuditService } from '../../platform/audit';
import type { CodeSigner } from '../../platform/signed-codes';
import type { PopulationAdapter } from '../../upstreams/population/population.client';
import { newId, nowIso } from '../../db/ids';
import type { AuthService, User } from '../auth';
import type { MessagesService } from '../messages';
import type { WalletService } from '../wallet';
import type { UploadsService } from '../uploads';
import type { CasesService } from '../cases';
import type { HallSeed } from '../halls';
import { ACTING_ROUTES, MANDATE_PAGES, RECORDED, WAY_OUT, type RecordedAction } from './mandates.routes-scope';
import type { MandateRow, MandatesRepository } from './mandates.repository';

type CreateBody = z.output<typeof CreateMandateRequestSchema>;

/** A one-time consent code shown on the helper's screen works this long. */
const ASSIST_CODE_SECONDS = 300;

export interface MandatesDeps {
  db: Database;
  repo: MandatesRepository;
  auth: Pick<AuthService, 'userOf' | 'actFor' | 'personByIdNumber'>;
  population: Pick<PopulationAdapter, 'resident' | 'household' | 'communityHelper'>;
  catalog: { item(code: string): ServiceItem | null | Promise<ServiceItem | null>; hot(opts: { audience?: 'personal'; limit: number }): { items: { code: string; name: string }[] } };
  bundles: { definition(code: string): BundleDefinition | null };
  wallet: Pick<WalletService, 'holderOf' | 'certificatesOf'>;
  messages: Pick<MessagesService, 'send'>;
  audit: Pick<AuditService, 'record'>;
  uploads: Pick<UploadsService, 'ownedIds' | 'views'>;
  cases: Pick<CasesService, 'staffDetail' | 'list'>;
  halls: { all(): readonly HallSeed[] };
  signer: CodeSigner;
  now?: () => Date;
}

const outOfScope = (detail: string, path?: string) =>
  new AppError(403, 'MANDATE_OUT_OF_SCOPE', detail, path ? [{ path, message: 'not covered by the mandate' }] : undefined);
const ended = () => new AppError(403, 'MANDATE_ENDED', 'The mandate is not in force (not accepted yet, ended or expired); act as yourself again');

/** Hash of what the 委托书 says, so its signed code proves the terms (not just the id). */
function termsDigest(r: Pick<MandateRow, 'id' | 'grantorIdNumber' | 'granteeIdNumber' | 'itemCodes' | 'lifeEvents' | 'certificateIds' | 'until'>): string {
  const canonical = JSON.stringify([r.id, r.grantorIdNumber, r.granteeIdNumber, r.itemCodes, r.lifeEvents, r.certificateIds, r.until]);
  return createHash('sha256').update(canonical).digest().subarray(0, 16).toString('base64url');
}

/**
 * 代办: mandates granted, accepted and ended; sessions acting for someone (checked on every request);
 * guardians acting for minors; assisted mode at community stations; the record of both people on
 * everything done for someone; and the 长辈模式 home that leans on them.
 */
export class MandatesService {
  private readonly now: () => Date;

  constructor(private readonly deps: MandatesDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  // ───────────── granting, accepting, ending ─────────────

  async create(user: AuthUser, body: CreateBody): Promise<{ id: string; status: 'pending' }> {
    if (user.kind !== 'resident' || user.identity.kind !== 'personal') throw new AppError(403, 'FORBIDDEN', 'Mandates are granted by a resident for themselves');
    const grantor = await this.deps.auth.userOf(user);
    const now = this.now();
    const granteeId = body.grantee.idNumber;
    if (granteeId === grantor.idNumber) {
      throw new AppError(422, 'MANDATE_TO_SELF', 'A mandate is for someone else', [{ path: 'body.grantee.idNumber', message: 'that is you' }]);
    }
    const until = body.until ?? defaultMandateUntil(now);
    const problem = mandateUntilProblem(until, now);
    if (problem === 'too_long') throw new AppError(422, 'MANDATE_TOO_LONG', 'A mandate lasts at most one year', [{ path: 'body.until', message: 'more than one year ahead' }]);
    if (problem === 'past') throw new AppError(400, 'VALIDATION_FAILED', 'The mandate would already have ended', [{ path: 'body.until', message: 'in the past' }]);
    for (const [i, code] of body.itemCodes.entries()) {
      if (!(await this.deps.catalog.item(code))) throw new AppError(422, 'VALIDATION_FAILED', 'No such item', [{ path: `body.itemCodes.${i}`, message: 'no such item' }]);
    }
    if (body.certificateIds.length > 0) {
      const holder = await this.deps.wallet.holderOf(user);
      const own = new Set((await this.deps.wallet.certificatesOf(holder)).map((c) => c.certificateId));
      const i = body.certificateIds.findIndex((c) => !own.has(c));
      if (i >= 0) throw new AppError(422, 'VALIDATION_FAILED', 'Only your own certificates can be shared', [{ path: `body.certificateIds.${i}`, message: 'not one of your certificates' }]);
    }
    const kind = await this.eligibility(grantor, body.grantee.name, granteeId);

    const id = `md_${randomBytes(12).toString('base64url')}`;
    const at = now.toISOString();
    const row: MandateRow = {
      id, kind, grantorUserId: grantor.id, grantorName: grantor.name, grantorIdNumber: grantor.idNumber,
      granteeIdNumber: granteeId, granteeName: body.grantee.name, granteeUserId: null,
      itemCodes: [...new Set(body.itemCodes)], lifeEvents: [...new Set(body.lifeEvents)], certificateIds: [...new Set(body.certificateIds)],
      status: 'pending', until, expiresAt: endOfChinaDay(until), openKey: `${grantor.id}|${granteeId}`, createdAt: at,
      acceptedAt: null, endedAt: null, endedBy: null, documentNumber: '', documentCode: '', consent: null, consentUploadId: null,
      assistNonce: null, assistExpiresAt: null,
    };
    this.sign(row, now);
    await this.insertOpen(row, at);
    await this.deps.audit.record({ actor: `user:${user.userId}`, subject: grantor.id, action: 'mandate.grant', channel: 'app', result: 'ok', detail: { mandateId: id, granteeName: maskName(body.grantee.name) } });
    const grantee = await this.deps.auth.personByIdNumber(granteeId).catch(() => null);
    if (grantee) {
      await this.deps.messages.send(grantee.id, {
        kind: 'mandate', title: '代办委托待确认', body: `${maskName(grantor.name)}委托您代办事项，请在“代办委托”中确认。`,
        link: `${MANDATE_PAGES.detail}?id=${id}`, dedupeKey: `mandate-offer:${id}`,
      });
    }
    return { id, status: 'pending' };
  }

  /** Family (spouse or same household in the population register) or a registered 网格员/代办员; anyone else is refused. */
  private async eligibility(grantor: User, name: string, idNumber: string): Promise<'family' | 'helper'> {
    const notEligible = () => new AppError(422, 'MANDATE_GRANTEE_NOT_ELIGIBLE', 'A mandate goes to a family member or a community helper whose name and ID number match',
      [{ path: 'body.grantee', message: 'not a family member or community helper with this name' }]);
    const [grantee, me, helper] = await Promise.all([
      this.deps.population.resident(idNumber), this.deps.population.resident(grantor.idNumber), this.deps.population.communityHelper(idNumber),
    ]);
    if (!grantee || grantee.name !== name) throw notEligible();
    if (helper) return 'helper';
    if (isMinor(grantee.birthDate, chinaDateOf(this.now()))) throw notEligible();
    const family = me && (me.spouseIdNumber === idNumber || grantee.spouseIdNumber === grantor.idNumber
      || (me.householdNo && me.householdNo === grantee.householdNo));
    if (!family) throw notEligible();
    return 'family';
  }

  /** Inserts an open mandate; a still-open one for the same pair (UNIQUE open_key) is 409 and nothing is written. */
  private async insertOpen(row: MandateRow, at: string): Promise<void> {
    try {
      await this.deps.db.transaction(async () => {
        await this.deps.repo.releaseExpired(row.openKey!, at);
        await this.deps.repo.insert(row);
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw new AppError(409, 'MANDATE_DUPLICATE', 'There is already a pending or active mandate between you; end it first',
          [{ path: 'body.grantee.idNumber', message: 'already has an open mandate' }]);
      }
      throw err;
    }
  }

  private sign(row: MandateRow, at: Date): void {
    row.documentNumber = `WT${chinaDateOf(at).replaceAll('-', '')}${randomBytes(4).toString('hex').toUpperCase()}`;
    row.documentCode = this.deps.signer.sign('mandate', [row.id, termsDigest(row)]);
  }

  async list(user: AuthUser): Promise<{ granted: Mandate[]; received: Mandate[]; wards: { id: string; name: string; birthDate: string }[] }> {
    const me = await this.deps.auth.userOf(user);
    const rows = await this.deps.repo.of(me.id, me.idNumber);
    const shaped = await Promise.all(rows.map((r) => this.shape(r, me)));
    return {
      granted: shaped.filter((m) => m.role === 'grantor'),
      received: shaped.filter((m) => m.role === 'grantee'),
      wards: await this.wards(me),
    };
  }

  async detail(user: AuthUser, id: string): Promise<Mandate> {
    const me = await this.deps.auth.userOf(user);
    return this.shape(await this.mine(me, id), me);
  }

  async accept(user: AuthUser, id: string): Promise<Mandate> {
    const me = await this.deps.auth.userOf(user);
    const row = await this.mine(me, id);
    if (row.granteeIdNumber !== me.idNumber || row.kind === 'assisted') throw notFound('No such mandate');
    const at = nowIso();
    if (!(await this.deps.repo.accept(id, me.id, at))) throw new AppError(409, 'MANDATE_NOT_PENDING', 'This mandate is not waiting for acceptance');
    await this.deps.messages.send(row.grantorUserId, {
      kind: 'mandate', title: '代办委托已生效', body: `${maskName(me.name)}已接受您的代办委托（至${row.until}）。`,
      link: `${MANDATE_PAGES.detail}?id=${id}`, dedupeKey: `mandate-accepted:${id}`,
    });
    return this.shape((await this.deps.repo.byId(id))!, me);
  }

  /** Either side ends it; the other side gets a message. Ending an ended mandate changes nothing. */
  async end(user: AuthUser, id: string): Promise<void> {
    const me = await this.deps.auth.userOf(user);
    const row = await this.mine(me, id);
    if (!(await this.deps.repo.end(id, me.id, nowIso()))) return;
    const other = row.grantorUserId === me.id ? row.granteeUserId : row.grantorUserId;
    if (other) {
      await this.deps.messages.send(other, {
        kind: 'mandate', title: '代办委托已终止', body: `${maskName(me.name)}终止了代办委托（${row.documentNumber}）。`,
        link: `${MANDATE_PAGES.detail}?id=${id}`, dedupeKey: `mandate-ended:${id}`,
      });
    }
    await this.deps.audit.record({ actor: `user:${me.id}`, subject: row.grantorUserId, action: 'mandate.end', channel: 'app', result: 'ok', detail: { mandateId: id } });
  }

  /** A mandate the person is a side of; anyone else's is 404 like a missing one. */
  private async mine(me: User, id: string): Promise<MandateRow> {
    const row = await this.deps.repo.byId(id);
    if (!row || (row.grantorUserId !== me.id && row.granteeIdNumber !== me.idNumber)) throw notFound('No such mandate');
    return row;
  }

  private statusOf(r: MandateRow): MandateStatus {
    if (r.status === 'ended') return 'ended';
    return r.expiresAt <= this.now().toISOString() ? 'expired' : r.status;
  }

  private async shape(r: MandateRow, viewer: User): Promise<Mandate> {
    const itemNames = await Promise.all(r.itemCodes.map(async (c) => (await this.deps.catalog.item(c))?.name ?? c));
    const grantorView = r.grantorUserId === viewer.id;
    return {
      id: r.id, kind: r.kind, status: this.statusOf(r), role: grantorView ? 'grantor' : 'grantee',
      grantor: { name: grantorView ? r.grantorName : maskName(r.grantorName), idNumber: maskIdNumber(r.grantorIdNumber) },
      grantee: { name: r.granteeName, idNumber: maskIdNumber(r.granteeIdNumber) },
      itemCodes: r.itemCodes, itemNames, lifeEvents: r.lifeEvents, certificateIds: r.certificateIds,
      until: r.until, createdAt: r.createdAt, acceptedAt: r.acceptedAt, endedAt: r.endedAt, consent: r.consent ?? null,
      document: { number: r.documentNumber, code: r.documentCode, svg: await QRCode.toString(r.documentCode, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }), signedAt: r.createdAt },
    };
  }

  // ───────────── acting for someone ─────────────

  async act(user: AuthUser, id: string): Promise<TokenPair> {
    if (user.identity.mandateId) throw new AppError(403, 'FORBIDDEN', 'Return to your own identity first');
    const me = await this.deps.auth.userOf(user);
    const row = await this.mine(me, id);
    if (row.granteeIdNumber !== me.idNumber || (row.granteeUserId && row.granteeUserId !== me.id)) throw notFound('No such mandate');
    // Pending, ended or expired: not in force.
    if (this.statusOf(row) !== 'active') throw ended();
    return this.deps.auth.actFor(user, row.grantorUserId, row.id);
  }

  async actForWard(user: AuthUser, wardId: string): Promise<TokenPair> {
    if (user.identity.mandateId) throw new AppError(403, 'FORBIDDEN', 'Return to your own identity first');
    const me = await this.deps.auth.userOf(user);
    if (!(await this.wards(me)).some((w) => w.id === wardId)) throw notFound('No such ward');
    return this.deps.auth.actFor(user, wardId, 'guardian');
  }

  /** Minors whose registered guardian is this person (from the household register); each gets a user row to act as. */
  private async wards(me: User): Promise<{ id: string; name: string; birthDate: string }[]> {
    if (me.kind !== 'resident') return [];
    const self = await this.deps.population.resident(me.idNumber);
    if (!self?.householdNo) return [];
    const household = await this.deps.population.household(self.householdNo);
    const today = chinaDateOf(this.now());
    const minors = (household?.members ?? []).filter((m) => m.guardianIdNumbers.includes(me.idNumber) && isMinor(m.birthDate, today));
    const out = [];
    for (const m of minors) {
      const row = await this.deps.auth.personByIdNumber(m.idNumber);
      if (row) out.push({ id: row.id, name: row.name, birthDate: m.birthDate });
    }
    return out;
  }

  async acting(user: AuthUser): Promise<Acting> {
    const a = user.acting;
    if (!a) return null;
    return {
      name: a.principalName, kind: a.kind === 'guardian' ? 'guardian' : 'mandate', mandateId: a.mandateId, until: a.until,
      itemCodes: a.itemCodes, lifeEvents: a.lifeEvents, certificateIds: a.certificateIds,
    };
  }

  /** At authentication of every acting request: the live scope, or a refusal when the mandate ended, expired or does not reach this route. */
  async resolve(request: FastifyRequest): Promise<ActingScope> {
    const route = `${request.method} ${request.routeOptions.url}`;
    try {
      return await this.liveScope(request, route);
    } catch (err) {
      // Switching back to oneself and signing out work whatever became of the mandate; nothing else does.
      if (!WAY_OUT.has(route)) throw err;
      const { identity } = request.user;
      return { mandateId: identity.mandateId ?? null, kind: 'family', principalUserId: identity.id, principalName: '', agentName: '', itemCodes: [], lifeEvents: [], certificateIds: [], until: null };
    }
  }

  private async liveScope(request: FastifyRequest, route: string): Promise<ActingScope> {
    const user = request.user;
    const mandateId = user.identity.mandateId!;
    let scope: ActingScope;
    if (mandateId === 'guardian') {
      const [me, ward] = await Promise.all([this.deps.auth.userOf(user), this.deps.auth.userOf({ userId: user.identity.id })]);
      const record = await this.deps.population.resident(ward.idNumber);
      if (!record || !record.guardianIdNumbers?.includes(me.idNumber) || !isMinor(record.birthDate, chinaDateOf(this.now()))) throw ended();
      scope = {
        mandateId: null, kind: 'guardian', principalUserId: ward.id, principalName: ward.name, agentName: me.name,
        itemCodes: null, lifeEvents: null, certificateIds: null, until: null,
      };
    } else {
      const row = await this.deps.repo.byId(mandateId);
      if (!row || row.granteeUserId !== user.userId || row.grantorUserId !== user.identity.id || this.statusOf(row) !== 'active') throw ended();
      scope = {
        mandateId: row.id, kind: row.kind, principalUserId: row.grantorUserId, principalName: row.grantorName, agentName: row.granteeName,
        itemCodes: row.itemCodes, lifeEvents: row.lifeEvents, certificateIds: row.certificateIds, until: row.until,
      };
    }
    const allowed = ACTING_ROUTES[route];
    if (!allowed || (allowed === 'guardian' && scope.kind !== 'guardian')) throw outOfScope('Acting for someone else does not reach this');
    return scope;
  }

  /** After the body is parsed: items, life events and certificates the request names must be granted. */
  async check(request: FastifyRequest): Promise<void> {
    const scope = request.user.acting!;
    const route = `${request.method} ${request.routeOptions.url}`;
    const params = (request.params ?? {}) as Record<string, string>;
    const body = (request.body ?? {}) as { itemCode?: string; bundleCode?: string; materials?: { certificateId?: string }[] };
    const certificate = (id: string | undefined, path: string) => {
      if (id !== undefined && !coversCertificate(scope, id)) throw outOfScope('This certificate is not shared with you', path);
    };
    const item = async (code: string, path: string) => {
      const it = await this.deps.catalog.item(code);
      if (!coversItem(scope, code, it?.lifeEvents ?? [])) throw outOfScope('This item is not part of the mandate', path);
    };
    const lifeEvent = (code: string, path: string) => {
      const b = this.deps.bundles.definition(code);
      if (scope.lifeEvents !== null && (!b || !coversLifeEvent(scope, b.lifeEvent))) throw outOfScope('This 一件事 is not part of the mandate', path);
    };
    if (params.certificateId) certificate(params.certificateId, 'params.certificateId');
    if (route === 'POST /api/v1/cases') await item(body.itemCode!, 'body.itemCode');
    if (route === 'POST /api/v1/bundle-cases') lifeEvent(body.bundleCode!, 'body.bundleCode');
    if (route.includes('/api/v1/drafts/')) {
      if (params.kind === 'bundle') lifeEvent(params.code!, 'params.code');
      else await item(params.code!, 'params.code');
    }
    for (const [i, m] of (body.materials ?? []).entries()) certificate(m.certificateId, `body.materials.${i}.certificateId`);
    if (route === 'GET /api/v1/cases/:caseId' && scope.kind !== 'guardian') {
      const acts = await this.deps.repo.actsOn(params.caseId!, 'mandate.case_submit');
      if (!acts.some((a) => a.mandateId === scope.mandateId)) throw notFound('No such case');
    }
  }

  /** After an acting request succeeded: both people recorded, and the represented person told of writes. */
  async record(request: FastifyRequest, statusCode: number, payload: unknown): Promise<void> {
    const scope = request.user.acting!;
    const what: RecordedAction | undefined = RECORDED[`${request.method} ${request.routeOptions.url}`];
    if (!what || statusCode >= 400) return;
    const params = (request.params ?? {}) as Record<string, string>;
    let ref: string | null = params.certificateId ?? params.caseId ?? null;
    let title: string | null = null;
    if (what.action === 'mandate.case_submit' && typeof payload === 'string') {
      try {
        const c = JSON.parse(payload) as { id?: string; title?: string; number?: string };
        ref = c.id ?? null;
        title = c.title ?? null;
      } catch {
        // A replayed idempotent answer is the same JSON; anything else is not a case.
      }
    }
    const at = nowIso();
    const mandateId = scope.mandateId ?? 'guardian';
    await this.deps.repo.insertAct({ id: newId(), mandateId, agentUserId: request.user.userId, principalUserId: scope.principalUserId, action: what.action, ref, at });
    await this.deps.audit.record({
      actor: `user:${request.user.userId}`, subject: scope.principalUserId, certificateId: params.certificateId ?? null,
      action: what.action, purpose: what.label, channel: 'app', result: 'ok',
      detail: { mandateId, agentName: maskName(scope.agentName), ...(ref ? { ref } : {}) },
    });
    const day = chinaDateOf(this.now());
    await this.deps.messages.send(scope.principalUserId, {
      kind: 'mandate',
      title: what.write ? `${maskName(scope.agentName)}为您代办：${what.label}` : `${maskName(scope.agentName)}查看了您的信息`,
      body: what.write
        ? `${maskName(scope.agentName)}${scope.kind === 'guardian' ? '（监护人）' : '依代办委托'}为您${what.label}${title ? `：${title}` : ''}。详情见“用证记录”。`
        : `${maskName(scope.agentName)}今天依代办委托查看了您的证照或办件，详情见“用证记录”。`,
      link: '/certs/pages/audit-log/index',
      // Reads are told once a day per mandate; each write is told.
      dedupeKey: what.write ? `mandate-act:${mandateId}:${what.action}:${ref ?? newId()}` : `mandate-read:${mandateId}:${day}`,
    });
  }

  // ───────────── assisted mode ─────────────

  private async assertHelper(user: AuthUser): Promise<User> {
    const me = await this.deps.auth.userOf(user);
    if (user.identity.mandateId || !(await this.deps.population.communityHelper(me.idNumber))) {
      throw new AppError(403, 'FORBIDDEN', 'Assisted mode is for 网格员 / 代办员 of a community service station');
    }
    return me;
  }

  async startAssist(user: AuthUser, body: { resident: { name: string; idNumber: string }; itemCodes: string[] }) {
    const me = await this.assertHelper(user);
    if (body.resident.idNumber === me.idNumber) throw new AppError(422, 'MANDATE_TO_SELF', 'Assisted mode is for someone else', [{ path: 'body.resident.idNumber', message: 'that is you' }]);
    for (const [i, code] of body.itemCodes.entries()) {
      if (!(await this.deps.catalog.item(code))) throw new AppError(422, 'VALIDATION_FAILED', 'No such item', [{ path: `body.itemCodes.${i}`, message: 'no such item' }]);
    }
    const record = await this.deps.population.resident(body.resident.idNumber);
    if (!record || record.name !== body.resident.name) {
      throw new AppError(422, 'MANDATE_GRANTEE_NOT_ELIGIBLE', 'No resident with this name and ID number', [{ path: 'body.resident', message: 'not found in the population register' }]);
    }
    const resident = await this.deps.auth.personByIdNumber(body.resident.idNumber);
    if (!resident) throw new AppError(422, 'MANDATE_GRANTEE_NOT_ELIGIBLE', 'No resident with this name and ID number', [{ path: 'body.resident', message: 'not known to the identity provider' }]);
    const now = this.now();
    const at = now.toISOString();
    // Assisted consent covers today only: the resident is at the station now.
    const until = chinaDateOf(now);
    const row: MandateRow = {
      id: `md_${randomBytes(12).toString('base64url')}`, kind: 'assisted', grantorUserId: resident.id, grantorName: resident.name, grantorIdNumber: resident.idNumber,
      granteeIdNumber: me.idNumber, granteeName: me.name, granteeUserId: me.id, itemCodes: [...new Set(body.itemCodes)], lifeEvents: [], certificateIds: [],
      status: 'pending', until, expiresAt: endOfChinaDay(until), openKey: `${resident.id}|${me.idNumber}`, createdAt: at,
      acceptedAt: null, endedAt: null, endedBy: null, documentNumber: '', documentCode: '', consent: null, consentUploadId: null,
      assistNonce: null, assistExpiresAt: null,
    };
    this.sign(row, now);
    await this.insertOpen(row, at);
    return this.assistView(row.id, me);
  }

  async assist(user: AuthUser, id: string) {
    return this.assistView(id, await this.assertHelper(user));
  }

  private async helpersAssist(me: User, id: string): Promise<MandateRow> {
    const row = await this.deps.repo.byId(id);
    if (!row || row.kind !== 'assisted' || row.granteeUserId !== me.id) throw notFound('No such assisted consent');
    return row;
  }

  /** The assisted consent; while pending, a fresh single-use code (the one shown before stops working). */
  private async assistView(id: string, me: User) {
    const row = await this.helpersAssist(me, id);
    const status = this.statusOf(row);
    if (status !== 'pending') return { mandateId: id, status, code: null };
    const nonce = randomBytes(9).toString('base64url');
    const exp = Math.floor(this.now().getTime() / 1000) + ASSIST_CODE_SECONDS;
    await this.deps.repo.setAssistNonce(id, nonce, new Date(exp * 1000).toISOString());
    const text = this.deps.signer.sign('assist', [id, nonce, String(exp)]);
    return { mandateId: id, status, code: { text, svg: await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }), expiresAt: new Date(exp * 1000).toISOString() } };
  }

  /** 扫一扫 of a helper's consent code by the resident: what they are asked to confirm. */
  async describeAssist(user: AuthUser, parts: string[], text: string): Promise<ScanResult> {
    const [id, , exp] = parts;
    if (Number(exp) * 1000 <= this.now().getTime()) throw new AppError(422, 'ASSIST_CODE_INVALID', 'This consent code has expired; ask the helper for a new one');
    const me = await this.deps.auth.userOf(user);
    const row = await this.deps.repo.byId(id!);
    if (!row || row.grantorIdNumber !== me.idNumber || this.statusOf(row) !== 'pending') {
      throw new AppError(422, 'ASSIST_CODE_INVALID', 'This consent code is not for you or was already used');
    }
    const itemNames = await Promise.all(row.itemCodes.map(async (c) => (await this.deps.catalog.item(c))?.name ?? c));
    return {
      kind: 'assist_consent', mandateId: row.id, helperName: row.granteeName, itemNames, code: text,
      path: MANDATE_PAGES.confirm, query: { id: row.id, code: text },
    };
  }

  /** 扫一扫 of a 委托书: whether its signature holds and the mandate is still in force. */
  async describeDocument(parts: string[]): Promise<ScanResult> {
    const [id, digest] = parts;
    const row = await this.deps.repo.byId(id!);
    if (!row || termsDigest(row) !== digest) throw new AppError(422, 'UNKNOWN_CODE', 'This 委托书 does not match any mandate');
    return {
      kind: 'mandate_document', mandateId: row.id, number: row.documentNumber, status: this.statusOf(row), until: row.until,
      grantorName: maskName(row.grantorName), granteeName: maskName(row.granteeName), path: MANDATE_PAGES.verify, query: { id: row.id },
    };
  }

  /** The resident confirms with the code they scanned: single use (the nonce is spent by a conditional update). */
  async confirmAssist(user: AuthUser, id: string, text: string, verify: (t: string) => { type: string; parts: string[] } | null): Promise<Mandate> {
    const me = await this.deps.auth.userOf(user);
    const code = verify(text);
    const row = await this.deps.repo.byId(id);
    const invalid = () => new AppError(422, 'ASSIST_CODE_INVALID', 'This consent code is not valid, expired or already used');
    if (!row || row.kind !== 'assisted' || row.grantorIdNumber !== me.idNumber) throw notFound('No such assisted consent');
    if (!code || code.type !== 'assist' || code.parts[0] !== id || Number(code.parts[2]) * 1000 <= this.now().getTime()) throw invalid();
    if (!(await this.deps.repo.accept(id, row.granteeUserId!, nowIso(), { consent: 'scan', nonce: code.parts[1]! }))) throw invalid();
    await this.deps.messages.send(row.granteeUserId!, {
      kind: 'mandate', title: '居民已确认代办', body: `${maskName(row.grantorName)}已扫码确认，今天可为其代办。`,
      link: `${MANDATE_PAGES.detail}?id=${id}`, dedupeKey: `assist-confirmed:${id}`,
    });
    return this.shape((await this.deps.repo.byId(id))!, me);
  }

  /** The helper records a signed paper consent (photo uploaded first) for a resident who cannot scan. */
  async paperConsent(user: AuthUser, id: string, uploadId: string): Promise<Mandate> {
    const me = await this.assertHelper(user);
    await this.helpersAssist(me, id);
    if (!(await this.deps.uploads.ownedIds(me.id, [uploadId])).has(uploadId)) {
      throw new AppError(422, 'VALIDATION_FAILED', 'Upload the photo of the signed consent first', [{ path: 'body.uploadId', message: 'no such upload of yours' }]);
    }
    if (!(await this.deps.repo.accept(id, me.id, nowIso(), { consent: 'paper', uploadId }))) {
      throw new AppError(409, 'MANDATE_NOT_PENDING', 'This consent is no longer waiting');
    }
    return this.shape((await this.deps.repo.byId(id))!, me);
  }

  /** What the receiving department sees about a case filed for someone: who filed it, and the consent. */
  async caseMandate(user: AuthUser, caseId: string) {
    await this.deps.cases.staffDetail(user, caseId);
    const [act] = await this.deps.repo.actsOn(caseId, 'mandate.case_submit');
    if (!act) return { mandate: null };
    if (act.mandateId === 'guardian') {
      const agent = await this.deps.auth.userOf({ userId: act.agentUserId });
      return { mandate: { kind: 'guardian' as const, agentName: agent.name, consent: null, consentPhotoUrl: null } };
    }
    const row = (await this.deps.repo.byId(act.mandateId))!;
    const photo = row.consentUploadId ? (await this.deps.uploads.views([row.consentUploadId])).get(row.consentUploadId)?.url ?? null : null;
    return { mandate: { kind: row.kind, agentName: row.granteeName, consent: row.consent ?? null, consentPhotoUrl: photo } };
  }

  // ───────────── 长辈模式 home ─────────────

  async elderHome(user: AuthUser): Promise<ElderHome> {
    const me = await this.deps.auth.userOf(user);
    // Most-used tasks: the person's own applications by item, topped up with the city's hot items.
    const { items: own } = await this.deps.cases.list(user, { offset: 0, limit: 100 });
    const counts = new Map<string, { name: string; uses: number }>();
    for (const c of own) {
      if (!c.itemCode) continue;
      const e = counts.get(c.itemCode) ?? { name: c.title, uses: 0 };
      e.uses += 1;
      counts.set(c.itemCode, e);
    }
    const tasks = [...counts.entries()].map(([code, e]) => ({ code, name: e.name, uses: e.uses }))
      .sort((a, b) => b.uses - a.uses || a.code.localeCompare(b.code)).slice(0, 5);
    for (const h of this.deps.catalog.hot({ audience: 'personal', limit: 10 }).items) {
      if (tasks.length >= 5) break;
      if (!tasks.some((t) => t.code === h.code)) tasks.push({ code: h.code, name: h.name, uses: 0 });
    }
    const holder = await this.deps.wallet.holderOf(user);
    const certs = await this.deps.wallet.certificatesOf(holder).catch(() => []);
    const id = certs.find((c) => c.kind === 'id_card');
    const halls = this.deps.halls.all();
    const region = me.region ?? me.idNumber.slice(0, 6);
    const hall = halls.find((h) => h.region === region) ?? halls.find((h) => h.region === '330100') ?? halls[0]!;
    const helpers = [];
    for (const m of await this.deps.repo.activeGrantedBy(me.id, this.now().toISOString())) {
      const helper = await this.deps.population.communityHelper(m.granteeIdNumber).catch(() => null);
      const person = helper ? null : await this.deps.population.resident(m.granteeIdNumber).catch(() => null);
      helpers.push({ name: m.granteeName, phone: helper?.phone ?? person?.phone ?? null, until: m.until });
    }
    return {
      tasks,
      idCard: id ? { certificateId: id.certificateId, kindName: id.kindName } : null,
      help: { hall: { name: hall.name, phone: hall.phone ?? '12345', address: hall.address }, helpers },
    };
  }
}
