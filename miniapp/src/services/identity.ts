import { authRoutes, type IdentityRef } from '../contracts/auth';
import { session } from '../stores';
import { call } from './api';

/** Act as yourself or as an enterprise you represent: the BFF checks the legal register and issues new tokens. */
export async function switchIdentity(target: Pick<IdentityRef, 'kind' | 'id'>): Promise<void> {
  session.signIn(await call(authRoutes.switchIdentity, { body: { kind: target.kind, id: target.id } }));
}
