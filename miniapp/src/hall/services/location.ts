import Taro from '@tarojs/taro';
import type { CheckinLocation } from '@zsb/shared/contracts/tickets';
import { IS_H5 } from '../../services/env';

export type LocationAnswer = CheckinLocation | { problem: 'denied' | 'unavailable' };

/**
 * The phone's WGS-84 fix, asked for only when the person taps "check in by location": the browser's
 * geolocation on H5, `Taro.getLocation` (scope.userLocation, app.config.ts) in the mini-program.
 */
export async function currentLocation(): Promise<LocationAnswer> {
  if (IS_H5) {
    if (typeof navigator === 'undefined' || !navigator.geolocation) return { problem: 'unavailable' };
    return new Promise((resolve) => {
      navigator.geolocation.getCurrentPosition(
        (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: Math.round(p.coords.accuracy) }),
        (e) => resolve({ problem: e.code === e.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
        // A fresh fix: a cached one from the street outside would be refused, or one from inside reused after leaving.
        { enableHighAccuracy: true, timeout: 15_000, maximumAge: 0 },
      );
    });
  }
  try {
    const r = await Taro.getLocation({ type: 'wgs84', isHighAccuracy: true });
    return { latitude: r.latitude, longitude: r.longitude, accuracy: Math.round(r.accuracy) };
  } catch (e) {
    return { problem: /auth|deny|denied/i.test(String((e as { errMsg?: string }).errMsg ?? e)) ? 'denied' : 'unavailable' };
  }
}
