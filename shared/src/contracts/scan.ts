import { z } from 'zod';
import { defineRoute } from './route';
import { IsoInstantSchema } from './common';
import { SCAN_TEXT_MAX_LENGTH } from '../domain/hall-codes';

export const ScanRequestSchema = z.object({ text: z.string().min(1).max(SCAN_TEXT_MAX_LENGTH) });
export type ScanRequest = z.infer<typeof ScanRequestSchema>;

/** What a scanned code is, and what the app needs to open its page (`path` + `query`). */
export const ScanResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('window_rating'), windowId: z.string(), path: z.string(), query: z.record(z.string(), z.string()) }),
  z.object({ kind: z.literal('presentation'), token: z.string(), path: z.string(), query: z.record(z.string(), z.string()) }),
  z.object({
    kind: z.literal('hall_checkin'), hallId: z.string(), hallName: z.string(),
    /** Today's booked appointment at this hall, when there is one (check-in gives a priority number). */
    appointmentId: z.string().nullable(),
    path: z.string(), query: z.record(z.string(), z.string()),
  }),
  z.object({
    kind: z.literal('pc_login'), sessionId: z.string(),
    /** The site that asks (shown so a code relayed from a phishing page is recognisable). */
    site: z.string(), device: z.string(), expiresAt: IsoInstantSchema,
    path: z.string(), query: z.record(z.string(), z.string()),
  }),
  z.object({
    kind: z.literal('case_handoff'), caseId: z.string(), purpose: z.enum(['handoff', 'pickup']),
    /** Pickup only: the 取件码 the code carries, checked against the case's current one. */
    pickupCode: z.string().optional(),
    path: z.string(), query: z.record(z.string(), z.string()),
  }),
  // Assisted mode: a helper's one-time code; the resident confirms on the page it names.
  z.object({
    kind: z.literal('assist_consent'), mandateId: z.string(), helperName: z.string(), itemNames: z.array(z.string()),
    /** The scanned code, sent back with the confirmation (single use). */
    code: z.string(), path: z.string(), query: z.record(z.string(), z.string()),
  }),
  z.object({
    kind: z.literal('mandate_document'), mandateId: z.string(), number: z.string(), status: z.enum(['pending', 'active', 'ended', 'expired']),
    until: z.string(), grantorName: z.string(), granteeName: z.string(), path: z.string(), query: z.record(z.string(), z.string()),
  }),
]);
export type ScanResult = z.infer<typeof ScanResultSchema>;
export type ScanKind = ScanResult['kind'];

export const scanRoutes = {
  scan: defineRoute({
    method: 'POST', path: '/api/v1/scan', tags: ['scan'],
    summary: 'Resolve a scanned code (window rating, 亮证码, hall check-in, PC sign-in, case hand-off); anything else 422 UNKNOWN_CODE',
    body: ScanRequestSchema, response: ScanResultSchema,
  }),
  caseCode: defineRoute({
    method: 'GET', path: '/api/v1/cases/:caseId/handoff-code', tags: ['scan'],
    summary: 'The signed material hand-off / pickup code of one of my cases (shown to the clerk)',
    params: z.object({ caseId: z.string().min(1).max(64) }),
    query: z.object({ purpose: z.enum(['handoff', 'pickup']).default('handoff') }),
    response: z.object({ text: z.string(), svg: z.string() }),
  }),
};
