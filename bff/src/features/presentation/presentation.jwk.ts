/** How signing keys are stored (RFC 8037 OKP JWKs); shared by both engines' table definitions. */
export interface PublicSigningJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
}

export interface PrivateSigningJwk extends PublicSigningJwk {
  d: string;
}
