// 核验's public face: the plugin (verify and the JWKS) and the service other features may call.
export { verificationFeature } from './verification.routes';
export type { VerificationService } from './verification.service';
