import type { z } from 'zod';
import type {
  AnswerDisclosureRequestSchema,
  CreateDisclosureRequestSchema,
  Disclosure,
  DisclosureOutcome,
} from '@zsb/shared/contracts/disclosure';
import { disclosureDueDate, extendedDueDate, LITIGATION_MONTHS, receivedOn, REVIEW_DAYS } from '@zsb/shared/domain/disclosure';
import { departmentName } from '@zsb/shared/domain/regions';
import { chinaDate } from '@zsb/shared/domain/working-days';
import { newId } from '../../db/ids';
import type { AuthUser } from '../../platform/auth';
import type { Database } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import type { MessagesService } from '../messages';
import type { UploadsService } from '../uploads';
import { DisclosureRepository, type DisclosureRow } from './disclosure.repository';

export const DISCLOSURE_PAGE_PATH = '/asks/pages/disclosure/index';
/** Municipal departments answer to the city's people's government for 行政复议. */
const REVIEW_BODY = '杭州市人民政府';

const OUTCOME_TEXT: Record<DisclosureOutcome, string> = { granted: '予以公开', partly: '部分公开', refused: '不予公开', not_held: '信息不存在' };

export interface DisclosureDeps {
  database: Database;
  uploads: Pick<UploadsService, 'ownedIds' | 'views'>;
  messages: Pick<MessagesService, 'send'>;
}

type StaffDisclosure = Disclosure & { overdue: boolean };

/**
 * 依申请公开: the request is received on its China-time date and due 20 working days later (the
 * calendar feature's working days); the department extends once by 20 with a reason, and answers
 * once with an outcome, the legal ground of a refusal, and files its clerk uploaded. Every answer
 * carries the requester's remedies (复议 / 诉讼).
 */
export class DisclosureService {
  private readonly repo: DisclosureRepository;

  constructor(private readonly deps: DisclosureDeps) {
    this.repo = new DisclosureRepository(deps.database);
  }

  async create(user: AuthUser, body: z.infer<typeof CreateDisclosureRequestSchema>, now = new Date()): Promise<{ id: string; status: 'received' }> {
    const id = newId();
    const on = receivedOn(now);
    await this.repo.insert({
      id, userId: user.userId, departmentCode: body.departmentCode, description: body.description, purpose: body.purpose ?? null,
      format: body.format, status: 'received', receivedOn: on, dueDate: disclosureDueDate(on),
      extensionReason: null, extensionPreviousDueDate: null, extendedAt: null,
      outcome: null, legalGround: null, answerText: null, answerFileIds: null, answeredAt: null, createdAt: now.toISOString(),
    });
    return { id, status: 'received' };
  }

  async mine(user: AuthUser): Promise<Disclosure[]> {
    return this.views(await this.repo.ofUser(user.userId, 100));
  }

  /** One of the caller's requests; anyone else's is 404. */
  async get(user: AuthUser, id: string): Promise<Disclosure> {
    const row = await this.repo.byId(id);
    if (!row || row.userId !== user.userId) throw notFound('No such request');
    return (await this.views([row]))[0]!;
  }

  async staffList(caller: AuthUser, status?: Disclosure['status']): Promise<StaffDisclosure[]> {
    return this.staffViews(await this.repo.ofDepartment({ departmentCode: caller.departmentCode ?? '-', status, limit: 200 }));
  }

  async extend(caller: AuthUser, id: string, reason: string, now = new Date()): Promise<StaffDisclosure> {
    const row = await this.unitRequest(caller, id);
    if (row.status !== 'received') {
      throw new AppError(409, row.status === 'extended' ? 'DISCLOSURE_ALREADY_EXTENDED' : 'ASK_TRANSITION_NOT_ALLOWED',
        row.status === 'extended' ? 'The statutory limit may be extended only once' : 'This request is already answered');
    }
    const moved = await this.repo.extend(id, {
      dueDate: extendedDueDate(row.dueDate), extensionReason: reason, extensionPreviousDueDate: row.dueDate, extendedAt: now.toISOString(),
    });
    if (!moved) throw new AppError(409, 'DISCLOSURE_ALREADY_EXTENDED', 'The statutory limit may be extended only once');
    await this.deps.messages.send(row.userId, {
      kind: 'disclosure', title: '政府信息公开申请答复期限延长',
      body: `${departmentName(row.departmentCode) ?? row.departmentCode}将答复期限由 ${row.dueDate} 延长至 ${moved.dueDate}。理由：${reason}`,
      link: `${DISCLOSURE_PAGE_PATH}?id=${id}`, dedupeKey: `disclosure:${id}:extended`,
    });
    return (await this.staffViews([moved]))[0]!;
  }

  async answer(caller: AuthUser, id: string, body: z.infer<typeof AnswerDisclosureRequestSchema>): Promise<StaffDisclosure> {
    const row = await this.unitRequest(caller, id);
    // Files are the clerk's own uploads: nobody attaches someone else's file by guessing its id.
    const owned = await this.deps.uploads.ownedIds(caller.userId, body.fileIds);
    if (owned.size !== body.fileIds.length) {
      throw new AppError(422, 'VALIDATION_FAILED', 'A file is unknown or not uploaded by you', [{ path: 'body.fileIds', message: 'unknown file' }]);
    }
    const answered = await this.repo.answer(id, {
      outcome: body.outcome, legalGround: body.legalGround ?? null, answerText: body.text, answerFileIds: body.fileIds, answeredAt: new Date().toISOString(),
    });
    if (!answered) throw new AppError(409, 'ASK_TRANSITION_NOT_ALLOWED', 'This request is already answered');
    await this.deps.messages.send(row.userId, {
      kind: 'disclosure', title: `政府信息公开申请已答复：${OUTCOME_TEXT[body.outcome]}`,
      body: `${departmentName(row.departmentCode) ?? row.departmentCode}已答复您的政府信息公开申请。如不服，可在${REVIEW_DAYS}日内申请行政复议或在${LITIGATION_MONTHS}个月内提起行政诉讼。`,
      link: `${DISCLOSURE_PAGE_PATH}?id=${id}`, dedupeKey: `disclosure:${id}:answered`,
    });
    return (await this.staffViews([answered]))[0]!;
  }

  private async unitRequest(caller: AuthUser, id: string): Promise<DisclosureRow> {
    const row = await this.repo.byId(id);
    if (!row || caller.kind !== 'staff' || caller.departmentCode !== row.departmentCode) throw notFound('No such request');
    return row;
  }

  private async staffViews(rows: DisclosureRow[]): Promise<StaffDisclosure[]> {
    const today = chinaDate();
    return (await this.views(rows)).map((v) => ({ ...v, overdue: v.status !== 'answered' && v.dueDate < today }));
  }

  private async views(rows: DisclosureRow[]): Promise<Disclosure[]> {
    const files = await this.deps.uploads.views(rows.flatMap((r) => r.answerFileIds ?? []));
    return rows.map((r) => ({
      id: r.id, departmentCode: r.departmentCode, departmentName: departmentName(r.departmentCode) ?? r.departmentCode,
      description: r.description, purpose: r.purpose, format: r.format as Disclosure['format'], status: r.status as Disclosure['status'],
      receivedOn: r.receivedOn, dueDate: r.dueDate,
      extension: r.extendedAt ? { reason: r.extensionReason!, previousDueDate: r.extensionPreviousDueDate!, at: r.extendedAt } : null,
      answer: r.answeredAt ? {
        outcome: r.outcome as DisclosureOutcome, legalGround: r.legalGround, text: r.answerText ?? '',
        files: (r.answerFileIds ?? []).flatMap((id) => {
          const f = files.get(id);
          return f ? [{ id: f.id, fileName: f.fileName, mime: f.mime, size: f.size, url: f.url }] : [];
        }),
        at: r.answeredAt, reviewRights: { reviewDays: REVIEW_DAYS, litigationMonths: LITIGATION_MONTHS, reviewBody: REVIEW_BODY },
      } : null,
      createdAt: r.createdAt,
    }));
  }
}
