import { MidwayConfig } from '@midwayjs/core';
import { createSecretKey } from 'crypto';
import { buildDataSourceOptions } from '../db/options';
import { envBool, envInt, requireEnv } from './env';
import { contextLogFormat, logFormat } from '../common/log-format';
import { mediaConfigFromEnv } from '../modules/media/media.config';

export default (): MidwayConfig => ({
  keys: requireEnv('LINLI_APP_KEYS'),
  koa: { port: envInt('PORT', 7001), hostname: process.env.HOST || undefined },
  typeorm: {
    // @midwayjs/typeorm drops `migrations` from the options unless this is true
    allowExecuteMigrations: true,
    dataSource: { default: buildDataSourceOptions() as never },
  },
  // @midwayjs/validate brings @midwayjs/i18n, which would set a locale cookie on every response
  i18n: { defaultLocale: 'zh_CN', writeCookie: false, localeTable: {} },
  validate: { validationOptions: { allowUnknown: false, stripUnknown: false } },
  // a KeyObject, not a string: jsonwebtoken tries to parse a string secret as a PEM key on every verify (~0.85 ms)
  jwt: { secret: createSecretKey(Buffer.from(requireEnv('LINLI_JWT_SECRET'))) as never, sign: { algorithm: 'HS256' }, verify: { algorithms: ['HS256'] } },
  bodyParser: { jsonLimit: '1mb', formLimit: '1mb', textLimit: '1mb' },
  // multipart (@midwayjs/busboy, attached per route: modules/media/upload.ts): parts are streamed to the handler,
  // never to temp files; the type is decided by magic bytes, not by the file name, hence no extension whitelist
  busboy: { mode: 'stream', whitelist: null },
  swagger: {
    title: 'Linli 邻里 API',
    description: 'Grid-governance platform API. Envelope: { success, data, errorCode, errorMessage, errorField }.',
    version: '0.1.0',
    auth: { authType: 'bearer' },
  },
  midwayLogger: {
    default: {
      level: (process.env.LOG_LEVEL as 'info') || 'info',
      consoleLevel: (process.env.LOG_LEVEL as 'info') || 'info',
      format: logFormat as never,
      contextFormat: contextLogFormat as never,
    },
  },
  linli: {
    dataKey: requireEnv('LINLI_DATA_KEY'),
    staffTokenHours: envInt('LINLI_STAFF_TOKEN_HOURS', 12),
    userTokenDays: envInt('LINLI_USER_TOKEN_DAYS', 30),
    login: { maxFailures: envInt('LINLI_LOGIN_MAX_FAILURES', 5), lockMinutes: envInt('LINLI_LOGIN_LOCK_MINUTES', 15) },
    seedDemo: envBool('LINLI_SEED_DEMO', false),
    jobs: {
      enabled: envBool('LINLI_JOBS', true),
      deadlineSeconds: envInt('LINLI_DEADLINE_JOB_SECONDS', 60),
      outboxSeconds: envInt('LINLI_OUTBOX_JOB_SECONDS', 5),
    },
    // photo uploads: LINLI_MEDIA_* and LINLI_S3_* (modules/media/media.config.ts)
    media: mediaConfigFromEnv(),
    staticDirs: {
      admin: process.env.LINLI_ADMIN_DIST || '',
      h5: process.env.LINLI_H5_DIST || '',
    },
  },
  wechat: {
    appId: process.env.WECHAT_APPID || 'wx-sandbox-appid',
    secret: process.env.WECHAT_SECRET || 'sandbox-secret',
    // empty = the loopback sandbox of this server (only allowed where the sandbox is enabled)
    apiBase: process.env.WECHAT_API_BASE || '',
    sandbox: envBool('WECHAT_SANDBOX', true),
    timeoutMs: envInt('WECHAT_TIMEOUT_MS', 5000),
    // subscribe-message template ids from the WeChat console (the sandbox accepts any)
    templates: {
      status: process.env.WECHAT_TPL_STATUS || 'TPL_EVENT_STATUS',
      reply: process.env.WECHAT_TPL_REPLY || 'TPL_EVENT_REPLY',
      task: process.env.WECHAT_TPL_TASK || 'TPL_NEW_TASK',
    },
  },
});
