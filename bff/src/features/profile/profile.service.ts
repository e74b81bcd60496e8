import type { Profile } from '@zsb/shared/contracts/me';
import { maskIdNumber, maskPhone } from '@zsb/shared/domain/masking';
import { parseIdNumber } from '@zsb/shared/domain/id-number';
import { regionName } from '@zsb/shared/domain/regions';
import type { AuthUser } from '../../platform/auth';
import { UpstreamUnavailableError } from '../../upstreams/http-client';
import type { AuthService } from '../auth';

/** The signed-in person, masked, with the identities they may act as. No tables of its own. */
export class ProfileService {
  constructor(private readonly auth: Pick<AuthService, 'userOf' | 'identities' | 'selfIdentity'>) {}

  async of(auth: AuthUser, opts: { timeoutMs?: number } = {}): Promise<Profile> {
    const user = await this.auth.userOf(auth);
    // The legal-entity register may be slow; without it the person can still act as themselves.
    const identities = await this.auth.identities(user, opts).catch((err) => {
      if (err instanceof UpstreamUnavailableError) return [this.auth.selfIdentity(user)];
      throw err;
    });
    const active = identities.find((i) => i.kind === auth.identity.kind && i.id === auth.identity.id) ?? identities[0];
    const parsed = safeParse(user.idNumber);
    const region = user.region ?? parsed?.regionCode ?? null;
    return {
      userId: user.id,
      kind: user.kind,
      name: user.name,
      idNumber: maskIdNumber(user.idNumber),
      phone: user.phone ? maskPhone(user.phone) : null,
      gender: parsed?.gender ?? null,
      region,
      regionName: region ? regionName(region) ?? null : null,
      departmentCode: user.departmentCode,
      identities,
      activeIdentity: active,
    };
  }
}

function safeParse(idNumber: string) {
  try {
    return parseIdNumber(idNumber);
  } catch {
    return null;
  }
}
