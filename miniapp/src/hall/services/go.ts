import Taro from '@tarojs/taro';
import { HALL_PAGES } from '../../contracts/hall-pages';
import { isApiError } from '../../services/errors';
import type { MessageKey } from '../../i18n';

export { HALL_PAGES };

/** Opens `path?query` (a page the BFF named, or one of ours). */
export function go(path: string, query: Record<string, string> = {}, replace = false) {
  const qs = Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  const url = qs ? `${path}?${qs}` : path;
  return replace ? Taro.redirectTo({ url }) : Taro.navigateTo({ url });
}

/** The sentence for a refused scan or hall action, by the problem's code. */
export function hallErrorKey(e: unknown): MessageKey | null {
  if (!isApiError(e)) return null;
  switch (e.code) {
    case 'UNKNOWN_CODE': return 'hall.scan.unknown';
    case 'CODE_EXPIRED': return 'hall.scan.expired';
    case 'CODE_USED': return 'hall.scan.used';
    case 'STAFF_ONLY': return 'hall.scan.staffOnly';
    case 'HALL_CLOSED': return 'hall.checkin.closed';
    case 'OUTSIDE_HALL_AREA': return 'hall.checkin.outside';
    case 'LOCATION_TOO_COARSE': return 'hall.checkin.tooCoarse';
    default: return null;
  }
}
