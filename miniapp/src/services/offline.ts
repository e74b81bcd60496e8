import { walletRoutes, type CertificateDetail, type Wallet } from '../contracts/wallet';
import { session } from '../stores';
import { call } from './api';
import { isApiError } from './errors';
import { createOfflineCache, type OfflineResult } from './offline-cache';
import { taroStorage } from './storage';

/** The name the wallet list is saved under. */
export const WALLET = 'wallet';

/** The device copy of the wallet; forgotten at sign-out so the next person on this phone never sees it. */
export const offlineCache = createOfflineCache(taroStorage, () => session.get()?.accessToken);

session.subscribe(() => {
  if (!session.get()) offlineCache.clear();
});

/**
 * A certificate's detail; offline, its summary from the saved wallet (no fields: only the masked list
 * is kept on the device), marked offline.
 */
export async function loadCertificate(certificateId: string): Promise<OfflineResult<CertificateDetail>> {
  try {
    return { data: await call(walletRoutes.detail, { params: { certificateId } }), offline: false, savedAt: null };
  } catch (e) {
    const saved = isApiError(e) && e.code === 'NETWORK_ERROR' ? offlineCache.peek<Wallet>(WALLET) : null;
    const summary = saved?.data.certificates.find((c) => c.id === certificateId);
    if (!saved || !summary) throw e;
    return { data: { ...summary, fields: [] }, offline: true, savedAt: saved.savedAt };
  }
}
