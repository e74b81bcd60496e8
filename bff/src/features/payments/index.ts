// Fees (统一公共支付)'s public face: the plugin and `app.payments` (PaymentsService).
export { paymentsFeature } from './payments.routes';
export type { PaymentsService } from './payments.service';
