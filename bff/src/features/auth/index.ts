// Sign-in and sessions' public face: other features reach users through `app.auth` (AuthService).
export { authFeature } from './auth.routes';
export type { AuthService, FirstSignInListener } from './auth.service';
/** A signed-in person as stored (identity data beyond what sessions need stays upstream). */
export type { UserRow as User } from './auth.repository';
