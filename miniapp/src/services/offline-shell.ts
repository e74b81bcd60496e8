import Taro from '@tarojs/taro';
import { prefs } from '../stores';
import { IS_H5 } from './env';

/**
 * H5 only: the service worker (`/sw.js`, written by build-tools/offline-shell-plugin.cjs and served by
 * the BFF with `no-cache`) keeps the app shell and the main package's pages on the device, so they open
 * without a network; each page then says itself what needs the network (亮证: a code is signed online).
 */
export function registerServiceWorker(): void {
  if (!IS_H5 || process.env.NODE_ENV !== 'production') return;
  if (typeof window === 'undefined') return;
  // A page never opened online (a subpackage) cannot load offline: say so instead of failing silently.
  window.addEventListener('unhandledrejection', (e) => {
    const reason = e.reason as { name?: string; message?: string } | undefined;
    if (reason?.name !== 'ChunkLoadError' && !/Loading (CSS )?chunk/.test(reason?.message ?? '')) return;
    e.preventDefault();
    // The texts load with the first page (precached), not with the app entry: keep the first screen light.
    void import('../i18n')
      .then(({ translate }) => Taro.showToast({ title: translate(prefs.get().lang, 'shell.pageNeedsNetwork'), icon: 'none', duration: 3000 }))
      .catch(() => undefined);
  });
  if (!('serviceWorker' in navigator)) return;
  // Refused on an insecure origin other than localhost; nothing else depends on it.
  void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}
