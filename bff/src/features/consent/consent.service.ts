import { randomUUID } from 'node:crypto';
import type { Consent, ConsentStatus, CreateConsentRequest, RelyingCertificate, RelyingParty } from '@zsb/shared/contracts/consent';
import { certificateFieldLabel } from '@zsb/shared/domain/certificate-fields';
import { certificateFields, certificateStatus } from '@zsb/shared/domain/certificate-rules';
import { maskPersonalData } from '@zsb/shared/domain/free-text';
import { certificateKindInfo } from '@zsb/shared/domain/certificate-id';
import { chinaDate } from '@zsb/shared/domain/working-days';
import type { Database } from '../../platform/db';
import type { AuditEntry, AuditService } from '../../platform/audit';
import type { AuthUser } from '../../platform/auth';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { Upstreams } from '../../upstreams';
import type { WalletService } from '../wallet';
import { assertPresentable, selectDisclosure } from '../presentation';
import type { ConsentRepository, ConsentRow } from './consent.repository';
import { authenticateRelyingParty, RELYING_PARTIES, relyingPartyById } from './consent.relying-parties';

const DAY_MS = 86_400_000;

export function consentStatus(row: Pick<ConsentRow, 'revokedAt' | 'expiresAt'>, now: number): ConsentStatus {
  if (row.revokedAt) return 'revoked';
  return Date.parse(row.expiresAt) <= now ? 'expired' : 'active';
}

/**
 * 授权用证: a holder grants a relying party access to chosen fields of one certificate for a purpose
 * and a period; the relying party reads them with its own credential until the consent expires or is
 * revoked. Every grant, revoke and read (allowed or refused) is audited for the holder to see.
 */
export class ConsentService {
  constructor(
    private readonly db: Database,
    private readonly repo: ConsentRepository,
    private readonly wallet: Pick<WalletService, 'owned' | 'holderOf'>,
    private readonly upstreams: Pick<Upstreams, 'certificates'>,
    private readonly audit: Pick<AuditService, 'record'>,
    private readonly bffSecret: string,
  ) {}

  relyingParties(): RelyingParty[] {
    return [...RELYING_PARTIES];
  }

  async create(user: AuthUser, req: CreateConsentRequest, now = Date.now()): Promise<Consent> {
    const party = relyingPartyById(req.relyingPartyId);
    if (!party) throw invalid('body.relyingPartyId', 'no such relying party');
    const { holder, certificate } = await this.wallet.owned(user, req.certificateId);
    const today = chinaDate(now);
    const base = {
      actor: `user:${user.userId}`, subject: holder.subject, certificateId: certificate.certificateId, action: 'consent.grant',
      fields: req.fields, purpose: req.purpose, channel: 'app',
    };
    try {
      assertPresentable(certificate, today);
      selectDisclosure(certificate, { fields: req.fields }, today);
    } catch (err) {
      if (err instanceof AppError) await this.audit.record({ ...base, result: err.code.toLowerCase(), detail: { relyingPartyId: party.id } });
      throw err;
    }
    const row: ConsentRow = {
      id: randomUUID(), subject: holder.subject, grantedByUserId: user.userId, certificateId: certificate.certificateId,
      certificateKind: certificate.kind, relyingPartyId: party.id, fields: req.fields, purpose: req.purpose,
      createdAt: new Date(now).toISOString(), expiresAt: new Date(now + req.durationDays * DAY_MS).toISOString(),
      revokedAt: null, useCount: 0, lastUsedAt: null,
    };
    await this.db.transaction(async () => {
      await this.repo.insert(row);
      await this.audit.record({ ...base, result: 'ok', detail: { consentId: row.id, relyingPartyId: party.id, expiresAt: row.expiresAt } });
    });
    return this.shape(row, now);
  }

  async list(user: AuthUser, status?: ConsentStatus, now = Date.now()): Promise<Consent[]> {
    const holder = await this.wallet.holderOf(user);
    return (await this.repo.ofSubject(holder.subject)).map((r) => this.shape(r, now)).filter((c) => !status || c.status === status);
  }

  async detail(user: AuthUser, consentId: string, now = Date.now()): Promise<Consent> {
    return this.shape(await this.ownRow(user, consentId, 'consent.view'), now);
  }

  /** Effective at once: the relying party's next read is refused. */
  async revoke(user: AuthUser, consentId: string, now = Date.now()): Promise<Consent> {
    const row = await this.ownRow(user, consentId, 'consent.revoke');
    const at = new Date(now).toISOString();
    await this.db.transaction(async () => {
      await this.repo.revoke(row.id, at);
      await this.audit.record({
        actor: `user:${user.userId}`, subject: row.subject, certificateId: row.certificateId, action: 'consent.revoke',
        fields: row.fields, purpose: row.purpose, channel: 'app', result: 'ok', detail: { consentId: row.id, relyingPartyId: row.relyingPartyId },
      });
    });
    return this.shape((await this.repo.byId(row.id))!, now);
  }

  /** A relying party reads the consented fields with its client credential (HTTP Basic). */
  async readAsRelyingParty(authorization: string | undefined, consentId: string, now = Date.now()): Promise<RelyingCertificate> {
    const auth = authenticateRelyingParty(this.bffSecret, authorization);
    const row = await this.repo.byId(consentId);
    // A refused attempt on a real consent is written under its holder, so they see who tried.
    const entry: AuditEntry = {
      actor: auth.claimed ? `relying:${auth.claimed}` : 'anonymous', subject: row?.subject ?? null, certificateId: row?.certificateId ?? null,
      action: 'consent.read', fields: row?.fields ?? null, purpose: row?.purpose ?? null, channel: 'api', result: 'ok', detail: { consentId },
    };
    const refuse = async (err: AppError): Promise<never> => {
      await this.audit.record({ ...entry, result: err.code.toLowerCase() });
      throw err;
    };

    if (!auth.party) {
      return refuse(new AppError(401, 'RELYING_PARTY_UNAUTHENTICATED', 'Authenticate with your client id and secret (HTTP Basic)', undefined,
        { 'www-authenticate': 'Basic realm="relying-party"' }));
    }
    if (!row || row.relyingPartyId !== auth.party.id) return refuse(notFound('No such consent'));
    const status = consentStatus(row, now);
    if (status === 'revoked') return refuse(new AppError(403, 'CONSENT_REVOKED', 'The holder revoked this consent'));
    if (status === 'expired') return refuse(new AppError(403, 'CONSENT_EXPIRED', 'This consent has expired'));

    const certificate = await this.upstreams.certificates.get(row.certificateId);
    if (!certificate) return refuse(notFound('The certificate no longer exists'));
    const readAt = new Date(now).toISOString();
    const counted = await this.db.transaction(async () => {
      if (!(await this.repo.recordUse(row.id, readAt))) return false;
      await this.audit.record(entry);
      return true;
    });
    if (!counted) return refuse(new AppError(403, 'CONSENT_REVOKED', 'The holder revoked this consent'));

    const wanted = new Set(row.fields);
    return {
      consentId: row.id,
      // The relying party reads the holder's typed purpose with any personal data in it masked.
      purpose: maskPersonalData(row.purpose),
      expiresAt: row.expiresAt,
      certificate: {
        id: certificate.certificateId, kind: certificate.kind, kindName: certificate.kindName, issuer: certificate.issuer.name,
        validUntil: certificate.validUntil, status: certificateStatus(certificate, chinaDate(now)),
      },
      fields: certificateFields(certificate).filter((f) => wanted.has(f.key)),
      readAt,
    };
  }

  /** The active identity's consent; anyone else's is 404 exactly like a missing one (and audited). */
  private async ownRow(user: AuthUser, consentId: string, action: string): Promise<ConsentRow> {
    const holder = await this.wallet.holderOf(user);
    const row = await this.repo.byId(consentId);
    if (!row || row.subject !== holder.subject) {
      await this.audit.record({ actor: `user:${user.userId}`, subject: holder.subject, action, channel: 'app', result: 'not_found', detail: { consentId } });
      throw notFound('No such consent');
    }
    return row;
  }

  private shape(row: ConsentRow, now: number): Consent {
    const party = relyingPartyById(row.relyingPartyId) ?? { id: row.relyingPartyId, name: row.relyingPartyId, kind: 'business' as const, departmentCode: null };
    return {
      id: row.id,
      status: consentStatus(row, now),
      certificate: { id: row.certificateId, kind: row.certificateKind, kindName: certificateKindInfo(row.certificateKind)?.name ?? row.certificateKind },
      relyingParty: party,
      fields: row.fields.map((key) => ({ key, label: certificateFieldLabel(row.certificateKind, key) })),
      purpose: row.purpose,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      revokedAt: row.revokedAt,
      useCount: row.useCount,
      lastUsedAt: row.lastUsedAt,
    };
  }
}
