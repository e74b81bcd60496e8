/** API origin: same origin on H5 (the BFF serves the page), configured origin on mini-program builds. */
export const API_BASE: string =
  process.env.TARO_ENV === 'h5' ? process.env.TARO_APP_H5_API_BASE ?? '' : process.env.TARO_APP_API_BASE ?? 'http://127.0.0.1:3000';

export const IS_H5 = process.env.TARO_ENV === 'h5';
export const IS_WEAPP = process.env.TARO_ENV === 'weapp';
