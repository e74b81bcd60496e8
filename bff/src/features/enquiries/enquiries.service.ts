import type { z } from 'zod';
import {
  ENQUIRY_ANSWER_WORKING_DAYS,
  type CreateEnquiryRequestSchema,
  type Enquiry,
  type EnquiryStatus,
  type PublicEnquiry,
  type StaffEnquiry,
} from '@zsb/shared/contracts/enquiries';
import type { ServiceItem } from '@zsb/shared/contracts/catalog';
import { maskPersonalData } from '@zsb/shared/domain/free-text';
import { CITY, departmentName } from '@zsb/shared/domain/regions';
import { addWorkingDays, chinaDate } from '@zsb/shared/domain/working-days';
import { newId } from '../../db/ids';
import type { AuthUser } from '../../platform/auth';
import type { Database } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import type { Leases } from '../../platform/lease';
import type { HotlineAdapter } from '../../upstreams/hotline/hotline.client';
import type { MessagesService } from '../messages';
import { EnquiriesRepository, type EnquiryRow } from './enquiries.repository';

/** The page of one question in the mini-program. */
export const ENQUIRY_PAGE_PATH = '/asks/pages/enquiry/index';
const ESCALATE_LEASE_MS = 2 * 60_000;
const PUSH_CLAIM_TTL_MS = 5 * 60_000;
/** How many answered public questions a guide shows. */
const FAQ_LIMIT = 10;

export interface EnquiriesDeps {
  database: Database;
  /** The catalog's item lookup (`app.catalog.item`). */
  item: (code: string) => ServiceItem | null;
  hotline: Pick<HotlineAdapter, 'pushWorkOrder'>;
  messages: Pick<MessagesService, 'send'>;
  leases: Leases;
  answerWorkingDays?: number;
}

/**
 * 在线咨询: a question goes to its item's department with a due date N working days on; staff of
 * that department answer it once; a question still open after its due date is escalated to 12345 by
 * a sweep (one instance, under a lease; each push claimed first). Askers are never named to staff or
 * the public; the public sees only answered questions whose askers agreed, masked.
 */
export class EnquiriesService {
  private readonly repo: EnquiriesRepository;

  constructor(private readonly deps: EnquiriesDeps) {
    this.repo = new EnquiriesRepository(deps.database);
  }

  async create(user: AuthUser, body: z.infer<typeof CreateEnquiryRequestSchema>, now = new Date()): Promise<{ id: string; status: EnquiryStatus }> {
    const item = this.deps.item(body.itemCode);
    if (!item) throw new AppError(404, 'SERVICE_NOT_FOUND', 'No such service item');
    const id = newId();
    await this.repo.insert({
      id, userId: user.userId, itemCode: item.code, departmentCode: item.departmentCode, region: item.region,
      question: body.question, isPublic: body.public, status: 'open',
      dueDate: addWorkingDays(chinaDate(now), this.deps.answerWorkingDays ?? ENQUIRY_ANSWER_WORKING_DAYS),
      answer: null, answeredAt: null, hotlineState: 'none', hotlineTicketNo: null, hotlineClaimedAt: null, escalatedAt: null,
      createdAt: now.toISOString(),
    });
    return { id, status: 'open' };
  }

  async mine(user: AuthUser): Promise<Enquiry[]> {
    return (await this.repo.ofUser(user.userId, 100)).map((r) => this.view(r));
  }

  /** One of the caller's own questions; anyone else's is 404. */
  async get(user: AuthUser, id: string): Promise<Enquiry> {
    const row = await this.repo.byId(id);
    if (!row || row.userId !== user.userId) throw notFound('No such enquiry');
    return this.view(row);
  }

  /** The guide's frequent questions: answered, public by the asker's choice, personal data masked. */
  async faq(itemCode: string): Promise<PublicEnquiry[]> {
    return (await this.repo.publicOfItem(itemCode, FAQ_LIMIT)).map((r) => ({
      id: r.id, question: maskPersonalData(r.question), answer: maskPersonalData(r.answer ?? ''), answeredAt: r.answeredAt!,
    }));
  }

  async staffList(caller: AuthUser, status?: EnquiryStatus): Promise<StaffEnquiry[]> {
    const rows = await this.repo.ofDepartment({ departmentCode: caller.departmentCode ?? '-', region: staffRegion(caller), status, limit: 200 });
    return rows.map((r) => this.staffView(r));
  }

  async answer(caller: AuthUser, id: string, text: string): Promise<StaffEnquiry> {
    const row = await this.repo.byId(id);
    if (!row || !ofUnit(caller, row)) throw notFound('No such enquiry');
    const answered = await this.repo.answer(id, text, new Date().toISOString());
    if (!answered) throw new AppError(409, 'ASK_TRANSITION_NOT_ALLOWED', 'This question is already answered');
    await this.deps.messages.send(row.userId, {
      kind: 'enquiry', title: '您的咨询已答复',
      body: `${departmentName(row.departmentCode) ?? row.departmentCode}已答复您关于事项 ${row.itemCode} 的咨询。`,
      link: `${ENQUIRY_PAGE_PATH}?id=${id}`, dedupeKey: `enquiry:${id}:answered`,
    });
    return this.staffView(answered);
  }

  /** 12345 answered an escalated question (its webhook, through the work orders' receiver): the answer is the hotline's. */
  async hotlineAnswered(id: string, note: string): Promise<boolean> {
    const row = await this.repo.byId(id);
    if (!row || row.status !== 'escalated') return false;
    const answered = await this.repo.answer(id, `12345热线答复：${note}`, new Date().toISOString());
    if (!answered) return false;
    await this.deps.messages.send(row.userId, {
      kind: 'enquiry', title: '您的咨询已答复', body: `12345热线已答复您关于事项 ${row.itemCode} 的咨询。`,
      link: `${ENQUIRY_PAGE_PATH}?id=${id}`, dedupeKey: `enquiry:${id}:answered`,
    });
    return true;
  }

  /**
   * The overdue sweep: open questions past their due date become `escalated` and are pushed to 12345;
   * pushes that failed are tried again. Null when another instance holds the lease.
   */
  async sweepOverdue(now = new Date()): Promise<{ escalated: number; pushed: number } | null> {
    let result: { escalated: number; pushed: number } | null = null;
    await this.deps.leases.runExclusive('enquiries.escalate', ESCALATE_LEASE_MS, async () => {
      const escalated = await this.repo.escalateOverdue(chinaDate(now), now.toISOString(), 200);
      for (const r of escalated) {
        await this.deps.messages.send(r.userId, {
          kind: 'enquiry', title: '您的咨询已转12345热线督办',
          body: `${departmentName(r.departmentCode) ?? r.departmentCode}未在承诺期限（${r.dueDate}）内答复，已转12345政务服务便民热线督办。`,
          link: `${ENQUIRY_PAGE_PATH}?id=${r.id}`, dedupeKey: `enquiry:${r.id}:escalated`,
        });
      }
      let pushed = 0;
      const staleBefore = new Date(now.getTime() - PUSH_CLAIM_TTL_MS).toISOString();
      for (const { id } of await this.repo.unpushed(staleBefore, 200)) if (await this.push(id, staleBefore)) pushed++;
      result = { escalated: escalated.length, pushed };
    });
    return result;
  }

  private async push(id: string, staleBefore: string): Promise<boolean> {
    const claimedAt = new Date().toISOString();
    const row = await this.repo.claimPush(id, claimedAt, staleBefore);
    if (!row) return false;
    // Outside any transaction: the claim keeps other instances off this question meanwhile.
    const ticket = await this.deps.hotline.pushWorkOrder({
      externalId: `enquiry:${row.id}`, kind: 'overdue_enquiry',
      title: `在线咨询超期未答复：${departmentName(row.departmentCode) ?? row.departmentCode}`,
      content: `事项 ${row.itemCode} 的咨询超过承诺期限 ${row.dueDate} 未答复。咨询内容：${maskPersonalData(row.question)}`.slice(0, 5000),
      departmentCode: row.departmentCode, region: row.region, dueDate: row.dueDate,
    }).catch(() => null);
    return this.repo.finishPush(id, claimedAt, ticket ? { hotlineState: 'pushed', hotlineTicketNo: ticket.ticketNo } : { hotlineState: 'failed' })
      .then((ok) => ok && !!ticket);
  }

  private view(r: EnquiryRow): Enquiry {
    const item = this.deps.item(r.itemCode);
    return {
      id: r.id, itemCode: r.itemCode, itemName: item?.name ?? r.itemCode,
      departmentCode: r.departmentCode, departmentName: departmentName(r.departmentCode) ?? r.departmentCode,
      question: r.question, public: r.isPublic, status: r.status as EnquiryStatus, dueDate: r.dueDate,
      answer: r.answer && r.answeredAt ? { text: r.answer, at: r.answeredAt } : null,
      escalation: r.escalatedAt ? {
        // A push in flight is still pending to anyone looking.
        state: (r.hotlineState === 'pushing' ? 'pending' : r.hotlineState) as 'pending' | 'pushed' | 'failed',
        ticketNo: r.hotlineTicketNo, at: r.escalatedAt,
      } : null,
      createdAt: r.createdAt,
    };
  }

  private staffView(r: EnquiryRow): StaffEnquiry {
    // Escalated means the sweep found it past due, whatever today's date says.
    return { ...this.view(r), overdue: r.status === 'escalated' || (r.status === 'open' && r.dueDate < chinaDate()) };
  }
}

/** A district clerk answers for their district; a municipal one for the whole city. */
function staffRegion(caller: AuthUser): string | undefined {
  return caller.region && caller.region !== CITY.code ? caller.region : undefined;
}

function ofUnit(caller: AuthUser, row: EnquiryRow): boolean {
  if (caller.kind !== 'staff' || caller.departmentCode !== row.departmentCode) return false;
  const region = staffRegion(caller);
  return region === undefined || region === row.region;
}

