import { createHash, randomBytes } from 'node:crypto';
import type { IdentityRef, TokenPair } from '@zsb/shared/contracts/auth';
import type { Database } from '../../platform/db';
import { newId, nowIso } from '../../db/ids';
import { AppError, notFound } from '../../platform/errors';
import { decodeIdentity, encodeIdentity, type AuthUser } from '../../platform/auth';
import type { Upstreams } from '../../upstreams';
import type { IdentitySubject } from '../../upstreams/identity/identity.client';
import type { AuthRepository, UserRow } from './auth.repository';
import { LRUCache } from 'lru-cache';
import type { SharedState } from '../../platform/shared-state';

/** Other instances drop their copy of a user whose row changed (a sign-in refreshes name, phone…). */
const USER_CHANGED = 'user-changed';

const hashToken = (t: string) => createHash('sha256').update(t).digest('hex');

/**
 * Sign-in and sessions: code exchange with the identity provider, short-lived access tokens,
 * rotating refresh tokens whose reuse revokes the family, and switching to an enterprise identity.
 */
/** Called once when a person signs in for the first time (after their user row exists). */
export type FirstSignInListener = (user: UserRow) => Promise<void>;

export class AuthService {
  private readonly firstSignIn: FirstSignInListener[] = [];

  constructor(
    private readonly db: Database,
    private readonly repo: AuthRepository,
    private readonly upstreams: Pick<Upstreams, 'identity' | 'legal'>,
    private readonly sign: (u: AuthUser) => string,
    /** Ends sessions' access tokens on every instance (the shared revocation list). */
    private readonly revokeSessions: (sessionIds: Iterable<string>) => Promise<void>,
    private readonly ttl: { accessSeconds: number; refreshSeconds: number },
    private readonly shared?: Pick<SharedState, 'publish' | 'subscribe'>,
  ) {
    void shared?.subscribe(USER_CHANGED, (userId) => this.users.delete(userId));
  }

  // Nearly every signed-in request needs the caller's row (name, ID number) that the token leaves
  // out; it changes only at sign-in, which refreshes this copy and tells the other instances.
  private readonly users = new LRUCache<string, UserRow>({ max: 100_000, ttl: 5 * 60_000 });

  personas() {
    return this.upstreams.identity.personas();
  }

  async authorize(personaId: string) {
    const r = await this.upstreams.identity.authorize(personaId);
    if (!r) throw notFound('No such persona');
    return r;
  }

  async login(code: string, channel: 'h5' | 'weapp'): Promise<TokenPair> {
    let subject: IdentitySubject | null;
    let openid: string | null = null;
    if (channel === 'weapp') {
      const r = await this.upstreams.identity.wechatLogin(code);
      subject = r?.subject ?? null;
      openid = r?.openid ?? null;
    } else {
      subject = await this.upstreams.identity.exchangeCode(code);
    }
    if (!subject) throw new AppError(401, 'INVALID_LOGIN_CODE', 'The login code is unknown, used or expired');
    const at = nowIso();
    const user = await this.repo.upsertUser({
      id: newId(), subject: subject.sub, kind: subject.kind, name: subject.name, idNumber: subject.idNumber,
      phone: subject.phone ?? null, departmentCode: subject.departmentCode ?? null, region: subject.region ?? null,
      wechatOpenId: openid, createdAt: at, lastLoginAt: at,
    });
    this.users.set(user.id, user);
    await this.shared?.publish(USER_CHANGED, user.id);
    // The row was created by this sign-in: whatever is already due for the person (a certificate inside its
    // reminder window) is done before the first screen asks, not at the next hourly sweep.
    if (user.createdAt === at) await this.announceFirstSignIn(user);
    return this.issue(user, { kind: 'personal', id: user.id }, newId(), 1);
  }

  /** Spends a refresh token for a new pair. A spent or revoked token presented again revokes its family. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const hash = hashToken(refreshToken);
    const at = nowIso();
    const outcome = await this.db.transaction(async () => {
      const row = await this.repo.refreshByHash(hash);
      if (!row) return { error: 'REFRESH_TOKEN_INVALID' as const };
      if (row.revokedAt) return { error: 'REFRESH_TOKEN_REUSED' as const, familyId: row.familyId };
      if (row.expiresAt <= at) return { error: 'REFRESH_TOKEN_INVALID' as const };
      // Spending is an atomic conditional update: of two instances racing with the same token, one
      // wins; the other (like any replay of a spent token) revokes the family.
      if (row.spentAt || !(await this.repo.spend(hash, at))) {
        await this.repo.revokeFamily(row.familyId, at);
        return { error: 'REFRESH_TOKEN_REUSED' as const, familyId: row.familyId };
      }
      const user = (await this.repo.userById(row.userId))!;
      return { pair: await this.issue(user, decodeIdentity(row.identity), row.familyId, row.generation + 1) };
    });
    if ('error' in outcome) {
      // A leaked token's family ends everywhere at once: its access tokens too, not only its refresh tokens.
      if (outcome.familyId) await this.revokeSessions([outcome.familyId]);
      throw new AppError(401, outcome.error!, outcome.error === 'REFRESH_TOKEN_REUSED'
        ? 'This refresh token was already used; the session has been ended for safety'
        : 'The refresh token is not valid');
    }
    return outcome.pair;
  }

  /** Ends the session of `refreshToken` (or, without one, every session of the user); its access tokens stop at once. */
  async logout(user: AuthUser, refreshToken?: string): Promise<void> {
    const at = nowIso();
    const ended = new Set<string>(user.sessionId ? [user.sessionId] : []);
    if (!refreshToken) {
      for (const f of await this.repo.revokeAllOf(user.userId, at)) ended.add(f);
    } else {
      const row = await this.repo.refreshByHash(hashToken(refreshToken));
      if (row && row.userId === user.userId) {
        await this.repo.revokeFamily(row.familyId, at);
        ended.add(row.familyId);
      }
    }
    await this.revokeSessions(ended);
  }

  /** The identities a user may act as: themselves, and enterprises they represent. */
  selfIdentity(user: UserRow): IdentityRef {
    return { kind: 'personal', id: user.id, name: user.name, role: 'self' };
  }

  async identities(user: UserRow, opts: { timeoutMs?: number } = {}): Promise<IdentityRef[]> {
    const self = this.selfIdentity(user);
    if (user.kind !== 'resident') return [self];
    const roles = await this.upstreams.legal.rolesOf(user.idNumber, opts);
    return [self, ...roles.map((r) => ({ kind: 'enterprise' as const, id: r.uscc, name: r.name, role: r.role }))];
  }

  async switchIdentity(current: AuthUser, target: { kind: 'personal' | 'enterprise'; id: string }): Promise<TokenPair> {
    const user = await this.userOf(current);
    if (target.kind === 'personal') {
      if (target.id !== user.id) throw notFound('No such identity');
    } else {
      const all = await this.identities(user);
      if (!all.some((i) => i.kind === 'enterprise' && i.id === target.id)) throw notFound('No such identity');
    }
    // The previous identity's refresh tokens end; its access tokens are left to expire (requests in
    // flight while the client switches must not bounce to sign-in): switching is not signing out.
    await this.repo.revokeAllOf(user.id, nowIso());
    return this.issue(user, target, newId(), 1);
  }

  /**
   * A session acting for another person (代办): the caller (features/mandates) has checked the mandate
   * or guardianship; every request of the session is checked again. Like switching identity, the
   * caller's previous refresh tokens end.
   */
  async actFor(current: AuthUser, principalUserId: string, mandateId: string): Promise<TokenPair> {
    const user = await this.userOf(current);
    await this.repo.revokeAllOf(user.id, nowIso());
    return this.issue(user, { kind: 'personal', id: principalUserId, mandateId }, newId(), 1);
  }

  /**
   * The user row of a person known to the identity provider who may never have signed in (a minor, a
   * resident without a phone), so others can act for them; null when the provider does not know them.
   */
  async personByIdNumber(idNumber: string): Promise<UserRow | null> {
    const existing = await this.repo.userByIdNumber(idNumber);
    if (existing) return existing;
    const subject = await this.upstreams.identity.subjectByIdNumber(idNumber);
    if (!subject || subject.kind !== 'resident') return null;
    const at = nowIso();
    return this.repo.insertUserIfAbsent({
      id: newId(), subject: subject.sub, kind: subject.kind, name: subject.name, idNumber: subject.idNumber,
      phone: subject.phone ?? null, departmentCode: null, region: subject.region ?? null,
      wechatOpenId: null, createdAt: at, lastLoginAt: at,
    });
  }

  /** Every resident who has signed in at least once. */
  residents(): Promise<Pick<UserRow, 'id' | 'idNumber' | 'name'>[]> {
    return this.repo.residents();
  }

  /** Every operator account that has signed in at least once. */
  operatorIds(): Promise<string[]> {
    return this.repo.operatorIds();
  }

  /**
   * A fresh authentication before money moves: the person signs in again (a new one-time code, or
   * `wx.login` in the mini-program) and the code must name the user signed in now.
   */
  async confirmPresence(auth: Pick<AuthUser, 'userId'>, code: string, channel: 'h5' | 'weapp'): Promise<boolean> {
    const user = await this.userOf(auth);
    const subject = channel === 'weapp'
      ? (await this.upstreams.identity.wechatLogin(code))?.subject ?? null
      : await this.upstreams.identity.exchangeCode(code);
    return subject !== null && subject.sub === user.subject;
  }

  /** The resident signed in to 掌上办 with this ID number (a spouse asked to confirm), or null. */
  async residentByIdNumber(idNumber: string): Promise<{ id: string; name: string } | null> {
    return (await this.repo.residentByIdNumber(idNumber)) ?? null;
  }

  /** Registers work to do when a person signs in for the first time (expiry reminders). */
  onFirstSignIn(listener: FirstSignInListener): void {
    this.firstSignIn.push(listener);
  }

  private async announceFirstSignIn(user: UserRow): Promise<void> {
    for (const l of this.firstSignIn) await l(user);
  }

  /** The clerks of a unit (department, district) who have signed in. */
  staffIds(departmentCode: string, region: string): Promise<string[]> {
    return this.repo.staffIds(departmentCode, region);
  }

  async userOf(auth: Pick<AuthUser, 'userId'>): Promise<UserRow> {
    const cached = this.users.get(auth.userId);
    if (cached) return cached;
    const user = await this.repo.userById(auth.userId);
    if (!user) throw new AppError(401, 'TOKEN_INVALID', 'Unknown user');
    this.users.set(user.id, user);
    return user;
  }

  /** A new session for a person who confirmed a sign-in elsewhere (PC sign-in by scan, see features/pc-login). */
  async sessionFor(userId: string): Promise<TokenPair> {
    const user = await this.userOf({ userId });
    return this.issue(user, { kind: 'personal', id: user.id }, newId(), 1);
  }

  private async issue(user: UserRow, identity: AuthUser['identity'], familyId: string, generation: number): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    const now = Date.now();
    await this.repo.insertRefresh({
      tokenHash: hashToken(refreshToken), familyId, userId: user.id, identity: encodeIdentity(identity),
      issuedAt: new Date(now).toISOString(), expiresAt: new Date(now + this.ttl.refreshSeconds * 1000).toISOString(),
      spentAt: null, revokedAt: null, generation,
    });
    // Acting for another person is acting as a resident: staff-like helpers get none of their staff rights there.
    const accessToken = this.sign(identity.mandateId
      ? { userId: user.id, kind: 'resident', departmentCode: null, region: null, identity, sessionId: familyId }
      : { userId: user.id, kind: user.kind, departmentCode: user.departmentCode, region: user.region, identity, sessionId: familyId });
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: this.ttl.accessSeconds };
  }
}
