import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RelyingParty } from '@zsb/shared/contracts/consent';
import { DEPARTMENTS } from '@zsb/shared/domain/regions';

/*
 * The registry of relying parties (用证方): every department, and businesses that ask residents for
 * certificates. It is seed data kept in the BFF because the credential is something the BFF issues:
 * a relying party's client id is its registry id and its secret is derived from the BFF's secret
 * (HMAC), so nothing secret is stored and every BFF process agrees without coordination.
 */

const BUSINESSES: RelyingParty[] = [
  { id: 'biz-hotel-xizi', name: '杭州西子湖畔酒店有限公司', kind: 'business', departmentCode: null },
  { id: 'biz-bank-qiantang', name: '杭州钱塘商业银行股份有限公司', kind: 'business', departmentCode: null },
  { id: 'biz-rental-anju', name: '杭州安居房屋租赁有限公司', kind: 'business', departmentCode: null },
  { id: 'biz-telecom-changlian', name: '浙江畅联通信服务有限公司', kind: 'business', departmentCode: null },
];

export const RELYING_PARTIES: readonly RelyingParty[] = [
  ...DEPARTMENTS.map((d): RelyingParty => ({ id: `dept-${d.code}`, name: d.name, kind: 'department', departmentCode: d.code })),
  ...BUSINESSES,
];

const BY_ID = new Map(RELYING_PARTIES.map((rp) => [rp.id, rp]));

export function relyingPartyById(id: string): RelyingParty | undefined {
  return BY_ID.get(id);
}

/** The client secret the BFF issued to `clientId`: HMAC-SHA256 of the id under the BFF's secret, base64url. */
export function relyingPartySecret(bffSecret: string, clientId: string): string {
  return createHmac('sha256', bffSecret).update(`relying-party:${clientId}`).digest('base64url');
}

/**
 * The relying party an `Authorization: Basic base64(clientId:secret)` header proves, or, when it
 * proves none, the client id it claimed (for the audit log) and `null`.
 */
export function authenticateRelyingParty(bffSecret: string, authorization: string | undefined): { claimed: string | null; party: RelyingParty | null } {
  const m = /^Basic ([A-Za-z0-9+/=]{1,512})$/.exec(authorization ?? '');
  if (!m) return { claimed: null, party: null };
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return { claimed: null, party: null };
  const clientId = decoded.slice(0, colon).slice(0, 64);
  const party = BY_ID.get(clientId) ?? null;
  const given = Buffer.from(decoded.slice(colon + 1));
  const expected = Buffer.from(relyingPartySecret(bffSecret, clientId));
  const ok = party !== null && given.length === expected.length && timingSafeEqual(given, expected);
  return { claimed: clientId, party: ok ? party : null };
}
