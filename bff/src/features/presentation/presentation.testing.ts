import type { CertificateSummary } from '@zsb/shared/contracts/wallet';
import type { PresentationTokenPayload } from '@zsb/shared/contracts/presentation';
import type { Session, Stack } from '../../test/harness';
import { relyingPartySecret } from '../consent';

/** Test helpers shared by the presentation, verification and consent integration tests. */

export async function certificateOf(s: Session, kind: string): Promise<CertificateSummary> {
  const r = await s.inject({ method: 'GET', url: '/api/v1/wallet' });
  const cert = (r.json().certificates as CertificateSummary[]).find((c) => c.kind === kind);
  if (!cert) throw new Error(`no ${kind} in this wallet`);
  return cert;
}

export function present(s: Session, certificateId: string, body: Record<string, unknown> = {}) {
  return s.inject({
    method: 'POST', url: `/api/v1/wallet/${encodeURIComponent(certificateId)}/presentations`,
    payload: { purpose: '酒店入住登记', ...body },
  });
}

export function verify(s: Session, token: unknown) {
  return s.inject({ method: 'POST', url: '/api/v1/verify', payload: { token } });
}

/** The payload of a compact JWS, decoded without checking anything. */
export function payloadOf(token: string): PresentationTokenPayload {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

export type AuditEvent = Stack['database']['schema']['auditEvents']['$inferSelect'];

/**
 * Audit rows matching `where` (column values, by schema key) and, when given, whose `detail`
 * contains `detail`'s entries; oldest first. Runs on either engine.
 */
export async function auditEvents(stack: Stack, where: Record<string, unknown>, detail: Record<string, unknown> = {}): Promise<AuditEvent[]> {
  const rows = (await stack.rows('auditEvents', where)) as unknown as AuditEvent[];
  return rows
    .filter((r) => Object.entries(detail).every(([k, v]) => r.detail?.[k] === v))
    .sort((a, b) => a.at.localeCompare(b.at) || 0);
}

/** Revokes a certificate at the sandbox certificate library. */
export async function revokeUpstream(stack: Stack, certificateId: string): Promise<void> {
  const r = await fetch(`${stack.sandboxUrl}/_control/certificates/${encodeURIComponent(certificateId)}/revoke`, { method: 'POST' });
  if (!r.ok) throw new Error(`revoke failed: ${r.status}`);
}

/** `Authorization: Basic …` of a relying party, with the secret the BFF issued it (or `secret` to test a wrong one). */
export function relyingPartyAuthorization(stack: Stack, clientId: string, secret = relyingPartySecret(stack.config.relyingPartySecret, clientId)): string {
  return `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
}
