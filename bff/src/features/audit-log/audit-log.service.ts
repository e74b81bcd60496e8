import type { AuditEntry } from '@zsb/shared/contracts/audit';
import { CERTIFICATE_FIELDS } from '@zsb/shared/domain/certificate-fields';
import type { CertificateKind } from '@zsb/shared/domain/certificate-id';
import { certificateKindInfo, parseCertificateId } from '@zsb/shared/domain/certificate-id';
import { claimInfo } from '@zsb/shared/domain/claims';
import { maskPersonalData } from '@zsb/shared/domain/free-text';
import type { AuthUser } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import type { WalletService } from '../wallet';
import { relyingPartyById } from '../consent';
import type { AuditLogRepository, AuditRow } from './audit-log.repository';

/** Actions whose purpose a person stated (用证事由); other rows carry an internal note, not shown to holders. */
const STATED_PURPOSE = new Set(['presentation.issue', 'verification', 'consent.grant', 'consent.revoke', 'consent.read']);

/** Keys that are not certificate fields but appear in audit rows. */
const EXTRA_LABELS: Record<string, string> = {
  summary: '证照列表', issuer: '颁发机构', validUntil: '有效期至',
  // A material satisfied by the certificate itself (免提交), and the wallet check of a guide.
  reference: '证照本身（免提交材料）', kind: '证照种类', status: '证照状态',
};
/** A key nobody has named yet is never shown as the key itself (no English words in the Chinese record). */
const UNNAMED_FIELD = '证照信息';

const encodeCursor = (row: Pick<AuditRow, 'at' | 'id'>) => Buffer.from(JSON.stringify([row.at, row.id])).toString('base64url');

function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string') return { at, id };
  } catch {
    // falls through to the refusal below
  }
  throw new AppError(400, 'VALIDATION_FAILED', 'The cursor is not one this API gave out', [{ path: 'query.cursor', message: 'invalid cursor' }]);
}

/** The declared label of a field of the row's certificate kind (from its identifier), if it is one. */
function fieldLabel(kind: CertificateKind | undefined, key: string): string | undefined {
  return kind ? CERTIFICATE_FIELDS[kind][key]?.label : undefined;
}

/** 用证记录: who used the active identity's certificates, when, which fields and why. */
export class AuditLogService {
  constructor(private readonly repo: AuditLogRepository, private readonly wallet: Pick<WalletService, 'holderOf'>) {}

  async list(user: AuthUser, q: { certificateId?: string; cursor?: string; limit: number }): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
    const holder = await this.wallet.holderOf(user);
    const rows = await this.repo.page(holder.subject, {
      certificateId: q.certificateId, after: q.cursor ? decodeCursor(q.cursor) : undefined, limit: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    return {
      items: page.map((r) => this.shape(r, holder.kind === 'personal' ? holder.subject : null)),
      nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]) : null,
    };
  }

  /** `person`: the holder's user id when the holder is a person (anyone else reading as `user:` acted for them). */
  private shape(r: AuditRow, person: string | null = null): AuditEntry {
    const kind = r.certificateId ? parseCertificateId(r.certificateId)?.kind : undefined;
    return {
      id: r.id,
      at: r.at,
      action: r.action,
      actor: actorOf(r, person),
      certificate: r.certificateId ? { id: r.certificateId, kindName: kind ? certificateKindInfo(kind)?.name ?? null : null } : null,
      fields: (r.fields ?? []).map((key) => ({ key, label: fieldLabel(kind, key) ?? claimInfo(key)?.name ?? EXTRA_LABELS[key] ?? UNNAMED_FIELD })),
      // An enterprise's log is read by every person acting for it: typed purposes are shown masked.
      purpose: STATED_PURPOSE.has(r.action) || r.action.startsWith('mandate.') ? maskPersonalData(r.purpose) : null,
      channel: r.channel,
      result: r.result,
    };
  }
}

/** Who acted, as the holder should read it: themselves, a checker, a relying party, or nobody signed in. */
function actorOf(r: AuditRow, person: string | null): AuditEntry['actor'] {
  const [prefix, id = ''] = r.actor.split(/:(.*)/s);
  switch (prefix) {
    case 'user':
      // Someone acting for the person (代办 or guardian): named (masked) in the rows the mandate wrote.
      if (typeof r.detail?.agentName === 'string') return { kind: 'agent', name: r.detail.agentName };
      if (person && id !== person) return { kind: 'agent', name: null };
      // The holder, or for an enterprise one of the people acting for it.
      return { kind: 'holder', name: null };
    case 'checker':
      return { kind: 'checker', name: typeof r.detail?.checkerName === 'string' ? r.detail.checkerName : null };
    case 'relying':
      return { kind: 'relying_party', name: relyingPartyById(id)?.name ?? id };
    case 'system':
      return { kind: 'system', name: null };
    default:
      return { kind: 'anonymous', name: null };
  }
}
