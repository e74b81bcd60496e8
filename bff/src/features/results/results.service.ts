import { createHash } from 'node:crypto';
import type { ServiceItem } from '@zsb/shared/contracts/catalog';
import { DOCUMENT_CHECK_PAGE_PATH, type CaseResult, type DocumentCheck } from '@zsb/shared/contracts/results';
import { parseCode } from '@zsb/shared/domain/hall-codes';
import { departmentName } from '@zsb/shared/domain/regions';
import { maskIdNumber, maskName, maskUscc } from '@zsb/shared/domain/masking';
import { chinaDate } from '@zsb/shared/domain/working-days';
import type { AuthUser } from '../../platform/auth';
import type { AuditService } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import type { Leases } from '../../platform/lease';
import type { CodeSigner } from '../../platform/signed-codes';
import { renderPdf } from '../../platform/pdf';
import type { Upstreams } from '../../upstreams';
import type { CasesService } from '../cases';
import type { MessagesService } from '../messages';
import type { ResultRow, ResultsRepository } from './results.repository';

export const RESULTS_SWEEP_MS = 60_000;
const RESULTS_LEASE = 'results-issue';
/** A result the certificate library keeps refusing is left for an operator after this many tries. */
const MAX_ATTEMPTS = 20;
/** How far back the sweep looks for finished cases whose result was never recorded (a crash after 办结). */
const MISSED_WINDOW_MS = 3 * 24 * 3600_000;

/** Years a newly issued certificate of a kind is valid; absent: no end date. */
const VALID_YEARS: Record<string, number> = {
  social_security_card: 10, residence_permit: 1, id_card: 10, driving_licence: 6, food_business_licence: 5,
};

type ResultPlan = { kind: 'certificate'; name: string; certificateKind: string } | { kind: 'document'; name: string } | null;

/**
 * What a finished case hands over, from its guide's `result`: a certificate of a kind the library
 * knows is issued into it; a document (证明, 审批意见, or a certificate kind the library does not
 * keep) is a signed PDF; a payment or nothing produces no result here.
 */
export function resultPlan(item: Pick<ServiceItem, 'result'> | null): ResultPlan {
  const r = item?.result;
  if (!r) return null;
  if (r.kind === 'certificate' && r.certificateKind) return { kind: 'certificate', name: r.name, certificateKind: r.certificateKind };
  if (r.kind === 'certificate' || r.kind === 'document' || r.kind === 'approval_form') return { kind: 'document', name: r.name };
  return null;
}

export interface ResultsDeps {
  repo: ResultsRepository;
  cases: Pick<CasesService, 'caseForResult' | 'completedCases'>;
  catalog: { item(code: string): Promise<ServiceItem | null> | ServiceItem | null };
  certificates: Pick<Upstreams['certificates'], 'issue'>;
  messages: Pick<MessagesService, 'send'>;
  audit: Pick<AuditService, 'record'>;
  signer: CodeSigner;
  publicBaseUrl: string;
  leases: Leases;
  log: { error(obj: unknown, msg: string): void };
}

/** 统一发证: issues a finished case's certificate or signed document, serves it, and checks documents. */
export class ResultsService {
  private current: Promise<void> | null = null;
  constructor(private readonly deps: ResultsDeps) {}

  /** A case reached 已办结: record the result it owes and issue it now (the sweep retries a failure). */
  async caseCompleted(caseId: string): Promise<void> {
    const c = await this.deps.cases.caseForResult(caseId);
    if (!c || (c.status !== 'completed' && c.status !== 'delivered')) return;
    const plan = resultPlan(await this.deps.catalog.item(c.itemCode));
    if (!plan) return;
    await this.deps.repo.insertPending({ caseId, userId: c.userId, kind: plan.kind, name: plan.name, createdAt: new Date().toISOString() });
    const row = await this.deps.repo.byCase(caseId);
    if (row?.status === 'pending') await this.issue(row);
  }

  /** Issues a pending result. Safe to run twice at once: the library is idempotent on the request id, the PDF is the same bytes. */
  private async issue(row: ResultRow): Promise<void> {
    const c = await this.deps.cases.caseForResult(row.caseId);
    if (!c) return;
    const plan = resultPlan(await this.deps.catalog.item(c.itemCode));
    if (!plan) return;
    const issuerName = (c.departmentCode && departmentName(c.departmentCode)) || '掌上办';
    const issuedAt = c.completedAt ?? new Date().toISOString();
    try {
      if (plan.kind === 'certificate') {
        const cert = await this.deps.certificates.issue({
          requestId: `zsb-result-${c.caseId}`, kind: plan.certificateKind,
          holder: { id: c.applicantIdNumber, name: c.applicantName, kind: c.applicantKind === 'enterprise' ? 'enterprise' : 'person' },
          issuerName, validYears: VALID_YEARS[plan.certificateKind], fields: { caseNumber: c.number },
        });
        const won = await this.deps.repo.markIssued(c.caseId, {
          certificateId: cert.certificateId, certificateKind: cert.kind, certificateKindName: cert.kindName, issuer: cert.issuer.name, issuedAt,
        });
        if (won) {
          await this.deps.messages.send(c.userId, {
            kind: 'case_result', title: `证照已发放：${cert.kindName}`,
            body: `「${c.title}」（办件编号 ${c.number}）已办结，${cert.kindName}已由${cert.issuer.name}签发，并已放入您的证照夹。`,
            link: `/pages/certificate/index?id=${encodeURIComponent(cert.certificateId)}`, dedupeKey: `result:${c.caseId}`,
          });
        }
        return;
      }
      const documentId = documentIdOf(c.caseId);
      const code = this.deps.signer.sign('doc', [documentId]);
      const holderId = c.applicantKind === 'enterprise' ? maskUscc(c.applicantIdNumber) : maskIdNumber(c.applicantIdNumber);
      const pdf = await renderPdf({
        title: plan.name.replace(/（电子）$/, ''),
        subtitle: `文书编号 ${documentId}`,
        sections: [
          {
            fields: [
              { label: '申请人', value: c.applicantName },
              { label: c.applicantKind === 'enterprise' ? '统一社会信用代码' : '公民身份号码', value: holderId },
              { label: '办理事项', value: c.title },
              { label: '办件编号', value: c.number },
              { label: '出具单位', value: issuerName },
              { label: '出具日期', value: chinaDate(issuedAt) },
            ],
          },
          { paragraphs: [`经审核，申请人申请的「${c.title}」已办结，特出具${plan.name}。本文书为电子文书，与纸质文书具有同等效力。`] },
        ],
        qrText: `${this.deps.publicBaseUrl.replace(/\/$/, '')}/#${DOCUMENT_CHECK_PAGE_PATH}?code=${encodeURIComponent(code)}`,
        qrCaption: '扫码核验真伪',
        footer: `${issuerName} · 掌上办统一出具 · 核验码 ${documentId}`,
        issuedAt: new Date(issuedAt), author: issuerName, subject: plan.name, keywords: ['zsb-document', documentId],
      });
      const won = await this.deps.repo.markIssued(c.caseId, {
        documentId, title: plan.name, number: c.number, holderName: maskName(c.applicantName), issuer: issuerName,
        sha256: pdf.sha256, size: pdf.bytes.length, pdf: Buffer.from(pdf.bytes).toString('base64'), issuedAt,
      });
      if (won) {
        await this.deps.messages.send(c.userId, {
          kind: 'case_result', title: `电子文书已出具：${plan.name}`,
          body: `「${c.title}」（办件编号 ${c.number}）已办结，${plan.name}已出具，可在办件详情中下载。`,
          link: `/cases/pages/detail/index?id=${encodeURIComponent(c.caseId)}`, dedupeKey: `result:${c.caseId}`,
        });
      }
    } catch (err) {
      await this.deps.repo.countAttempt(c.caseId);
      throw err;
    }
  }

  /** The applicant's own case's result; anyone else's case is 404, as if it did not exist. */
  async result(user: AuthUser, caseId: string): Promise<CaseResult> {
    const c = await this.deps.cases.caseForResult(caseId);
    if (!c || c.userId !== user.userId) throw notFound('No such case');
    const row = await this.deps.repo.byCase(caseId);
    const none: CaseResult = { caseId, status: 'none', kind: null, name: null, certificate: null, document: null };
    if (!row) {
      const plan = ['completed', 'delivered'].includes(c.status) ? resultPlan(await this.deps.catalog.item(c.itemCode)) : null;
      return plan ? { ...none, status: 'pending', kind: plan.kind, name: plan.name } : none;
    }
    return {
      caseId, status: row.status, kind: row.kind, name: row.name,
      certificate: row.status === 'issued' && row.certificateId
        ? { id: row.certificateId, kind: row.certificateKind ?? '', kindName: row.certificateKindName ?? row.name } : null,
      document: row.status === 'issued' && row.documentId ? {
        id: row.documentId, title: row.title ?? row.name, issuedAt: row.issuedAt!, sha256: row.sha256!, size: row.size ?? 0,
        downloadPath: `/api/v1/cases/${encodeURIComponent(caseId)}/result/document`,
      } : null,
    };
  }

  /** The PDF of the applicant's own document result (audited as a read of an issued document). */
  async documentPdf(user: AuthUser, caseId: string): Promise<{ bytes: Buffer; fileName: string }> {
    const c = await this.deps.cases.caseForResult(caseId);
    if (!c || c.userId !== user.userId) throw notFound('No such case');
    const row = await this.deps.repo.byCase(caseId);
    if (!row || row.status !== 'issued' || !row.pdf) throw notFound('This case has no document result');
    await this.deps.audit.record({
      actor: `user:${user.userId}`, subject: user.userId, action: 'result.document_download', fields: ['document'],
      purpose: `办件 ${c.number} 的电子文书 ${row.documentId}`, channel: 'app', result: 'ok',
    });
    return { bytes: Buffer.from(row.pdf, 'base64'), fileName: `${row.title ?? row.name}-${row.documentId}.pdf` };
  }

  /** Checks a document's QR (a check-page link or the bare code) and, when given, the file's SHA-256. */
  async check(text: string, sha256: string | undefined): Promise<DocumentCheck> {
    const code = codeIn(text);
    const unknown: DocumentCheck = { result: 'unknown', document: null };
    const parsed = code ? parseCode(code) : null;
    if (!parsed || parsed.type !== 'doc') return this.audited(unknown, null);
    const verified = this.deps.signer.verify(code!);
    // A well-formed document code whose signature does not match was altered (or forged).
    if (!verified) return this.audited({ result: 'tampered', document: null }, null);
    const row = await this.deps.repo.byDocument(verified.parts[0]!);
    if (!row || row.status !== 'issued') return this.audited(unknown, null);
    const document = {
      title: row.title ?? row.name, number: row.number ?? '', holderName: row.holderName ?? '', issuer: row.issuer ?? '',
      issuedAt: row.issuedAt!, sha256: row.sha256!,
    };
    return this.audited({ result: sha256 && sha256 !== row.sha256 ? 'tampered' : 'valid', document }, row);
  }

  private async audited(answer: DocumentCheck, row: ResultRow | null): Promise<DocumentCheck> {
    await this.deps.audit.record({
      actor: 'public', subject: row?.userId ?? null, action: 'result.document_check', fields: answer.document ? ['title', 'holderName'] : [],
      purpose: row ? `核验电子文书 ${row.documentId}` : '核验电子文书', channel: 'h5', result: answer.result === 'valid' ? 'ok' : answer.result,
    });
    return answer;
  }

  // ───────────────────────── sweep ─────────────────────────

  /** Retries pending results and picks up finished cases whose result was never recorded; one instance at a time. */
  run(now = new Date()): Promise<void> {
    this.current ??= this.deps.leases.runExclusive(RESULTS_LEASE, RESULTS_SWEEP_MS * 2, async () => {
      const missed = await this.deps.cases.completedCases(new Date(now.getTime() - MISSED_WINDOW_MS).toISOString(), now.toISOString(), 500);
      const have = await this.deps.repo.existing(missed.map((m) => m.caseId));
      for (const m of missed) {
        if (have.has(m.caseId)) continue;
        await this.caseCompleted(m.caseId).catch((err) => this.deps.log.error({ err, caseId: m.caseId }, 'case result not issued'));
      }
      for (const row of await this.deps.repo.pending(MAX_ATTEMPTS, 200)) {
        await this.issue(row).catch((err) => this.deps.log.error({ err, caseId: row.caseId }, 'case result not issued'));
      }
    }).then(() => undefined).finally(() => { this.current = null; });
    return this.current;
  }

  async settle(): Promise<void> {
    await this.current?.catch(() => undefined);
  }
}

/** A document's id: derived from its case, so two instances issuing at once print the same one. */
function documentIdOf(caseId: string): string {
  return `D${createHash('sha256').update(`zsb-document:${caseId}`).digest('hex').slice(0, 20).toUpperCase()}`;
}

/** The `zsb1:` code in a QR's text: the text itself, or the `code` parameter of a check-page link. */
function codeIn(text: string): string | null {
  const t = text.trim();
  if (t.startsWith('zsb1:')) return t;
  const q = t.indexOf('?');
  if (q < 0 || !t.slice(0, q).endsWith(DOCUMENT_CHECK_PAGE_PATH)) return null;
  return new URLSearchParams(t.slice(q + 1)).get('code');
}
