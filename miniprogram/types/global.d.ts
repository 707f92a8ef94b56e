/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

/** Injected by defineConstants in config/index.ts: '' on H5 (same origin), an https URL on weapp. */
declare const API_BASE: string

/** The WeChat global on weapp (privacy APIs newer than Taro's typed wrappers). */
declare const wx: any

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    TARO_APP_ID: string
    TARO_APP_AGREEMENT_VERSION: string
  }
}
