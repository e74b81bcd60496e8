import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type {
  CreatePresentationRequest,
  Presentation,
  PresentationStatus,
  PresentationTokenPayload,
  RevealedCertificate,
} from '@zsb/shared/contracts/presentation';
import type { Jwks } from '@zsb/shared/contracts/verification';
import { chinaDate } from '@zsb/shared/domain/working-days';
import type { AuditService } from '../../platform/audit';
import type { AuthUser } from '../../platform/auth';
import type { Database } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import type { Certificate } from '@zsb/shared/domain/certificate-rules';
import { assertPresentable, selectDisclosure } from './presentation.disclosure';
import type { RotatedKey, SigningKeyRing } from './presentation.keys';
import type { PresentationRepository, PresentationRow } from './presentation.repository';
import { PresentationTokenVerifier, signPresentationToken, type TokenCheck } from './presentation.token';
import { parseCompactCode, signOfflineCode, signReferenceCode, verifySignature } from './presentation.codes';
import { presentationCodeForm } from '@zsb/shared/domain/presentation-token';

/** QR options of every 亮证码: byte or alphanumeric mode chosen by us, error correction M, a fixed mask (no search). */
async function qrSvgOf(text: string, mode: 'byte' | 'alphanumeric'): Promise<string> {
  // A fixed mask skips the mask search: 0.4 ms instead of 4 ms, equally readable.
  const data = mode === 'byte' ? Buffer.from(text) : text;
  return QRCode.toString([{ data, mode } as QRCode.QRCodeSegment], { type: 'svg', errorCorrectionLevel: 'M', margin: 2, maskPattern: 0 });
}

/** `iss` of every token: who vouches for the disclosed data. */
export const TOKEN_ISSUER = 'https://zsb.example.gov.cn';

/** How long a reveal unmasks the holder's own view. */
export const REVEAL_SECONDS = 60;

/** What presentation needs of the wallet (the wallet service satisfies it). */
export interface PresentationWallet {
  holderOf(user: AuthUser): Promise<{ subject: string }>;
  owned(user: AuthUser, certificateId: string): Promise<{ holder: { subject: string }; certificate: Certificate }>;
  present(certificate: Certificate, reveal: boolean, today: string): { fields: { key: string; label: string; value: string }[] };
  fieldsOf(certificate: Certificate, reveal: boolean): { key: string; label: string; value: string; sensitive: boolean }[];
}

/** A presentation as verification sees it. */
export type PresentationRecord = PresentationRow;

export interface PresentationDeps {
  db: Pick<Database, 'transaction'>;
  repo: PresentationRepository;
  keys: SigningKeyRing;
  wallet: PresentationWallet;
  audit: Pick<AuditService, 'record'>;
}

/**
 * 亮证: issues signed, short-lived presentation tokens for the holder's own certificates, keeps
 * their nonces, and reveals the holder's masked fields on demand. Verification (another feature)
 * checks tokens and spends nonces through `checkToken` and `spend`.
 */
export class PresentationService {
  private verifier: PresentationTokenVerifier;
  private verifierVersion: number;
  private readonly repo: PresentationRepository;
  private readonly wallet: PresentationWallet;
  private readonly audit: Pick<AuditService, 'record'>;
  /** The signing keys (schedule, rotation). */
  readonly keys: SigningKeyRing;

  constructor(private readonly deps: PresentationDeps) {
    this.keys = deps.keys;
    this.repo = deps.repo;
    this.wallet = deps.wallet;
    this.audit = deps.audit;
    this.verifierVersion = deps.keys.version;
    this.verifier = this.newVerifier();
  }

  private newVerifier(): PresentationTokenVerifier {
    return new PresentationTokenVerifier((kid) => this.deps.keys.publicKey(kid));
  }

  /** The public keys not yet expired (the upcoming one included), for `/.well-known/jwks.json`. */
  jwks(now = Date.now()): Jwks {
    return { keys: this.deps.keys.published(now) };
  }

  /** Adds the next signing key (operator, audited); it signs after the publishing lead time. */
  async rotateKeys(operator: AuthUser, leadSeconds?: number): Promise<RotatedKey> {
    const rotated = await this.deps.keys.rotate(leadSeconds === undefined ? undefined : leadSeconds * 1000);
    await this.audit.record({
      actor: `user:${operator.userId}`, action: 'presentation.key.rotate', channel: 'admin', result: rotated.created ? 'ok' : 'concurrent',
      detail: { kid: rotated.kid, generation: rotated.generation, activatesAt: new Date(rotated.activatesAt).toISOString() },
    });
    return rotated;
  }

  /**
   * Signature and expiry of a token (no nonce, no revocation: the verification service adds those).
   * A kid we do not know makes this instance reload its keys once: another instance may have rotated.
   */
  async checkToken(token: string, nowSeconds: number): Promise<TokenCheck> {
    const form = presentationCodeForm(token);
    if (form === 'reference' || form === 'offline') return this.checkCompact(token, nowSeconds);
    if (this.verifierVersion !== this.deps.keys.version) {
      this.verifierVersion = this.deps.keys.version;
      this.verifier = this.newVerifier();
    }
    const check = await this.verifier.check(token, nowSeconds);
    if (check.status !== 'unknown_key' || !(await this.deps.keys.refreshForUnknownKid(check.kid))) return check;
    return this.verifier.check(token, nowSeconds);
  }

  /** A `ZR1:` reference or `ZO1:` offline code: its key, signature, then expiry (like a JWS). */
  private async checkCompact(text: string, nowSeconds: number): Promise<TokenCheck> {
    const code = parseCompactCode(text, TOKEN_ISSUER);
    if (!code) return { status: 'malformed', reason: 'shape' };
    let kid = this.deps.keys.kidByPrefix(code.kidPrefix);
    if (!kid) {
      // Another instance may just have rotated: reload (at most once a second) and look again.
      await this.deps.keys.refreshForUnknownKid(code.kidPrefix.toString('base64url'));
      kid = this.deps.keys.kidByPrefix(code.kidPrefix);
      if (!kid) return { status: 'unknown_key', kid: code.kidPrefix.toString('base64url') };
    }
    const key = this.deps.keys.publicKey(kid);
    if (!key || !(await verifySignature(code.signed, key, code.signature))) return { status: 'tampered' };
    const [jti, exp, payload] = code.form === 'reference' ? [code.jti, code.exp, null] : [code.payload.jti, code.payload.exp, code.payload];
    return { status: nowSeconds >= exp ? 'expired' : 'valid', kid, jti, payload };
  }

  byId(id: string): Promise<PresentationRecord | undefined> {
    return this.repo.byId(id);
  }

  /** Spends one use of a presentation; false when a single-use code was already spent. */
  spend(id: string, at: string): Promise<boolean> {
    return this.repo.spend(id, at);
  }

  async issue(user: AuthUser, certificateId: string, req: CreatePresentationRequest, now = Date.now()): Promise<Presentation> {
    const { holder, certificate } = await this.wallet.owned(user, certificateId);
    const today = chinaDate(now);
    const base = { actor: `user:${user.userId}`, subject: holder.subject, certificateId, action: 'presentation.issue', purpose: req.purpose, channel: 'app' };
    let disclosure;
    const asked = [...(req.fields ?? []), ...(req.claims ?? []), ...(req.facts ?? [])];
    try {
      assertPresentable(certificate, today);
      disclosure = selectDisclosure(certificate, req, today);
    } catch (err) {
      if (err instanceof AppError) {
        await this.audit.record({ ...base, fields: asked, result: err.code.toLowerCase() });
      }
      throw err;
    }

    const id = randomBytes(16).toString('base64url');
    const iat = Math.floor(now / 1000);
    const exp = iat + req.ttlSeconds;
    // Only what was chosen: no certificate id (it would link every check of this certificate), and the
    // issuer and validity only as disclosed facts. `jti` is random per code.
    const facts = new Set(disclosure.facts);
    const payload: PresentationTokenPayload = {
      iss: TOKEN_ISSUER, jti: id, iat, exp,
      cert: {
        kind: certificate.kind,
        ...(facts.has('issuer') ? { issuer: certificate.issuer.name } : {}),
        ...(facts.has('validUntil') ? { validUntil: certificate.validUntil } : {}),
      },
      ...(disclosure.fields.length > 0 ? { fields: Object.fromEntries(disclosure.fields.map((f) => [f.key, f.value])) } : {}),
      ...(disclosure.claims.length > 0 ? { claims: disclosure.claims } : {}),
      ...(req.multiUse ? { multi: true as const } : {}),
    };
    const key = this.deps.keys.signingKey(now).key;
    const token = signPresentationToken(payload, key);
    // What the QR shows by default: a short signed reference (QR version 6); the offline form carries the data.
    const reference = signReferenceCode(id, exp, key);
    const offlineCode = signOfflineCode(payload, key);
    const [qrSvg, offlineQrSvg] = await Promise.all([qrSvgOf(reference, 'alphanumeric'), qrSvgOf(offlineCode, 'alphanumeric')]);
    const issuedAt = new Date(iat * 1000).toISOString();
    const expiresAt = new Date(exp * 1000).toISOString();
    const fieldKeys = disclosure.fields.map((f) => f.key);

    await this.deps.db.transaction(async () => {
      await this.repo.insert({
        id, holderUserId: user.userId, subject: holder.subject, certificateId, certificateKind: certificate.kind,
        fields: fieldKeys, claims: disclosure.claims, purpose: req.purpose, multiUse: req.multiUse,
        issuedAt, expiresAt, useCount: 0, lastUsedAt: null,
        // What a reference code resolves to; cleared when a single-use code is spent.
        disclosure: payload,
      });
      await this.audit.record({ ...base, fields: [...fieldKeys, ...disclosure.claims, ...disclosure.facts], result: 'ok', detail: { presentationId: id, multiUse: req.multiUse } });
    });

    return {
      id, certificateId, token, reference, qrSvg, offline: { code: offlineCode, qrSvg: offlineQrSvg }, issuedAt, expiresAt, multiUse: req.multiUse, purpose: req.purpose,
      disclosed: { fields: disclosure.fields.map(({ key, label }) => ({ key, label })), claims: disclosure.claims, facts: disclosure.facts },
    };
  }

  /** How the holder's own presentation has fared; anyone else's is 404. */
  async status(user: AuthUser, presentationId: string, now = Date.now()): Promise<PresentationStatus> {
    const row = await this.repo.byId(presentationId);
    if (!row || row.holderUserId !== user.userId) {
      const holder = await this.wallet.holderOf(user);
      await this.audit.record({
        actor: `user:${user.userId}`, subject: holder.subject, action: 'presentation.status', channel: 'app',
        result: 'not_found', detail: { presentationId },
      });
      throw notFound('No such presentation');
    }
    const state = row.useCount > 0 ? 'used' : Date.parse(row.expiresAt) <= now ? 'expired' : 'unused';
    return {
      id: row.id, certificateId: row.certificateId, issuedAt: row.issuedAt, expiresAt: row.expiresAt,
      multiUse: row.multiUse, state, useCount: row.useCount, lastUsedAt: row.lastUsedAt,
    };
  }

  /** The holder's certificate unmasked, for the page to show during REVEAL_SECONDS (audited). */
  async reveal(user: AuthUser, certificateId: string, now = Date.now()): Promise<RevealedCertificate> {
    const { holder, certificate } = await this.wallet.owned(user, certificateId);
    const fields = this.wallet.fieldsOf(certificate, true);
    await this.audit.record({
      actor: `user:${user.userId}`, subject: holder.subject, certificateId, action: 'certificate.reveal',
      // Exactly the fields the reveal unmasked: those the certificate's kind declares sensitive.
      fields: fields.filter((f) => f.sensitive).map((f) => f.key),
      purpose: 'holder reveals certificate', channel: 'app', result: 'ok',
    });
    return {
      certificateId,
      fields: fields.map(({ key, label, value }) => ({ key, label, value })),
      revealedAt: new Date(now).toISOString(),
      maskAgainAt: new Date(now + REVEAL_SECONDS * 1000).toISOString(),
    };
  }
}
