import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';
import { PC_LOGIN_TTL_SECONDS } from '@zsb/shared/contracts/pc-login';
import type { TokenPair } from '@zsb/shared/contracts/auth';
import { newId } from '../../db/ids';
import type { AuthUser } from '../../platform/auth';
import { AppError, conflict, notFound } from '../../platform/errors';
import type { CodeSigner } from '../../platform/signed-codes';
import type { AuthService } from '../auth';
import type { PcLoginRepository, PcLoginRow } from './pc-login.repository';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const codeExpired = () => new AppError(410, 'CODE_EXPIRED', 'This sign-in code has expired; refresh the page on the computer');
export const codeUsed = () => conflict('CODE_USED', 'This sign-in code was already used');

/**
 * 扫码登录: a PC page asks for a 2-minute single-use code naming its site; the resident scans it,
 * sees the site and device, and confirms; the page, polling with its secret, collects a session once.
 */
export class PcLoginService {
  clock = { now: () => Date.now() };

  constructor(private readonly deps: { repo: PcLoginRepository; signer: CodeSigner; auth: Pick<AuthService, 'sessionFor'> }) {}

  async create(site: string, device: string) {
    const id = newId();
    const pollToken = randomBytes(24).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now + PC_LOGIN_TTL_SECONDS * 1000).toISOString();
    await this.deps.repo.insert({
      id, pollTokenHash: sha256(pollToken), site, device, status: 'pending', userId: null, expiresAt, createdAt: new Date(now).toISOString(), confirmedAt: null,
    });
    const qrText = this.deps.signer.sign('pc', [id]);
    return { id, qrText, qrSvg: await QRCode.toString(qrText, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }), expiresAt, pollToken, site };
  }

  /** What a scan of the code shows before confirming; an expired or used code is refused. */
  async describe(id: string): Promise<Pick<PcLoginRow, 'id' | 'site' | 'device' | 'expiresAt'>> {
    const row = await this.deps.repo.byId(id);
    if (!row) throw notFound('No such sign-in');
    if (row.status !== 'pending') throw codeUsed();
    if (row.expiresAt <= new Date(this.clock.now()).toISOString()) throw codeExpired();
    return { id: row.id, site: row.site, device: row.device, expiresAt: row.expiresAt };
  }

  async confirm(user: AuthUser, id: string): Promise<{ site: string; device: string }> {
    if (user.kind !== 'resident' || user.identity.kind !== 'personal') throw new AppError(403, 'FORBIDDEN', 'Sign in on a computer as a resident');
    const row = await this.deps.repo.confirm(id, user.userId, new Date(this.clock.now()).toISOString());
    if (row) return { site: row.site, device: row.device };
    await this.describe(id); // says why: unknown, used or expired
    throw codeUsed();
  }

  async poll(id: string, pollToken: string): Promise<{ status: 'pending' | 'confirmed' | 'signed_in' | 'expired'; expiresAt: string; session?: TokenPair }> {
    const row = await this.deps.repo.byId(id);
    const hash = sha256(pollToken);
    if (!row || !timingSafeEqual(Buffer.from(row.pollTokenHash), Buffer.from(hash))) throw notFound('No such sign-in');
    if (row.status === 'confirmed') {
      const collected = await this.deps.repo.collect(id, hash);
      if (collected?.userId) return { status: 'signed_in', expiresAt: row.expiresAt, session: await this.deps.auth.sessionFor(collected.userId) };
      return { status: 'signed_in', expiresAt: row.expiresAt };
    }
    if (row.status === 'pending' && row.expiresAt <= new Date(this.clock.now()).toISOString()) return { status: 'expired', expiresAt: row.expiresAt };
    return { status: row.status as 'pending' | 'signed_in', expiresAt: row.expiresAt };
  }
}
