import {
  certificateStatus,
  decideDisclosure,
  isPresentable,
  type CertificateFacts,
  type Disclosure,
  type DisclosureRequest,
} from '@zsb/shared/domain/certificate-rules';
import { AppError } from '../../platform/errors';

export type { Disclosure, DisclosureRequest } from '@zsb/shared/domain/certificate-rules';

/**
 * What a presentation or consent discloses (`decideDisclosure` in shared), its refusals thrown as
 * 422 problems with the offending paths.
 */
export function selectDisclosure(c: Pick<CertificateFacts, 'kind' | 'fields'>, req: DisclosureRequest, today: string): Disclosure {
  const decision = decideDisclosure(c, req, today);
  if (!decision.ok) throw new AppError(422, decision.refusal.code, decision.refusal.detail, decision.refusal.errors);
  return decision.disclosure;
}

/**
 * A certificate can be shown or shared only while it is in force: a revoked or expired one is
 * refused with 409 so the holder learns why instead of getting a code that every checker rejects.
 */
export function assertPresentable(c: Pick<CertificateFacts, 'status' | 'validUntil'>, today: string): void {
  if (!isPresentable(c, today)) {
    throw new AppError(409, 'CERTIFICATE_NOT_PRESENTABLE', `The certificate is ${certificateStatus(c, today)}`);
  }
}
