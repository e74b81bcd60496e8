import Taro from '@tarojs/taro';
import type { KeyValueStorage } from '../stores/storage';

/** Taro's synchronous storage (localStorage on H5, wx storage on weapp); failures read as "nothing stored". */
export const taroStorage: KeyValueStorage = {
  get(key) {
    try {
      const v: unknown = Taro.getStorageSync(key);
      return typeof v === 'string' && v !== '' ? v : null;
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      Taro.setStorageSync(key, value);
    } catch {
      // Storage full or unavailable: the session then lasts only as long as the page.
    }
  },
  remove(key) {
    try {
      Taro.removeStorageSync(key);
    } catch {
      // Nothing to remove.
    }
  },
};
