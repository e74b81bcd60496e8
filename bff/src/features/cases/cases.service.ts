import { randomBytes, randomInt } from 'node:crypto';
import type { z } from 'zod';
import { formDataSchemaFor, type FormData, type FormSchema, type ServiceItem } from '@zsb/shared/contracts/catalog';
import type { BundleDefinition } from '@zsb/shared/contracts/bundles';
import type {
  CaseDetail, CaseList, CaseMaterial, CaseMaterialInput, CaseSummary, CreateBundleCaseRequest, CreateCaseRequest,
  Draft, ResubmitCaseRequest, SaveDraftRequest, StaffQueue, TransitionRequest,
} from '@zsb/shared/contracts/cases';
import { applicableItemCodes, checkAnswers, combineForms, splitBundleData } from '@zsb/shared/domain/bundle-plan';
import {
  availableTransitions, CASE_STATUSES, checkTransition, deriveBundleStatus, INITIAL_CASE_STATUS, isFinishedStatus,
  type CaseActorRole, type CaseStatus,
} from '@zsb/shared/domain/case-status';
import { caseDeadline, deadlineBounds, promisedDueDate } from '@zsb/shared/domain/case-deadline';
import { CITY, departmentName } from '@zsb/shared/domain/regions';
import { maskPersonalData } from '@zsb/shared/domain/free-text';
import { maskIdNumber, maskName, maskUscc } from '@zsb/shared/domain/masking';
import { chinaDate, currentWorkingDayCalendar, isProvisional } from '@zsb/shared/domain/working-days';
import { categoryOfMessage } from '@zsb/shared/domain/notification-rules';
import type { FieldError } from '@zsb/shared/errors';
import { isUniqueViolation, type Database } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { encodeIdentity, principalUserId, type AuthUser } from '../../platform/auth';
import { runIdempotent } from '../../platform/idempotency';
import type { AuditService } from '../../platform/audit';
import type { MessagesService } from '../messages';
import type { Holder, WalletService } from '../wallet';
import type { UploadsService } from '../uploads';
import { resolveMaterials, splitBundleMaterials, type HeldCertificate, type MaterialProblem, type ResolvedMaterial } from './cases.materials';
import { caseLink, caseNumber, caseStepMessage, maskFormData, repeatsLastStep } from './cases.rules';
import type { CasesRepository, CaseRow, CaseSummaryRow, DepartmentScope } from './cases.repository';

/** What the cases feature needs from the catalog: items with their forms and materials, and bundle definitions. */
export interface CatalogPort {
  item(code: string): Promise<ServiceItem | null> | ServiceItem | null;
  bundle(code: string): Promise<BundleDefinition | null> | BundleDefinition | null;
  /** Counts an application toward 热门服务, when the catalog keeps usage. */
  recordUse?(code: string): Promise<void> | void;
}

/** What the 好差评 feature reads about a case it links a rating to. Stable API. */
export interface CaseForRating {
  caseId: string;
  itemCode: string;
  departmentCode: string;
  region: string;
  status: CaseStatus;
  completedAt: string | null;
}

/** A case under 预警督办's watch. */
export interface DeadlineWatch {
  id: string;
  number: string;
  title: string;
  departmentCode: string;
  region: string;
  dueDate: string;
}

export interface CaseMonthFigures {
  received: number;
  finished: number;
  finishedOnTime: number;
  overdue: number;
}

const chinaMidnight = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`)).toISOString();
const addCalendarDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export interface CompletedCase extends CaseForRating {
  userId: string;
  completedAt: string;
}

type Viewer = { role: 'applicant'; user: AuthUser } | { role: 'staff'; user: AuthUser };

/** What features built on cases (payments, delivery) know of a case. */
export type CaseFacts = Pick<CaseRow, 'id' | 'number' | 'title' | 'itemCode' | 'departmentCode' | 'applicantUserId' | 'applicantName' | 'status' | 'kind'>;

/**
 * A feature that adds to the life cycle (fees, delivery), registered with `app.cases.extend(…)`.
 * Hooks inside a transaction must not call upstreams; `afterMove` runs after the commit and may.
 */
export interface CaseExtension {
  /** Before a submission writes anything: may refuse it (throw an AppError). */
  checkSubmission?(user: AuthUser, item: ServiceItem, body: CreateCaseRequest): Promise<void>;
  /** Inside the submission's transaction, once the case exists. */
  submitted?(c: CaseFacts, item: ServiceItem, body: CreateCaseRequest): Promise<void>;
  /** Inside a move's transaction, after it was recorded; may answer the system's next move (e.g. 待缴费). */
  moved?(c: CaseFacts, from: CaseStatus, to: CaseStatus, at: string): Promise<CaseStatus | void>;
  /** After a move committed; a failure is logged and left to the extension's own sweep. */
  afterMove?(c: CaseFacts, from: CaseStatus, to: CaseStatus): Promise<void>;
  /** Fields of the case detail this extension owns. */
  detail?(c: CaseFacts, viewer: 'applicant' | 'staff'): Promise<Partial<Pick<CaseDetail, 'payment' | 'shipment'>>>;
}

const factsOf = (r: CaseRow): CaseFacts => ({
  id: r.id, number: r.number, title: r.title, itemCode: r.itemCode, departmentCode: r.departmentCode,
  applicantUserId: r.applicantUserId, applicantName: r.applicantName, status: r.status, kind: r.kind,
});

interface PreparedItemCase {
  item: ServiceItem;
  form: FormData;
  materials: ResolvedMaterial[];
}

const newCaseId = () => `cs_${randomBytes(16).toString('base64url')}`;

type Actor = { role: CaseActorRole; userId: string | null; name: string | null };
const applicantActor = (user: AuthUser, holder: Holder): Actor => ({ role: 'applicant', userId: user.userId, name: maskName(holder.name) });

// Building a form's zod schema costs ~100× parsing with it, so each distinct form definition is built once.
const formValidators = new Map<string, z.ZodType<FormData>>();
function validatorFor(form: FormSchema): z.ZodType<FormData> {
  const key = JSON.stringify(form);
  let v = formValidators.get(key);
  if (!v) {
    if (formValidators.size >= 2_000) formValidators.clear();
    v = formDataSchemaFor(form);
    formValidators.set(key, v);
  }
  return v;
}

function zodErrors(error: z.ZodError, prefix: string): FieldError[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].join('.'), message: i.message }));
}

function materialError(problems: MaterialProblem[]): AppError {
  return new AppError(422, problems[0]!.code, 'Some materials are missing or cannot be used',
    problems.map((p) => ({ path: p.path, message: p.message })));
}

export interface CasesDeps {
  catalog: CatalogPort;
  wallet: Pick<WalletService, 'holderOf' | 'certificatesOf' | 'summarize'>;
  uploads: Pick<UploadsService, 'ownedIds' | 'views' | 'assertCaseQuota'>;
  messages: Pick<MessagesService, 'send'>;
  audit: Pick<AuditService, 'record'>;
  now?: () => Date;
}

/** How many cases one transaction of a due-date recompute reads and moves. */
const RECOMPUTE_BATCH = 200;

/** How often a submission takes a fresh number or event sequence after another instance took the one it read. */
const SEQUENCE_ATTEMPTS = 12;

/**
 * Runs `attempt` in a savepoint and again (up to SEQUENCE_ATTEMPTS times) while it fails on a unique
 * violation: a `max() + 1` sequence that a concurrent transaction (maybe on another instance) took
 * first. Under PostgreSQL's read committed, the retry's `max()` sees the winner's committed row.
 * `attempt` gets the attempt number (1, 2, …) to spread retries that would otherwise collide again.
 */
async function withFreshSequence<T>(db: Database, attempt: (n: number) => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await db.transaction(() => attempt(i));
    } catch (error) {
      if (!isUniqueViolation(error) || i >= SEQUENCE_ATTEMPTS) throw error;
    }
  }
}

/**
 * Online applications: submission (idempotent), bundles, drafts, the life cycle with a stamped
 * timeline and a message per step, the department queue, and what other features read.
 */
export class CasesService {
  constructor(
    private readonly db: Database,
    private readonly repo: CasesRepository,
    private readonly deps: CasesDeps,
  ) {}

  private readonly extensions: CaseExtension[] = [];

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** Adds a feature's hooks to the life cycle (see `CaseExtension`). */
  extend(extension: CaseExtension): void {
    this.extensions.push(extension);
  }

  private readonly completedListeners: ((caseId: string) => Promise<void>)[] = [];

  /**
   * Runs `listener` after a single-item case was moved to 已办结 and the move is committed (统一发证
   * issues the result from it). A listener's failure is its own: it never undoes or fails the move.
   */
  onCompleted(listener: (caseId: string) => Promise<void>): void {
    this.completedListeners.push(listener);
  }

  private async fireCompleted(caseId: string): Promise<void> {
    for (const l of this.completedListeners) {
      try {
        await l(caseId);
      } catch {
        // the listener keeps its own retry (results' sweep)
      }
    }
  }

  // ───────────────────────────── submission ─────────────────────────────

  /** Submits one item. A retry with the same Idempotency-Key returns the first case. */
  async create(user: AuthUser, body: CreateCaseRequest, idempotencyKey: string | undefined): Promise<CaseDetail> {
    const item = await this.onlineItem(body.itemCode);
    const holder = await this.deps.wallet.holderOf(user);
    this.checkAudience(item, holder);
    const wallet = await this.walletFor(user, holder, [item]);
    const prepared = await this.prepareItem(user, holder, item, body.form, body.materials, wallet, 'body.form', 'body.materials');
    for (const e of this.extensions) await e.checkSubmission?.(user, item, body);
    const result = await runIdempotent(this.db, { userKey: user.userId, key: idempotencyKey, route: 'POST /api/v1/cases', body }, async () => {
      const id = await this.insertItemCase(user, holder, prepared, null);
      if (this.extensions.length) {
        const facts = factsOf((await this.repo.byId(id))!);
        for (const e of this.extensions) await e.submitted?.(facts, item, body);
      }
      await this.repo.deleteDraft(this.draftKey(user, 'item', item.code));
      return this.detailOf((await this.repo.byId(id))!, { role: 'applicant', user });
    });
    if (!result.replayed) await this.countUse([item.code]);
    return result.body;
  }

  /** Submits a 一件事 bundle: one child case per applicable item under one bundle case. */
  async createBundle(user: AuthUser, body: CreateBundleCaseRequest, idempotencyKey: string | undefined): Promise<CaseDetail> {
    const def = await this.deps.catalog.bundle(body.bundleCode);
    if (!def) throw new AppError(404, 'BUNDLE_NOT_FOUND', 'No such bundle');
    const checked = checkAnswers(def, body.answers);
    if (checked.errors.length) {
      throw new AppError(422, 'BUNDLE_ANSWERS_INVALID', 'Some answers are missing or invalid',
        checked.errors.map((e) => ({ path: `body.${e.path}`, message: e.message })));
    }
    const items: ServiceItem[] = [];
    for (const code of applicableItemCodes(def, checked.answers)) {
      const item = await this.deps.catalog.item(code);
      if (item && item.online && item.form && item.applyChannel === 'case') items.push(item);
    }
    if (items.length === 0) throw new AppError(422, 'BUNDLE_NO_APPLICABLE_ITEMS', 'None of the bundle\'s items applies to these answers');
    const holder = await this.deps.wallet.holderOf(user);
    for (const item of items) this.checkAudience(item, holder);

    const combined = combineForms(items.map((i) => ({ code: i.code, name: i.name, form: i.form, materials: i.materials })));
    const form = this.applyLockedPrefill(combined.form, body.form, holder);
    const whole = validatorFor(combined.form).safeParse(form);
    if (!whole.success) throw new AppError(422, 'VALIDATION_FAILED', 'The form is not complete or not valid', zodErrors(whole.error, 'body.form'));
    const split = splitBundleMaterials(items, body.materials);
    if (split.problems.length) throw materialError(split.problems);
    const wallet = await this.walletFor(user, holder, items);
    const dataByItem = splitBundleData(combined.fieldKeysByItem, whole.data);
    const prepared: PreparedItemCase[] = [];
    for (const item of items) {
      prepared.push(await this.prepareItem(user, holder, item, dataByItem[item.code] ?? {}, split.byItem[item.code] ?? [], wallet,
        'body.form', `body.materials.${item.code}`));
    }

    const result = await runIdempotent(this.db, { userKey: user.userId, key: idempotencyKey, route: 'POST /api/v1/bundle-cases', body }, async () => {
      const at = this.now().toISOString();
      const parentId = newCaseId();
      await this.insertNumbered(at, (number) => ({
        id: parentId, number, kind: 'bundle', parentId: null,
        applicantUserId: principalUserId(user), applicantKind: holder.kind, applicantName: holder.name, applicantIdNumber: holder.holderId,
        itemCode: null, bundleCode: def.code, title: def.name, departmentCode: null, region: CITY.code,
        status: INITIAL_CASE_STATUS, partial: false, promisedDays: null, dueDate: null, form: whole.data, formSchema: combined.form,
        answers: checked.answers, materials: [], correctionNote: null, correctionAt: null, submittedAt: at, updatedAt: at, completedAt: null,
      }));
      await this.appendEvent(parentId, null, INITIAL_CASE_STATUS, applicantActor(user, holder), null, at);
      for (const p of prepared) await this.insertItemCase(user, holder, p, parentId, at, false);
      const parent = (await this.repo.byId(parentId))!;
      await this.notify(parent, null, INITIAL_CASE_STATUS, null, null);
      await this.repo.deleteDraft(this.draftKey(user, 'bundle', def.code));
      return this.detailOf(parent, { role: 'applicant', user });
    });
    if (!result.replayed) await this.countUse(items.map((i) => i.code));
    return result.body;
  }

  /** Usage toward 热门服务 is best effort: a failure to count never fails a submission that is already stored. */
  private async countUse(codes: string[]): Promise<void> {
    for (const code of codes) {
      try {
        await this.deps.catalog.recordUse?.(code);
      } catch {
        // counted on the next application
      }
    }
  }

  /** Corrects and resubmits a case sent back for correction; the promised date restarts from today. */
  async resubmit(user: AuthUser, caseId: string, body: ResubmitCaseRequest): Promise<CaseDetail> {
    const row = await this.ownCase(user, caseId);
    if (row.kind !== 'item' || !row.itemCode) throw new AppError(409, 'CASE_TRANSITION_NOT_ALLOWED', 'A bundle case is resubmitted item by item');
    const check = checkTransition(row.status, 'submitted', 'applicant');
    if (!check.ok) throw new AppError(409, 'CASE_TRANSITION_NOT_ALLOWED', `A case in status ${row.status} cannot be resubmitted`);
    const item = await this.onlineItem(row.itemCode);
    const holder = await this.deps.wallet.holderOf(user);
    const wallet = await this.walletFor(user, holder, [item]);
    const prepared = await this.prepareItem(user, holder, item, body.form, body.materials, wallet, 'body.form', 'body.materials');
    await this.repo.transaction(async () => {
      const at = this.now().toISOString();
      const dueDate = promisedDueDate(at, item.promisedTimeLimitDays);
      const moved = await this.repo.updateIfStatus(row.id, 'correction_required', {
        status: 'submitted', form: prepared.form, formSchema: item.form, materials: prepared.materials, promisedDays: item.promisedTimeLimitDays,
        dueDate, correctionNote: null, correctionAt: null, updatedAt: at,
      });
      if (!moved) throw new AppError(409, 'CASE_STATUS_CHANGED', 'The case has changed; reload it');
      await this.auditAttached(user, holder, prepared.materials, row.number);
      await this.step(row, 'correction_required', 'submitted', applicantActor(user, holder), body.note ?? null, at, dueDate);
    });
    return this.detailOf((await this.repo.byId(row.id))!, { role: 'applicant', user });
  }

  private async onlineItem(code: string): Promise<ServiceItem> {
    const item = await this.deps.catalog.item(code);
    if (!item) throw new AppError(404, 'SERVICE_NOT_FOUND', 'No such service item');
    if (!item.online || !item.form || item.applyChannel !== 'case') {
      throw new AppError(422, 'ITEM_NOT_ONLINE', 'This item cannot be applied for online here', [{ path: 'body.itemCode', message: 'not online' }]);
    }
    return item;
  }

  private checkAudience(item: ServiceItem, holder: Holder): void {
    const audience = holder.kind === 'enterprise' ? 'enterprise' : 'personal';
    if (!item.audience.includes(audience)) {
      throw new AppError(422, 'VALIDATION_FAILED', `「${item.name}」 is not for ${audience} applicants`,
        [{ path: 'body.itemCode', message: `not for ${audience} applicants; switch identity` }]);
    }
  }

  /** The applicant's current certificates, read only when a material could come from the wallet. */
  private async walletFor(user: AuthUser, holder: Holder, items: ServiceItem[]): Promise<HeldCertificate[]> {
    if (!items.some((i) => i.materials.some((m) => m.certificateKind))) return [];
    const certs = await this.deps.wallet.certificatesOf(holder);
    await this.deps.audit.record({
      actor: `user:${user.userId}`, subject: holder.subject, action: 'case.wallet_check', fields: ['summary'],
      purpose: 'find certificates that satisfy application materials (免提交)', channel: 'app', result: 'ok',
    });
    const today = chinaDate(this.now());
    return certs.map((c) => this.deps.wallet.summarize(c, today));
  }

  /** Identity fields the applicant may not change are taken from the signed-in identity, whatever was sent. */
  private applyLockedPrefill(form: FormSchema, data: FormData, holder: Holder): FormData {
    const out: FormData = { ...data };
    for (const f of form.fields) {
      if (!f.readonlyWhenPrefilled || !f.prefill) continue;
      const personal = holder.kind === 'personal';
      const value = f.prefill === 'profile.name' && personal ? holder.name
        : f.prefill === 'profile.idNumber' && personal ? holder.holderId
        : f.prefill === 'identity.name' && !personal ? holder.name
        : f.prefill === 'identity.uscc' && !personal ? holder.holderId
        : undefined;
      if (value !== undefined) out[f.key] = value;
    }
    return out;
  }

  private async prepareItem(
    user: AuthUser, holder: Holder, item: ServiceItem, data: FormData, inputs: readonly CaseMaterialInput[],
    wallet: HeldCertificate[], formPath: string, materialsPath: string,
  ): Promise<PreparedItemCase> {
    const form = this.applyLockedPrefill(item.form!, data, holder);
    const parsed = validatorFor(item.form!).safeParse(form);
    if (!parsed.success) throw new AppError(422, 'VALIDATION_FAILED', 'The form is not complete or not valid', zodErrors(parsed.error, formPath));
    const uploadIds = inputs.flatMap((m) => (m.source === 'upload' ? m.uploadIds : []));
    const own = await this.deps.uploads.ownedIds(user.userId, uploadIds);
    const resolved = resolveMaterials(item.materials, inputs, wallet, own, materialsPath);
    if (resolved.problems.length) throw materialError(resolved.problems);
    await this.deps.uploads.assertCaseQuota(uploadIds, materialsPath);
    return { item, form: parsed.data, materials: resolved.materials };
  }

  /**
   * The day's next number. A retry after a collision skips a few numbers at random (more on each
   * attempt): the requests that lost the same number then rarely pick the same one again, so a burst
   * of concurrent submissions settles in a few rounds; a skipped number is a gap, never a duplicate.
   */
  private async nextNumber(atIso: string, attempt = 1): Promise<string> {
    const date = chinaDate(atIso);
    const last = await this.repo.lastNumberOn(date.replaceAll('-', ''));
    const skip = attempt > 1 ? randomInt(Math.min(2 ** (attempt - 1), 64)) : 0;
    return caseNumber(date, (last ? Number(last.slice(-6)) + 1 : 1) + skip);
  }

  /**
   * Inserts a case under the next free number of its day. The number is `max() + 1`, held unique by
   * `cases_number`: when a concurrent submission took it first, the insert is retried with a fresh one.
   */
  private async insertNumbered(at: string, rowFor: (number: string) => Parameters<CasesRepository['insert']>[0]): Promise<string> {
    return withFreshSequence(this.db, async (attempt) => {
      const number = await this.nextNumber(at, attempt);
      await this.repo.insert(rowFor(number));
      return number;
    });
  }

  /** Inserts a submitted item case with its first event and message. Runs inside the caller's transaction. */
  private async insertItemCase(
    user: AuthUser, holder: Holder, p: PreparedItemCase, parentId: string | null, at = this.now().toISOString(), notify = true,
  ): Promise<string> {
    const id = newCaseId();
    const dueDate = promisedDueDate(at, p.item.promisedTimeLimitDays);
    const number = await this.insertNumbered(at, (number) => ({
      id, number, kind: 'item', parentId, applicantUserId: principalUserId(user), applicantKind: holder.kind, applicantName: holder.name,
      applicantIdNumber: holder.holderId, itemCode: p.item.code, bundleCode: null, title: p.item.name,
      departmentCode: p.item.departmentCode, region: p.item.region, status: INITIAL_CASE_STATUS, partial: false,
      promisedDays: p.item.promisedTimeLimitDays, dueDate, form: p.form, formSchema: p.item.form, answers: null,
      materials: p.materials, correctionNote: null, correctionAt: null, submittedAt: at, updatedAt: at, completedAt: null,
    }));
    await this.appendEvent(id, null, INITIAL_CASE_STATUS, applicantActor(user, holder), null, at);
    await this.auditAttached(user, holder, p.materials, number);
    if (notify) await this.notify({ id, title: p.item.name, number, applicantUserId: principalUserId(user) }, null, INITIAL_CASE_STATUS, null, dueDate);
    return id;
  }

  /** Every certificate attached by reference is a use of certificate data: one audit row each. */
  private async auditAttached(user: AuthUser, holder: Holder, materials: ResolvedMaterial[], number: string): Promise<void> {
    for (const m of materials) {
      if (m.source !== 'wallet') continue;
      await this.deps.audit.record({
        actor: `user:${user.userId}`, subject: holder.subject, certificateId: m.certificateId, action: 'case.attach_certificate',
        fields: ['reference'], purpose: `材料「${m.name}」免提交，办件 ${number}`, channel: 'app', result: 'ok',
      });
    }
  }

  // ───────────────────────────── life cycle ─────────────────────────────

  /** Tells the applicant about the step just recorded; keyed by the event so a replay never sends twice. */
  private async notify(
    c: Pick<CaseRow, 'id' | 'title' | 'number' | 'applicantUserId'>, from: CaseStatus | null, to: CaseStatus, note: string | null, dueDate: string | null,
  ): Promise<void> {
    const seq = await this.repo.lastEventSeq(c.id);
    await this.deps.messages.send(c.applicantUserId, {
      ...caseStepMessage({ caseId: c.id, caseTitle: c.title, number: c.number, from, to, note, dueDate }),
      category: categoryOfMessage('case_status', to),
      dedupeKey: `case:${c.id}:${seq}`,
    });
  }

  /** Appends an event under the case's next `seq` (`max() + 1`, unique per case; retried when taken concurrently). */
  private async appendEvent(caseId: string, from: CaseStatus | null, to: CaseStatus, actor: Actor, note: string | null, at: string): Promise<void> {
    await withFreshSequence(this.db, async () => {
      const seq = (await this.repo.lastEventSeq(caseId)) + 1;
      await this.repo.insertEvent({ id: randomBytes(12).toString('base64url'), caseId, seq, fromStatus: from, toStatus: to,
        actorRole: actor.role, actorUserId: actor.userId, actorName: actor.name, note, at });
    });
  }

  /**
   * Records a move that has already been written to the case row: the event, the applicant's
   * message, and the parent bundle's derived status. Runs inside the caller's transaction.
   */
  private async step(row: CaseRow, from: CaseStatus, to: CaseStatus, actor: Actor, note: string | null, at: string, dueDate: string | null): Promise<void> {
    await this.appendEvent(row.id, from, to, actor, note, at);
    await this.notify(row, from, to, note, dueDate);
    if (row.parentId) await this.rederiveParent(row.parentId, at);
  }

  /** A bundle case follows its children; a child's move never touches its siblings. */
  private async rederiveParent(parentId: string, at: string): Promise<void> {
    // Siblings moved at once (two clerks, two instances) take turns here, so the last one sees both moves.
    if (!(await this.repo.lock(parentId))) return;
    const parent = (await this.repo.byId(parentId))!;
    const progress = deriveBundleStatus((await this.repo.children(parentId)).map((c) => c.status));
    if (progress.status === parent.status && progress.partial === parent.partial) return;
    const finishedNow = progress.status === 'completed' || progress.status === 'delivered';
    await this.repo.update(parentId, {
      status: progress.status, partial: progress.partial, updatedAt: at,
      completedAt: finishedNow ? parent.completedAt ?? at : null,
    });
    if (progress.status !== parent.status) await this.appendEvent(parentId, parent.status, progress.status, { role: 'system', userId: null, name: null }, null, at);
  }

  /** A clerk moves a case of their department along its life cycle. */
  async transition(user: AuthUser, caseId: string, body: TransitionRequest): Promise<CaseDetail> {
    const row = await this.staffCase(user, caseId);
    const note = body.note?.trim() || null;
    // A double tap: this clerk's same move is already done, so the second tap is answered as the first was.
    if (await this.repeatsLastStep(user, row, body, note)) return this.detailOf(row, { role: 'staff', user });
    if (body.expectedStatus && body.expectedStatus !== row.status) {
      throw new AppError(409, 'CASE_STATUS_CHANGED', `The case is now ${row.status}; reload it`);
    }
    const check = checkTransition(row.status, body.to, 'staff', note);
    if (!check.ok) {
      if (check.reason === 'NOTE_REQUIRED') {
        throw new AppError(422, 'VALIDATION_FAILED', 'Say what to correct, or why the case is refused', [{ path: 'body.note', message: 'required' }]);
      }
      throw new AppError(409, 'CASE_TRANSITION_NOT_ALLOWED', `A case cannot go from ${row.status} to ${body.to}`);
    }
    await this.repo.transaction(async () => {
      const at = this.now().toISOString();
      const moved = await this.repo.updateIfStatus(row.id, row.status, {
        status: body.to, updatedAt: at,
        ...(body.to === 'completed' ? { completedAt: at } : {}),
        ...(body.to === 'correction_required' ? { correctionNote: note, correctionAt: at } : {}),
      });
      if (!moved) {
        if (await this.repeatsLastStep(user, (await this.repo.byId(row.id))!, body, note)) return;
        throw new AppError(409, 'CASE_STATUS_CHANGED', 'Someone moved the case first; reload it');
      }
      const actorName = departmentName(user.departmentCode ?? '') ?? null;
      await this.step(row, row.status, body.to, { role: 'staff', userId: user.userId, name: actorName }, note, at, row.dueDate);
      await this.runMovedHooks(row, row.status, body.to, at);
    });
    await this.runAfterMove(row, row.status, body.to);
    if (body.to === 'completed') await this.fireCompleted(row.id);
    return this.detailOf((await this.repo.byId(row.id))!, { role: 'staff', user });
  }

  /** The extensions' `moved` hooks, and the system move one of them asks for. Inside the caller's transaction. */
  private async runMovedHooks(row: CaseRow, from: CaseStatus, to: CaseStatus, at: string): Promise<void> {
    for (const e of this.extensions) {
      const next = await e.moved?.(factsOf({ ...row, status: to }), from, to, at);
      if (next) await this.systemMoveIn(row.id, to, next, null, at);
    }
  }

  private async runAfterMove(row: CaseRow, from: CaseStatus, to: CaseStatus): Promise<void> {
    const fresh = (await this.repo.byId(row.id)) ?? row;
    for (const e of this.extensions) {
      try {
        await e.afterMove?.(factsOf(fresh), from, to);
      } catch {
        // The move stands; the extension's sweep finishes what it could not do now.
      }
    }
  }

  /**
   * A move the system makes (payment received, parcel signed for): only from `from` (a conditional
   * update, so duplicates and races move it once), recorded and told like a clerk's. True when it moved.
   */
  async systemMove(caseId: string, from: CaseStatus, to: CaseStatus, note: string | null = null): Promise<boolean> {
    const moved = await this.repo.transaction(async () => this.systemMoveIn(caseId, from, to, note, this.now().toISOString()));
    if (moved) await this.runAfterMove(moved, from, to);
    return moved !== null;
  }

  private async systemMoveIn(caseId: string, from: CaseStatus, to: CaseStatus, note: string | null, at: string): Promise<CaseRow | null> {
    const check = checkTransition(from, to, 'system', note);
    if (!check.ok) throw new AppError(409, 'CASE_TRANSITION_NOT_ALLOWED', `The system cannot move a case from ${from} to ${to}`);
    const row = await this.repo.byId(caseId);
    if (!row || row.status !== from) return null;
    if (!(await this.repo.updateIfStatus(caseId, from, { status: to, updatedAt: at, ...(to === 'completed' ? { completedAt: at } : {}) }))) return null;
    await this.step(row, from, to, { role: 'system', userId: null, name: null }, note, at, row.dueDate);
    await this.runMovedHooks(row, from, to, at);
    return row;
  }

  /** The facts of a single-item case, for the features that extend cases; null when there is none. */
  async facts(caseId: string): Promise<CaseFacts | null> {
    const row = await this.repo.byId(caseId);
    return row && row.kind === 'item' ? factsOf(row) : null;
  }

  /** The applicant's own single-item case (anyone else's: 404), for the features that extend cases. */
  async ownFacts(user: AuthUser, caseId: string): Promise<CaseFacts> {
    const row = await this.ownCase(user, caseId);
    if (row.kind !== 'item') throw notFound('No such case');
    return factsOf(row);
  }

  /** A case of the clerk's department (otherwise 404), for the features that extend cases. */
  async staffFacts(user: AuthUser, caseId: string): Promise<CaseFacts> {
    return factsOf(await this.staffCase(user, caseId));
  }

  private async repeatsLastStep(user: AuthUser, row: CaseRow, body: TransitionRequest, note: string | null): Promise<boolean> {
    if (row.status !== body.to) return false;
    return repeatsLastStep(row.status, (await this.repo.events(row.id)).at(-1), { clerkUserId: user.userId, to: body.to, note, expectedStatus: body.expectedStatus });
  }

  // ───────────────────────────── reading ─────────────────────────────

  /** The applicant's own case; anyone else's is 404, like one that does not exist. */
  private async ownCase(user: AuthUser, caseId: string): Promise<CaseRow> {
    const row = await this.repo.byId(caseId);
    if (!row || row.applicantUserId !== principalUserId(user)) throw notFound('No such case');
    return row;
  }

  private scopeOf(user: AuthUser): DepartmentScope {
    if (user.kind !== 'staff' || !user.departmentCode) throw new AppError(403, 'FORBIDDEN', 'This needs a department clerk');
    return { departmentCode: user.departmentCode, region: user.region && user.region !== CITY.code ? user.region : null };
  }

  /** A single-item case of the clerk's department (and district, for a district clerk); otherwise 404. */
  private async staffCase(user: AuthUser, caseId: string): Promise<CaseRow> {
    const scope = this.scopeOf(user);
    const row = await this.repo.byId(caseId);
    if (!row || row.kind !== 'item' || row.departmentCode !== scope.departmentCode || (scope.region && row.region !== scope.region)) {
      throw notFound('No such case');
    }
    return row;
  }

  async detail(user: AuthUser, caseId: string): Promise<CaseDetail> {
    return this.detailOf(await this.ownCase(user, caseId), { role: 'applicant', user });
  }

  async staffDetail(user: AuthUser, caseId: string): Promise<CaseDetail> {
    return this.detailOf(await this.staffCase(user, caseId), { role: 'staff', user });
  }

  async list(user: AuthUser, q: { status?: CaseStatus; offset: number; limit: number }): Promise<CaseList> {
    const { rows, total } = await this.repo.listForApplicant(principalUserId(user), q);
    const kids = await this.repo.childrenOf(rows.filter((r) => r.kind === 'bundle').map((r) => r.id));
    return { items: rows.map((r) => this.summaryOf(r, kids.filter((k) => k.parentId === r.id))), total };
  }

  /**
   * What a clerk's queue answer depends on besides its query: the clerk's scope, today's date and the
   * working-day calendar (deadline states); with `queueVersion`, the key of an answer that may be kept.
   */
  queueKey(user: AuthUser): string {
    const scope = this.scopeOf(user);
    let calendar = this.calendarIds.get(currentWorkingDayCalendar());
    if (calendar === undefined) this.calendarIds.set(currentWorkingDayCalendar(), (calendar = this.nextCalendarId++));
    return `${scope.departmentCode}|${scope.region ?? '*'}|${chinaDate(this.now())}|${calendar}`;
  }

  private readonly calendarIds = new WeakMap<object, number>();
  private nextCalendarId = 0;

  /** Changes with every write to any case, on any instance. */
  queueVersion(): Promise<string> {
    return this.repo.version();
  }

  /** Cases were changed outside this service (an operator's SQL fix, a test moving a due date): kept queue answers and counts are stale. */
  changedOutside(): void {
    this.repo.changedOutside();
  }

  async queue(user: AuthUser, q: { status?: CaseStatus; deadline?: 'near' | 'overdue'; open: 'true' | 'false'; offset: number; limit: number }): Promise<StaffQueue> {
    const scope = this.scopeOf(user);
    const bounds = deadlineBounds(chinaDate(this.now()));
    const { rows, total } = await this.repo.queue(scope, {
      status: q.status, openOnly: q.open === 'true', deadline: q.deadline ? { kind: q.deadline, ...bounds } : undefined,
    }, q);
    return {
      items: rows.map((r) => ({ ...this.summaryOf(r, []), applicantName: maskName(r.applicantName) })),
      total,
      ...(await this.repo.countByDeadline(scope, bounds)),
    };
  }

  private summaryOf(row: CaseSummaryRow, children: CaseSummaryRow[]): CaseSummary {
    const today = chinaDate(this.now());
    // A bundle is due when its last live child is.
    const last = row.kind === 'bundle'
      ? children.filter((c) => !isFinishedStatus(c.status) && c.dueDate).sort((a, b) => a.dueDate!.localeCompare(b.dueDate!)).at(-1)
      : row;
    const dueDate = last?.dueDate ?? null;
    return {
      id: row.id, number: row.number, kind: row.kind, itemCode: row.itemCode, bundleCode: row.bundleCode, title: row.title,
      departmentCode: row.departmentCode, departmentName: row.departmentCode ? departmentName(row.departmentCode) ?? null : null,
      region: row.region, status: row.status, partial: row.partial, submittedAt: row.submittedAt, updatedAt: row.updatedAt,
      dueDate, deadline: caseDeadline(row.status, dueDate, today, last?.promisedDays ?? null), parentId: row.parentId,
      dueDateProvisional: dueDate !== null && isProvisional(chinaDate(row.submittedAt), dueDate),
    };
  }

  private async materialsOf(materials: ResolvedMaterial[]): Promise<CaseMaterial[]> {
    const views = await this.deps.uploads.views(materials.flatMap((m) => (m.source === 'upload' ? m.uploadIds : [])));
    return materials.map((m) => m.source === 'wallet'
      ? { key: m.key, name: m.name, source: 'wallet', certificate: { id: m.certificateId, kindName: m.kindName }, uploads: [] }
      : { key: m.key, name: m.name, source: 'upload', certificate: null, uploads: m.uploadIds.flatMap((id) => (views.has(id) ? [views.get(id)!] : [])) });
  }

  private async detailOf(row: CaseRow, viewer: Viewer): Promise<CaseDetail> {
    const children = row.kind === 'bundle' ? await this.repo.children(row.id) : [];
    const role: CaseActorRole = viewer.role;
    const correction = row.status === 'correction_required' && row.correctionNote && row.correctionAt
      ? { note: row.correctionNote, at: row.correctionAt } : null;
    return {
      ...this.summaryOf(row, children),
      applicant: {
        kind: row.applicantKind,
        // The clerk sees the name masked, as in the queue; the applicant sees their own.
        name: viewer.role === 'staff' ? maskName(row.applicantName) : row.applicantName,
        idNumber: row.applicantKind === 'enterprise' ? maskUscc(row.applicantIdNumber) : maskIdNumber(row.applicantIdNumber),
      },
      promisedTimeLimitDays: row.promisedDays,
      form: row.form ? maskFormData(row.formSchema ?? null, row.form) : null,
      formSchema: row.formSchema ?? null,
      materials: await this.materialsOf(row.materials),
      timeline: (await this.repo.events(row.id)).map((e) => ({
        // The applicant's notes reach the clerk with personal data masked, like the form.
        from: e.fromStatus, to: e.toStatus, actor: { role: e.actorRole, name: e.actorName }, at: e.at,
        note: viewer.role === 'staff' ? maskPersonalData(e.note) : e.note,
      })),
      children: children.map((c) => this.summaryOf(c, [])),
      actions: row.kind === 'item' ? availableTransitions(row.status, role).map((t) => ({ to: t.to, noteRequired: t.noteRequired })) : [],
      correction,
      ...(await this.extrasOf(row, viewer.role)),
    };
  }

  private async extrasOf(row: CaseRow, viewer: 'applicant' | 'staff'): Promise<Pick<CaseDetail, 'payment' | 'shipment'>> {
    const out: Pick<CaseDetail, 'payment' | 'shipment'> = { payment: null, shipment: null };
    if (row.kind !== 'item') return out;
    for (const e of this.extensions) Object.assign(out, await e.detail?.(factsOf(row), viewer));
    return out;
  }

  // ───────────────────────────── drafts ─────────────────────────────

  private draftKey(user: AuthUser, kind: 'item' | 'bundle', code: string) {
    return { userId: user.userId, identity: encodeIdentity(user.identity), kind, code };
  }

  async getDraft(user: AuthUser, kind: 'item' | 'bundle', code: string): Promise<{ draft: Draft | null }> {
    const row = await this.repo.draft(this.draftKey(user, kind, code));
    return { draft: row ? this.draftOf(row, true) : null };
  }

  async saveDraft(user: AuthUser, kind: 'item' | 'bundle', code: string, body: SaveDraftRequest): Promise<Draft> {
    const key = this.draftKey(user, kind, code);
    const data = { form: body.form, materials: body.materials, answers: body.answers ?? null };
    const stored = await this.repo.saveDraft({ ...key, data, revision: body.revision, updatedAt: this.now().toISOString() });
    return this.draftOf(stored, stored.revision === body.revision);
  }

  async deleteDraft(user: AuthUser, kind: 'item' | 'bundle', code: string): Promise<void> {
    await this.repo.deleteDraft(this.draftKey(user, kind, code));
  }

  private draftOf(row: { kind: 'item' | 'bundle'; code: string; data: unknown; revision: number; updatedAt: string }, applied: boolean): Draft {
    const data = row.data as Pick<Draft, 'form' | 'materials' | 'answers'>;
    return { kind: row.kind, code: row.code, form: data.form, materials: data.materials, answers: data.answers ?? null,
      revision: row.revision, updatedAt: row.updatedAt, applied };
  }

  // ───────────────────────────── for other features ─────────────────────────────

  /**
   * The facts 好差评 needs to link a rating to a case: only the applicant's own single-item case,
   * otherwise null. Stable API.
   */
  async getCaseForRating(caseId: string, userId: string): Promise<CaseForRating | null> {
    const row = await this.repo.byId(caseId);
    if (!row || row.applicantUserId !== userId || row.kind !== 'item' || !row.itemCode || !row.departmentCode) return null;
    return { caseId: row.id, itemCode: row.itemCode, departmentCode: row.departmentCode, region: row.region, status: row.status, completedAt: row.completedAt };
  }

  /**
   * A year's holiday schedule was published (`app.calendar.onSchedulePublished`): every single-item
   * case whose clock runs (`statuses`) and whose promised date is on or after `dueOnOrAfter` gets it
   * computed again by the rule that computed it — `promisedDueDate(clock start, promised days)`, the
   * clock start being the latest submission or resubmission — now on the published calendar. Batches
   * of `RECOMPUTE_BATCH`, each read and moved in one transaction; each move is a conditional update
   * (same date, same status), so a concurrent resubmission wins and running it twice moves nothing
   * twice. The applicant is told once per case and year. A bundle's date is derived from its children
   * when read, so it follows them. Answers how many cases were looked at and how many moved.
   */
  async recomputeDueDates(year: number, target: { dueOnOrAfter: string; statuses: readonly string[] }): Promise<{ checked: number; moved: number }> {
    const statuses = CASE_STATUSES.filter((s) => target.statuses.includes(s));
    let afterId = '';
    let checked = 0;
    let moved = 0;
    if (statuses.length === 0) return { checked, moved };
    for (;;) {
      const batch = await this.repo.transaction(async () => {
        const rows = await this.repo.runningClocks({ dueOnOrAfter: target.dueOnOrAfter, statuses, afterId, limit: RECOMPUTE_BATCH });
        const at = this.now().toISOString();
        let n = 0;
        for (const r of rows) {
          if (r.promisedDays === null) continue;
          const dueDate = promisedDueDate(r.clockStart ?? r.submittedAt, r.promisedDays);
          if (dueDate === r.dueDate || !(await this.repo.moveDueDate(r.id, r, dueDate, at))) continue;
          n++;
          await this.deps.messages.send(r.applicantUserId, {
            kind: 'case_status', title: `承诺办结日期调整：${r.title}`,
            body: `「${r.title}」（办件编号 ${r.number}）的承诺办结日期已按国务院办公厅公布的${year}年节假日安排重新计算：由 ${r.dueDate} 调整为 ${dueDate}。`,
            link: caseLink(r.id), dedupeKey: `case:${r.id}:due:${year}`,
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

  /**
   * A case that another feature runs by itself (a housing-fund withdrawal): recorded as submitted by
   * the applicant under the catalog item `itemCode`, then moved by `systemStep`. Listed in 我的办件
   * and rated like any other. `form` is what the applicant asked for (shown in the case).
   */
  async openSystemCase(user: AuthUser, itemCode: string, form: FormData): Promise<{ caseId: string; number: string }> {
    const item = await this.deps.catalog.item(itemCode);
    if (!item) throw new AppError(404, 'SERVICE_NOT_FOUND', 'No such service item');
    const holder = await this.deps.wallet.holderOf(user);
    const id = newCaseId();
    const number = await this.repo.transaction(async () => {
      const at = this.now().toISOString();
      const dueDate = promisedDueDate(at, item.promisedTimeLimitDays);
      const n = await this.insertNumbered(at, (number) => ({
        id, number, kind: 'item', parentId: null, applicantUserId: user.userId, applicantKind: holder.kind, applicantName: holder.name,
        applicantIdNumber: holder.holderId, itemCode: item.code, bundleCode: null, title: item.name,
        departmentCode: item.departmentCode, region: item.region, status: INITIAL_CASE_STATUS, partial: false,
        promisedDays: item.promisedTimeLimitDays, dueDate, form, formSchema: null, answers: null,
        materials: [], correctionNote: null, correctionAt: null, submittedAt: at, updatedAt: at, completedAt: null,
      }));
      await this.appendEvent(id, null, INITIAL_CASE_STATUS, applicantActor(user, holder), null, at);
      await this.notify({ id, title: item.name, number: n, applicantUserId: user.userId }, null, INITIAL_CASE_STATUS, null, dueDate);
      return n;
    });
    return { caseId: id, number };
  }

  /**
   * Moves a system-run case (see `openSystemCase`) from `from` to `to` as the system, with the
   * step's event and message. A conditional update: answers false when the case was not in `from`.
   */
  async systemStep(caseId: string, from: CaseStatus, to: CaseStatus, note: string | null, actorName: string | null = null): Promise<boolean> {
    const row = await this.repo.byId(caseId);
    if (!row) return false;
    const moved = await this.repo.transaction(async () => {
      const at = this.now().toISOString();
      const ok = await this.repo.updateIfStatus(caseId, from, { status: to, updatedAt: at, ...(to === 'completed' ? { completedAt: at } : {}) });
      if (!ok) return false;
      await this.step(row, from, to, { role: 'system', userId: null, name: actorName }, note, at, row.dueDate);
      return true;
    });
    if (moved && to === 'completed') await this.fireCompleted(caseId);
    return moved;
  }

  /** What 统一发证 needs about a finished single-item case (full holder id: it issues to it); null otherwise. */
  async caseForResult(caseId: string): Promise<{
    caseId: string; userId: string; number: string; itemCode: string; title: string; departmentCode: string | null; region: string;
    status: CaseStatus; completedAt: string | null; applicantKind: 'personal' | 'enterprise'; applicantName: string; applicantIdNumber: string;
  } | null> {
    const r = await this.repo.byId(caseId);
    if (!r || r.kind !== 'item' || !r.itemCode) return null;
    return {
      caseId: r.id, userId: r.applicantUserId, number: r.number, itemCode: r.itemCode, title: r.title, departmentCode: r.departmentCode,
      region: r.region, status: r.status, completedAt: r.completedAt, applicantKind: r.applicantKind, applicantName: r.applicantName,
      applicantIdNumber: r.applicantIdNumber,
    };
  }

  /** 预警督办: single-item cases whose clock runs and that are due on or before `dueOnOrBefore` (China date). */
  async openDueBy(dueOnOrBefore: string): Promise<DeadlineWatch[]> {
    const running = CASE_STATUSES.filter((s) => !isFinishedStatus(s) && s !== 'correction_required');
    return (await this.repo.openDueBy(dueOnOrBefore, running)).flatMap((r) => (r.departmentCode && r.dueDate
      ? [{ id: r.id, number: r.number, title: r.title, departmentCode: r.departmentCode, region: r.region, dueDate: r.dueDate }] : []));
  }

  /**
   * 情况通报 figures per department for the China dates `from`…`to` (inclusive): received (submitted in
   * it), finished and finished on time (completed in it, by the promised date), overdue (finished late in
   * it, or still open past the promised date at its end).
   */
  async monthFigures(from: string, to: string): Promise<Map<string, CaseMonthFigures>> {
    const start = chinaMidnight(from);
    const end = chinaMidnight(addCalendarDay(to));
    const out = new Map<string, CaseMonthFigures>();
    for (const r of await this.repo.monthRows(start, end)) {
      if (!r.departmentCode) continue;
      let f = out.get(r.departmentCode);
      if (!f) out.set(r.departmentCode, (f = { received: 0, finished: 0, finishedOnTime: 0, overdue: 0 }));
      if (r.submittedAt >= start) f.received++;
      const finishedIn = r.completedAt !== null && r.completedAt < end;
      const onTime = r.completedAt !== null && r.dueDate !== null && chinaDate(r.completedAt) <= r.dueDate;
      if (finishedIn) {
        f.finished++;
        if (onTime) f.finishedOnTime++;
        else if (r.dueDate) f.overdue++;
      } else if (r.completedAt === null && r.status !== 'rejected' && r.dueDate !== null && r.dueDate < to) {
        f.overdue++;
      }
    }
    return out;
  }

  /** Single-item cases completed in (after, until], oldest first, with their applicant — for 好差评's default ratings. */
  async completedCases(after: string, until: string, limit = 500): Promise<CompletedCase[]> {
    return (await this.repo.completedBetween(after, until, limit)).map((r) => ({
      caseId: r.id, userId: r.applicantUserId, itemCode: r.itemCode!, departmentCode: r.departmentCode!, region: r.region,
      status: r.status, completedAt: r.completedAt!,
    }));
  }
}
