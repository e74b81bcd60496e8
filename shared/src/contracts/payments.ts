import { z } from 'zod';
import { defineRoute } from './route';
import { IsoInstantSchema } from './common';
import { PAYMENT_STATUSES } from '../domain/fees';

/*
 * Fees (统一公共支付): a payment order per fee-charging case, paid through the public payment
 * platform (WeChat Pay in the mini-program, the platform's cashier page on H5), with a 非税收入
 * electronic receipt (电子票据). Amounts are integers in fen everywhere.
 */

const CaseIdParamsSchema = z.object({ caseId: z.string().regex(/^cs_[A-Za-z0-9_-]{16,40}$/) });
export const PaymentIdSchema = z.string().regex(/^pay_[A-Za-z0-9]{20,32}$/);
const FenSchema = z.number().int().min(0).max(100_000_000);

/** A 非税收入 electronic receipt issued by the fiscal receipt platform after payment. */
export const ReceiptSchema = z.object({
  /** 票据号码. */
  number: z.string(),
  /** 校验码, to check the receipt at the fiscal platform. */
  checkCode: z.string(),
  /** 票据代码 / kind, e.g. 浙江省非税收入统一票据（电子）. */
  title: z.string(),
  projectCode: z.string(),
  projectName: z.string(),
  amountFen: FenSchema,
  /** 交款人, as on the receipt. */
  payerName: z.string(),
  /** 收款单位 (the department). */
  payee: z.string(),
  issuedAt: IsoInstantSchema,
  caseId: z.string(),
  caseNumber: z.string(),
  caseTitle: z.string(),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export const PaymentStatusSchema = z.enum(PAYMENT_STATUSES);

/** A payment as a case shows it. */
export const PaymentViewSchema = z.object({
  id: PaymentIdSchema,
  amountFen: FenSchema,
  status: PaymentStatusSchema,
  projectName: z.string(),
  createdAt: IsoInstantSchema,
  paidAt: IsoInstantSchema.nullable(),
  refundedAt: IsoInstantSchema.nullable(),
  /** Null until the platform issued it (shortly after payment). */
  receipt: ReceiptSchema.nullable(),
});
export type PaymentView = z.infer<typeof PaymentViewSchema>;

/** What `wx.requestPayment` takes (WeChat Pay JSAPI). */
export const PayParamsSchema = z.object({
  appId: z.string(),
  timeStamp: z.string(),
  nonceStr: z.string(),
  package: z.string(),
  signType: z.literal('RSA'),
  paySign: z.string(),
});
export type PayParams = z.infer<typeof PayParamsSchema>;

export const CreatePaymentRequestSchema = z.strictObject({
  /** `weapp`: WeChat Pay in the mini-program (payParams); `h5`: the platform's cashier page (payUrl). */
  channel: z.enum(['weapp', 'h5']),
  /** The amount the page showed; when given and not the case's fee, the request is refused. */
  amountFen: FenSchema.optional(),
});
export type CreatePaymentRequest = z.infer<typeof CreatePaymentRequestSchema>;

export const CreatedPaymentSchema = z.object({
  id: PaymentIdSchema,
  amountFen: FenSchema,
  status: PaymentStatusSchema,
  /** H5: open this page (the platform's cashier); it comes back to the case when paid. */
  payUrl: z.string().nullable(),
  /** weapp: pass to `Taro.requestPayment`. */
  payParams: PayParamsSchema.nullable(),
});
export type CreatedPayment = z.infer<typeof CreatedPaymentSchema>;

export const ReceiptListSchema = z.object({ items: z.array(ReceiptSchema) });

export const paymentRoutes = {
  create: defineRoute({
    method: 'POST', path: '/api/v1/cases/:caseId/payments', tags: ['payments'], status: 201,
    summary: 'Pay the fee of one of my cases waiting for payment (待缴费): the order at the payment platform, as payUrl (H5) or payParams (weapp)',
    params: CaseIdParamsSchema, body: CreatePaymentRequestSchema, response: CreatedPaymentSchema,
  }),
  get: defineRoute({
    method: 'GET', path: '/api/v1/payments/:paymentId', tags: ['payments'],
    summary: 'One of my payments; while unpaid, the platform is asked (a page coming back from the cashier)',
    params: z.object({ paymentId: PaymentIdSchema }), response: PaymentViewSchema,
  }),
  receipts: defineRoute({
    method: 'GET', path: '/api/v1/receipts', tags: ['payments'],
    summary: 'My 非税收入 electronic receipts (the wallet\'s 票据), newest first',
    response: ReceiptListSchema,
  }),
};
