import { MANDATE_PAGES } from '@zsb/shared/contracts/mandates';

export { MANDATE_PAGES };

/**
 * What a session acting for someone may reach (`METHOD /route`): reading and showing the granted
 * certificates, finding services, applying (items checked per request), uploading materials, its own
 * messages, the mandates (to end one) and switching back. Everything else — the represented person's
 * usage records, consents, ratings, housing fund, new mandates… — is refused. `guardian`: guardians only.
 */
export const ACTING_ROUTES: Record<string, true | 'guardian'> = {
  'GET /api/v1/me': true,
  'GET /api/v1/home': true,
  'GET /api/v1/acting': true,
  'GET /api/v1/wallet': true,
  'POST /api/v1/wallet/refresh': true,
  'GET /api/v1/wallet/:certificateId': true,
  'POST /api/v1/wallet/:certificateId/presentations': true,
  'POST /api/v1/wallet/:certificateId/reveal': true,
  'GET /api/v1/presentations/:presentationId': true,
  'GET /api/v1/services': true,
  'GET /api/v1/services/hot': true,
  'GET /api/v1/services/facets': true,
  'GET /api/v1/services/:code': true,
  'GET /api/v1/bundles': true,
  'GET /api/v1/bundles/:code': true,
  'POST /api/v1/bundles/:code/plan': true,
  'POST /api/v1/cases': true,
  'POST /api/v1/bundle-cases': true,
  'GET /api/v1/cases': 'guardian',
  'GET /api/v1/cases/:caseId': true,
  'GET /api/v1/drafts/:kind/:code': true,
  'PUT /api/v1/drafts/:kind/:code': true,
  'DELETE /api/v1/drafts/:kind/:code': true,
  'POST /api/v1/uploads': true,
  'GET /api/v1/uploads/:uploadId': true,
  'GET /api/v1/messages': true,
  'GET /api/v1/mandates': true,
  'DELETE /api/v1/mandates/:id': true,
  'POST /api/v1/auth/identity': true,
  'POST /api/v1/auth/logout': true,
};

/** Routes an acting session may still use after its mandate ended: back to oneself, or sign out. */
export const WAY_OUT = new Set(['POST /api/v1/auth/identity', 'POST /api/v1/auth/logout']);

export interface RecordedAction {
  action: string;
  /** How the represented person reads it in 用证记录 and the message. */
  label: string;
  /** Writes are told one by one; reads once a day. */
  write: boolean;
}

/** Acting requests recorded with both people (audit row + mandate act), by route. */
export const RECORDED: Record<string, RecordedAction> = {
  'POST /api/v1/cases': { action: 'mandate.case_submit', label: '申请办事', write: true },
  'POST /api/v1/bundle-cases': { action: 'mandate.case_submit', label: '申请一件事', write: true },
  'POST /api/v1/wallet/:certificateId/presentations': { action: 'mandate.present', label: '亮证', write: true },
  'POST /api/v1/wallet/:certificateId/reveal': { action: 'mandate.reveal', label: '查看证照完整信息', write: false },
  'GET /api/v1/wallet': { action: 'mandate.wallet_list', label: '查看证照列表', write: false },
  'GET /api/v1/wallet/:certificateId': { action: 'mandate.certificate_view', label: '查看证照', write: false },
  'GET /api/v1/cases/:caseId': { action: 'mandate.case_view', label: '查看办件', write: false },
};
