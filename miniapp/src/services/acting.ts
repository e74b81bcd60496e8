import { mandateRoutes, type Acting } from '../contracts/mandates';
import { authRoutes } from '../contracts/auth';
import { meRoutes } from '../contracts/me';
import { session } from '../stores';
import { call } from './api';
import { decodeBase64Url } from './base64';

/**
 * Whether an access token acts for someone else (代办): its identity claim carries the mandate
 * (`personal:<id>~<mandate>`). Read from the token so every page knows at once, without a request.
 */
export function actingMandateOf(accessToken: string | undefined): string | null {
  if (!accessToken) return null;
  try {
    const payload = JSON.parse(decodeBase64Url(accessToken.split('.')[1] ?? '')) as { idt?: unknown };
    const idt = typeof payload.idt === 'string' ? payload.idt : '';
    const at = idt.indexOf('~');
    return at >= 0 ? idt.slice(at + 1) : null;
  } catch {
    return null;
  }
}

// One answer per token: the banner on every page asks once.
let cached: { token: string; acting: Promise<Acting> } | null = null;

/** Whom the current session acts for (name for the banner), or null. */
export function currentActing(): Promise<Acting> {
  const token = session.get()?.accessToken;
  if (!token || !actingMandateOf(token)) return Promise.resolve(null);
  if (cached?.token !== token) cached = { token, acting: call(mandateRoutes.acting).then((r) => r.acting) };
  return cached.acting;
}

/** Act for the grantor of an accepted mandate, or (`ward`) for a minor of one's household. */
export async function startActing(target: { mandateId: string } | { wardId: string }): Promise<void> {
  const tokens = 'mandateId' in target
    ? await call(mandateRoutes.act, { params: { id: target.mandateId } })
    : await call(mandateRoutes.actForWard, { params: { id: target.wardId } });
  session.signIn(tokens);
}

/** The signed-in person's own user id (the token's subject): known even when the mandate has ended. */
function ownUserId(accessToken: string | undefined): string | null {
  try {
    const payload = JSON.parse(decodeBase64Url(accessToken?.split('.')[1] ?? '')) as { sub?: unknown };
    return typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}

/** Back to acting as oneself (allowed by the BFF even after the mandate ended). */
export async function stopActing(): Promise<void> {
  const id = ownUserId(session.get()?.accessToken) ?? (await call(meRoutes.me)).userId;
  session.signIn(await call(authRoutes.switchIdentity, { body: { kind: 'personal', id } }));
}
