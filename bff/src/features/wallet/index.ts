// The certificate wallet's public face: other features reach certificates only through `app.wallet`.
export { walletFeature } from './wallet.routes';
export type { WalletService, Holder } from './wallet.service';
export type { Certificate } from '@zsb/shared/domain/certificate-rules';
export { certificateStatus, daysBetween, EXPIRING_WITHIN_DAYS } from './wallet.service';
