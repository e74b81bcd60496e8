import { and, desc, eq, inArray, isNotNull, isNull, lt } from 'drizzle-orm';
import type { PaymentStatus } from '@zsb/shared/domain/fees';
import type { Database } from '../../platform/db';

export type PaymentRow = Database['schema']['payments']['$inferSelect'];

/** Payments and the notifications handled. Only this file queries `payments` and `payment_notifications`. */
export class PaymentsRepository {
  constructor(private readonly db: Database) {}

  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  /** Inserts the case's payment unless it has one (`payments_case` is unique); true when inserted. */
  async insertOnce(row: PaymentRow): Promise<boolean> {
    const t = this.db.schema.payments;
    return (await this.db.q.insert(t).values(row).onConflictDoNothing({ target: t.caseId }).returning({ id: t.id })).length === 1;
  }

  async byId(id: string): Promise<PaymentRow | undefined> {
    const t = this.db.schema.payments;
    return (await this.db.q.select().from(t).where(eq(t.id, id)).limit(1))[0];
  }

  async byCase(caseId: string): Promise<PaymentRow | undefined> {
    const t = this.db.schema.payments;
    return (await this.db.q.select().from(t).where(eq(t.caseId, caseId)).limit(1))[0];
  }

  /** Moves a payment only from one of `from` (an atomic conditional update); true when this call moved it. */
  async move(id: string, from: readonly PaymentStatus[], set: Partial<PaymentRow> & { status: PaymentStatus }): Promise<boolean> {
    const t = this.db.schema.payments;
    return (await this.db.q.update(t).set(set).where(and(eq(t.id, id), inArray(t.status, [...from]))).returning({ id: t.id })).length === 1;
  }

  async update(id: string, set: Partial<PaymentRow>): Promise<void> {
    const t = this.db.schema.payments;
    await this.db.q.update(t).set(set).where(eq(t.id, id));
  }

  /** Records a notification by its id; false when it was handled before (a redelivery or a replay). */
  async recordNotification(n: { id: string; paymentId: string; eventType: string; receivedAt: string }): Promise<boolean> {
    const t = this.db.schema.paymentNotifications;
    return (await this.db.q.insert(t).values(n).onConflictDoNothing({ target: t.id }).returning({ id: t.id })).length === 1;
  }

  async receiptsOf(userId: string): Promise<PaymentRow[]> {
    const t = this.db.schema.payments;
    return this.db.q.select().from(t).where(and(eq(t.userId, userId), isNotNull(t.receiptIssuedAt))).orderBy(desc(t.receiptIssuedAt)).limit(200);
  }

  /** Unpaid orders the platform has had since before `before`: their notification may be lost. */
  async unpaidOrdered(before: string, limit: number): Promise<PaymentRow[]> {
    const t = this.db.schema.payments;
    return this.db.q.select().from(t).where(and(eq(t.status, 'created'), isNotNull(t.orderedAt), lt(t.orderedAt, before))).limit(limit);
  }

  /** Paid (or refunded) payments without their receipt yet. */
  async withoutReceipt(limit: number): Promise<PaymentRow[]> {
    const t = this.db.schema.payments;
    return this.db.q.select().from(t).where(and(inArray(t.status, ['paid', 'refunding', 'refunded']), isNull(t.receiptIssuedAt))).limit(limit);
  }

  async refunding(limit: number): Promise<PaymentRow[]> {
    const t = this.db.schema.payments;
    return this.db.q.select().from(t).where(eq(t.status, 'refunding')).limit(limit);
  }
}
