import { and, asc, desc, eq, gt, isNull, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db';

type Tables = Database['schema'];
export type PresentationRow = Tables['presentations']['$inferSelect'];
export type SigningKeyRow = Tables['signingKeys']['$inferSelect'];
export type LegacyKeyRow = Tables['presentationKeys']['$inferSelect'];

/** The only place with queries on the presentation tables (presentations, signing keys). */
export class PresentationRepository {
  private readonly byIdQuery;
  private readonly spendQuery;

  constructor(private readonly db: Database) {
    const { presentations } = db.schema;
    // Prepared once: these two run on every verification (the hot path).
    this.byIdQuery = db.prepared('presentation_by_id', (q) =>
      q.select().from(presentations).where(eq(presentations.id, sql.placeholder('id'))).limit(1));
    // Single use held by the database: one conditional UPDATE, so two checkers (on any instances)
    // scanning at once cannot both spend a single-use code. Booleans compared portably (eq … true).
    this.spendQuery = db.prepared('presentation_spend', (q) =>
      q.update(presentations)
        .set({
          useCount: sql`${presentations.useCount} + 1`, lastUsedAt: sql`${sql.placeholder('at')}`,
          // A spent single-use code resolves to nothing any more: its disclosed data is not kept.
          disclosure: sql`CASE WHEN ${eq(presentations.multiUse, true)} THEN ${presentations.disclosure} ELSE NULL END`,
        })
        .where(and(eq(presentations.id, sql.placeholder('id')), or(eq(presentations.multiUse, true), eq(presentations.useCount, 0))))
        .returning({ id: presentations.id }));
  }

  async insert(row: PresentationRow): Promise<void> {
    await this.db.q.insert(this.db.schema.presentations).values(row);
  }

  async byId(id: string): Promise<PresentationRow | undefined> {
    const rows = (await this.byIdQuery({ id })) as PresentationRow[];
    return rows[0];
  }

  /** Spends one use: true once for a single-use code (the nonce), always for a multi-use one. */
  async spend(id: string, at: string): Promise<boolean> {
    const rows = (await this.spendQuery({ id, at })) as { id: string }[];
    return rows.length === 1;
  }

  // --- signing keys -------------------------------------------------------------------------

  /** Keys still usable for verification at `now` (not expired), oldest generation first. */
  async liveKeys(now: number): Promise<SigningKeyRow[]> {
    const { signingKeys: k } = this.db.schema;
    return this.db.q.select().from(k).where(or(isNull(k.expiresAt), gt(k.expiresAt, now))).orderBy(asc(k.generation));
  }

  /** The newest key (highest generation), expired or not. */
  async newestKey(): Promise<SigningKeyRow | undefined> {
    const { signingKeys: k } = this.db.schema;
    const rows = await this.db.q.select().from(k).orderBy(desc(k.generation)).limit(1);
    return rows[0];
  }

  /**
   * Adds `row` unless its generation exists already (another instance created or rotated first):
   * the unique generation makes concurrent inserts add ONE key. True when this call added it.
   */
  async insertKey(row: SigningKeyRow): Promise<boolean> {
    const { signingKeys: k } = this.db.schema;
    const rows = await this.db.q.insert(k).values(row).onConflictDoNothing().returning({ kid: k.kid });
    return rows.length === 1;
  }

  /** Every key still signing except `kid` stops at `at` and is kept for verification until `expiresAt`. */
  async retireOthers(kid: string, at: number, expiresAt: number): Promise<void> {
    const { signingKeys: k } = this.db.schema;
    await this.db.q.update(k).set({ retiredAt: at, expiresAt }).where(and(ne(k.kid, kid), isNull(k.retiredAt)));
  }

  /** The single key of versions before `signing_keys` (adopted once). */
  async legacyKey(): Promise<LegacyKeyRow | undefined> {
    const { presentationKeys: k } = this.db.schema;
    const rows = await this.db.q.select().from(k).orderBy(asc(k.createdAt), asc(k.kid)).limit(1);
    return rows[0];
  }
}
