/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'harmony' | 'rn';
    /** API origin for the mini-program builds (weapp has no same-origin BFF). */
    TARO_APP_API_BASE?: string;
    /** API origin for H5; empty means the same origin that served the page. */
    TARO_APP_H5_API_BASE?: string;
  }
}
