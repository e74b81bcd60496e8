import type { CertificateDetail, CertificateStatus, CertificateSummary, Wallet } from '@zsb/shared/contracts/wallet';
import { certificateField, applyMaskRule, maskCertificateNumber } from '@zsb/shared/domain/certificate-fields';
import { chinaDate, type IsoDate } from '@zsb/shared/domain/working-days';
import { certificateStatus, daysToExpiry } from '@zsb/shared/domain/certificate-rules';
import { notFound } from '../../platform/errors';
import { principalUserId, type AuthUser } from '../../platform/auth';
import { coversCertificate } from '@zsb/shared/domain/mandates';
import type { AuditService } from '../../platform/audit';
import type { Upstreams } from '../../upstreams';
import type { Certificate } from '@zsb/shared/domain/certificate-rules';
import type { AuthService } from '../auth';

// The certificate rules live once in shared/src/domain; re-exported for the features that use the wallet.
export { certificateStatus, daysBetween, EXPIRING_WITHIN_DAYS } from '@zsb/shared/domain/certificate-rules';

/** A certificate field as the holder sees it, with the declared rule that masked it (if any). */
export interface PresentedField {
  key: string;
  label: string;
  value: string;
  masked: boolean;
  sensitive: boolean;
}

export interface Holder {
  kind: 'personal' | 'enterprise';
  /** What the certificate library keys holders by: ID number or USCC. */
  holderId: string;
  name: string;
  /** Audit subject: the user id for people, the USCC for enterprises. */
  subject: string;
}

/**
 * The certificate wallet: the active identity's certificates from the certificate library, masked,
 * with every read written to the audit log. Other features reach certificates only through here.
 */
export class WalletService {
  constructor(
    private readonly upstreams: Pick<Upstreams, 'legal' | 'certificates'>,
    private readonly auth: Pick<AuthService, 'userOf'>,
    private readonly audit: Pick<AuditService, 'record'>,
  ) {}

  async holderOf(user: AuthUser): Promise<Holder> {
    // Acting for someone (代办): the holder is the person represented.
    const row = await this.auth.userOf({ userId: principalUserId(user) });
    if (user.identity.kind === 'enterprise') {
      const entity = await this.upstreams.legal.entity(user.identity.id);
      if (!entity) throw notFound('No such enterprise');
      return { kind: 'enterprise', holderId: entity.uscc, name: entity.name, subject: entity.uscc };
    }
    return { kind: 'personal', holderId: row.idNumber, name: row.name, subject: row.id };
  }

  // A cached certificate list hands out the same objects until it is refetched, so each summary
  // (masking, status, days to expiry) is worked out once per certificate and day.
  private readonly summaries = new WeakMap<Certificate, { today: IsoDate; summary: CertificateSummary }>();

  summarize(c: Certificate, today: IsoDate = chinaDate()): CertificateSummary {
    const known = this.summaries.get(c);
    if (known?.today === today) return known.summary;
    const summary = this.summaryOf(c, today);
    this.summaries.set(c, { today, summary });
    return summary;
  }

  private summaryOf(c: Certificate, today: IsoDate): CertificateSummary {
    return {
      id: c.certificateId,
      kind: c.kind,
      kindName: c.kindName,
      number: maskCertificateNumber(c.kind, c.number),
      holderName: c.holder.name,
      issuer: c.issuer.name,
      issuedOn: c.issuedOn,
      validFrom: c.validFrom,
      validUntil: c.validUntil,
      status: certificateStatus(c, today) satisfies CertificateStatus,
      daysToExpiry: daysToExpiry(c, today),
    };
  }

  /** Raw certificates of a holder (cached briefly by the adapter). */
  certificatesOf(holder: Holder, opts: { timeoutMs?: number } = {}): Promise<Certificate[]> {
    return this.upstreams.certificates.listByHolder(holder.holderId, opts);
  }

  async list(user: AuthUser, channel = 'app'): Promise<Wallet> {
    const holder = await this.holderOf(user);
    const certs = await this.certificatesOf(holder);
    const today = chinaDate();
    await this.audit.record({
      actor: `user:${user.userId}`, subject: holder.subject, action: 'wallet.list', fields: ['summary'],
      purpose: 'holder views wallet', channel, result: 'ok',
    });
    return {
      holder: { kind: holder.kind, name: holder.name },
      // Acting for someone: only the certificates the mandate shares.
      certificates: certs.filter((c) => !user.acting || coversCertificate(user.acting, c.certificateId)).map((c) => this.summarize(c, today)),
      fetchedAt: new Date().toISOString(),
    };
  }

  /**
   * One certificate of the holder, fresh from the library. Someone else's certificate is 404,
   * exactly like one that does not exist, so ids cannot be probed.
   */
  async owned(user: AuthUser, certificateId: string): Promise<{ holder: Holder; certificate: Certificate }> {
    const holder = await this.holderOf(user);
    const certificate = await this.upstreams.certificates.get(certificateId);
    if (!certificate || certificate.holder.id !== holder.holderId) {
      await this.audit.record({
        actor: `user:${user.userId}`, subject: holder.subject, certificateId, action: 'certificate.view',
        channel: 'app', result: 'not_found',
      });
      throw notFound('No such certificate');
    }
    return { holder, certificate };
  }

  /** Fields as shown to the holder: those the kind declares sensitive masked unless `reveal`. */
  fieldsOf(c: Certificate, reveal: boolean): PresentedField[] {
    return Object.entries(c.fields)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([key, raw]) => {
        const value = String(raw);
        const { label, sensitive } = certificateField(c.kind, key);
        const masked = sensitive !== undefined && !reveal && value !== '';
        return { key, label, value: masked ? applyMaskRule(sensitive, value) : value, masked, sensitive: sensitive !== undefined };
      });
  }

  /** The certificate as shown to the holder: sensitive fields masked unless `reveal`. */
  present(c: Certificate, reveal: boolean, today = chinaDate()): CertificateDetail {
    const fields = this.fieldsOf(c, reveal).map(({ key, label, value, masked }) => ({ key, label, value, masked }));
    return { ...this.summarize(c, today), fields };
  }

  /** Drops the active identity's cached certificate list everywhere, so the next read is fresh. */
  async refresh(user: AuthUser): Promise<void> {
    const holder = await this.holderOf(user);
    this.upstreams.certificates.forgetHolder(holder.holderId);
  }

  async detail(user: AuthUser, certificateId: string): Promise<CertificateDetail> {
    const { holder, certificate } = await this.owned(user, certificateId);
    const view = this.present(certificate, false);
    await this.audit.record({
      actor: `user:${user.userId}`, subject: holder.subject, certificateId, action: 'certificate.view',
      fields: view.fields.map((f) => f.key), purpose: 'holder views certificate (masked)', channel: 'app', result: 'ok',
    });
    return view;
  }
}
