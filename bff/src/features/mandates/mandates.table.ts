import { sqliteTable, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * 代办 mandates (委托书): a grantor lets a grantee act for them on some items / life events and
 * certificates until a day. `openKey` holds the one-open-mandate-per-pair rule: it is
 * `<grantorUserId>|<granteeIdNumber>` while the mandate is pending or active and NULL once it ended
 * or expired (a UNIQUE index allows many NULLs on both engines).
 */
export const mandates = sqliteTable('mandates', {
  id: text('id').primaryKey(),
  kind: text('kind').$type<'family' | 'helper' | 'assisted'>().notNull(),
  grantorUserId: text('grantor_user_id').notNull(),
  grantorName: text('grantor_name').notNull(),
  grantorIdNumber: text('grantor_id_number').notNull(),
  granteeIdNumber: text('grantee_id_number').notNull(),
  granteeName: text('grantee_name').notNull(),
  /** Set when the grantee accepts (assisted mandates: the helper who started it). */
  granteeUserId: text('grantee_user_id'),
  itemCodes: text('item_codes', { mode: 'json' }).$type<string[]>().notNull(),
  lifeEvents: text('life_events', { mode: 'json' }).$type<string[]>().notNull(),
  certificateIds: text('certificate_ids', { mode: 'json' }).$type<string[]>().notNull(),
  status: text('status').$type<'pending' | 'active' | 'ended'>().notNull(),
  /** Last China calendar day (YYYY-MM-DD). */
  until: text('until').notNull(),
  /** The instant the mandate stops working (end of `until`, China time). */
  expiresAt: text('expires_at').notNull(),
  openKey: text('open_key'),
  createdAt: text('created_at').notNull(),
  acceptedAt: text('accepted_at'),
  endedAt: text('ended_at'),
  endedBy: text('ended_by'),
  documentNumber: text('document_number').notNull(),
  documentCode: text('document_code').notNull(),
  /** Assisted mode: how the resident consented, and the paper consent's photo. */
  consent: text('consent').$type<'scan' | 'paper'>(),
  consentUploadId: text('consent_upload_id'),
  /** Assisted mode: the nonce of the one-time consent code now shown; NULL once spent. */
  assistNonce: text('assist_nonce'),
  assistExpiresAt: text('assist_expires_at'),
}, (t) => [
  uniqueIndex('mandates_open_pair').on(t.openKey),
  uniqueIndex('mandates_document_number').on(t.documentNumber),
  index('mandates_grantor').on(t.grantorUserId, t.createdAt),
  index('mandates_grantee').on(t.granteeIdNumber, t.createdAt),
]);

/** What was done under a mandate (or a guardian's standing): both people, the action and what it touched. Never updated. */
export const mandateActs = sqliteTable('mandate_acts', {
  id: text('id').primaryKey(),
  /** The mandate's id, or `guardian`. */
  mandateId: text('mandate_id').notNull(),
  agentUserId: text('agent_user_id').notNull(),
  principalUserId: text('principal_user_id').notNull(),
  action: text('action').notNull(),
  /** The case, certificate or presentation acted on. */
  ref: text('ref'),
  at: text('at').notNull(),
}, (t) => [index('mandate_acts_ref').on(t.ref), index('mandate_acts_principal').on(t.principalUserId, t.at)]);
