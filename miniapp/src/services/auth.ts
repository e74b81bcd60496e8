import Taro from '@tarojs/taro';
import { authRoutes } from '../contracts/auth';
import { session } from '../stores';
import { call } from './api';
import { setSigningOut } from './sign-out-intent';

/** H5: the sandbox identity provider's persona page → one-time code → our tokens. */
export async function signInWithPersona(personaId: string): Promise<void> {
  const { code } = await call(authRoutes.authorize, { body: { personaId } });
  session.signIn(await call(authRoutes.login, { body: { code, channel: 'h5' } }));
}

/** weapp: `Taro.login` gives a code the BFF exchanges with WeChat for the user's tokens. */
export async function signInWithWeapp(): Promise<void> {
  const { code } = await Taro.login();
  session.signIn(await call(authRoutes.login, { body: { code, channel: 'weapp' } }));
}

/** Revokes the refresh-token family on the server, then forgets the session whatever the answer. */
export async function signOut(): Promise<void> {
  const current = session.get();
  setSigningOut(true);
  try {
    if (current) await call(authRoutes.logout, { body: { refreshToken: current.refreshToken } });
  } finally {
    session.signOut();
    setSigningOut(false);
  }
}
