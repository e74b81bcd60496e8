import { z } from 'zod';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import type { DatabaseTarget } from './platform/db';
import { REPO_ROOT } from './platform/paths';

const url = z.string().url();

/**
 * Published development defaults, one per purpose: fine for `npm start`, refused in production
 * (anyone can read them here and sign tokens, upload links or relying-party credentials with them).
 */
export const DEV_SECRETS = {
  JWT_SECRET: 'dev-only-secret-change-me-in-production-0123456789',
  UPLOAD_URL_SECRET: 'dev-only-upload-url-secret-change-me-0123456789',
  RELYING_PARTY_SECRET: 'dev-only-relying-party-secret-change-me-0123456789',
  HOTLINE_WEBHOOK_SECRET: 'sandbox-hotline-secret',
  PAYMENT_API_KEY: 'dev-only-payment-apiv3-key-00000',
  COURIER_WEBHOOK_SECRET: 'sandbox-courier-webhook-secret',
} as const;
export type SecretVariable = keyof typeof DEV_SECRETS;
/** Shortest secret accepted in production: 32 characters, about 190 bits when random base64. */
export const MIN_PRODUCTION_SECRET_LENGTH = 32;

const flag = (v: string | undefined) => (v === undefined ? undefined : v !== 'false' && v !== '0');

/** Every setting comes from the environment, with a default that makes `npm start` work on a fresh machine. */
const ConfigSchema = z.object({
  host: z.string().default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** SQLite file; `:memory:` is allowed for throwaway runs. `DATABASE_URL=file:…` sets it too. */
  databaseFile: z.string().default(path.join(REPO_ROOT, 'data/zsb.db')),
  /** `postgres://…` switches to PostgreSQL; unset or `file:…` keeps the embedded SQLite. */
  databaseUrl: z.string().optional().refine((u) => u === undefined || u.startsWith('file:') || isUrl(u, ['postgres:', 'postgresql:']),
    'expected file:<path> or postgres://user:password@host:port/database'),
  /** Connections per instance to PostgreSQL. */
  databasePoolSize: z.coerce.number().int().min(1).max(200).default(10),
  /** Unset: limits, caches and invalidations live in this process (one instance). Set: shared through Redis. */
  redisUrl: z.string().optional().refine((u) => u === undefined || isUrl(u, ['redis:', 'rediss:']), 'expected redis://[:password@]host:port[/db]'),
  /** Prefix of every Redis key and channel: several deployments (or tests) can share one Redis. */
  redisPrefix: z.string().min(1).max(64).default('zsb:'),
  /** Apply pending migrations when an instance starts (under a lock on PostgreSQL); a rollout may run `npm run migrate` once instead. */
  migrateOnStart: z.coerce.boolean().default(true),
  /** How many BFF instances share the database; more than one needs Redis. */
  instances: z.coerce.number().int().min(1).max(1000).default(1),
  /** Processes of this instance (Node cluster, one per core): `WORKERS=auto` takes every core. More than one needs Redis. */
  workers: z.coerce.number().int().min(1).max(256).default(1),
  dataDir: z.string().default(path.join(REPO_ROOT, 'data')),
  /** Built H5 mini-program served at `/`; absent directory means API only. */
  staticDir: z.string().default(path.join(REPO_ROOT, 'miniapp/dist/h5')),
  /** NODE_ENV=production: explicit secrets required, sandbox-only routes absent, /docs only with API_DOCS=true. */
  production: z.boolean().default(false),
  /** Swagger UI and the OpenAPI JSON at /docs; on by default except in production. */
  apiDocs: z.boolean().default(true),
  /** Check every answer against its zod contract besides writing it with the compiled serializer (tests; costs time). */
  checkContracts: z.boolean().default(false),
  /** Signs access tokens. */
  jwtSecret: z.string().min(32).default(DEV_SECRETS.JWT_SECRET),
  /** Signs the short-lived content URLs of uploads. */
  uploadUrlSecret: z.string().min(32).default(DEV_SECRETS.UPLOAD_URL_SECRET),
  /** Derives the relying parties' HTTP Basic secrets. */
  relyingPartySecret: z.string().min(32).default(DEV_SECRETS.RELYING_PARTY_SECRET),
  /**
   * Addresses or CIDRs of the reverse proxies whose X-Forwarded-For is believed (comma-separated);
   * empty: the socket address is the client, whatever headers say.
   */
  trustedProxies: z.union([z.array(z.string()), z.string().transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean))]).default([]),
  /** Longest request line accepted (414 beyond); ids in paths are short. */
  maxUrlLength: z.coerce.number().int().min(256).default(2048),
  timeouts: z.object({
    /** A request's body must have arrived this long after its headers (408 otherwise): slow bodies hold sockets. */
    bodySeconds: z.coerce.number().min(0.1).default(15),
    /** The same for uploads, which are larger (10 MB) and sent from phones. */
    uploadBodySeconds: z.coerce.number().min(0.1).default(120),
    /** A socket with no traffic at all for this long is closed. */
    idleSeconds: z.coerce.number().min(1).default(60),
  }),
  /** Upload quotas per user; a refused upload stores nothing. */
  uploadQuota: z.object({
    perDayMb: z.coerce.number().min(1).default(50),
    perCaseMb: z.coerce.number().min(1).default(30),
  }),
  /** Limit on every writing route (POST/PUT/PATCH/DELETE), per route and per user (or per address when signed out). */
  writeRateLimit: z.object({
    enabled: z.boolean().default(true),
    perMinute: z.coerce.number().int().min(1).default(60),
    /** Signed-out writers share an address (a hall's Wi-Fi): a larger allowance. */
    anonymousPerMinute: z.coerce.number().int().min(1).default(300),
  }),
  accessTokenTtlSeconds: z.coerce.number().int().min(30).max(3600).default(900),
  refreshTokenTtlSeconds: z.coerce.number().int().min(300).default(30 * 24 * 3600),
  /** Base URL of each government system; all point at the sandbox by default. */
  upstreams: z.object({
    identity: url,
    population: url,
    legal: url,
    certificates: url,
    housingFund: url,
    socialInsurance: url,
    hotline: url,
    catalog: url,
    payment: url,
    courier: url,
    halls: url,
    /** WeChat's server API (subscription messages); the sandbox stands in by default. */
    wechat: url,
    /** The SMS gateway. */
    sms: url,
  }),
  upstreamTimeoutMs: z.coerce.number().int().min(10).default(800),
  /** Short-lived caching of upstream reads; benchmarks switch it off to measure the upstream path. */
  upstreamCache: z.coerce.boolean().default(true),
  /** Time budget of an aggregated screen (home): sections not back by then are marked degraded. */
  aggregateBudgetMs: z.coerce.number().int().min(50).default(600),
  wechat: z.object({ appId: z.string().default('touristappid'), appSecret: z.string().default('sandbox-secret') }),
  hotlineWebhookSecret: z.string().min(8).default(DEV_SECRETS.HOTLINE_WEBHOOK_SECRET),
  /** 统一公共支付 (WeChat-Pay-like): merchant, API v3 key (exactly 32 characters: it verifies and decrypts notifications), where notifications are sent. */
  payments: z.object({
    mchId: z.string().min(1).default('1900000109'),
    appId: z.string().min(1).default('wxzsbsandbox0001'),
    apiKey: z.string().length(32, 'must be exactly 32 characters (the platform\'s API v3 key)').default(DEV_SECRETS.PAYMENT_API_KEY),
    /** Public URL of `/api/v1/payments/notify`; unset: this instance's own listening address (development). */
    notifyUrl: url.optional(),
  }),
  /** 统一物流 (EMS-like courier): the trace pushes' HMAC key, where they are sent, and the sender printed on waybills. */
  courier: z.object({
    webhookSecret: z.string().min(8).default(DEV_SECRETS.COURIER_WEBHOOK_SECRET),
    /** Public URL of `/api/v1/courier/notify`; unset: this instance's own listening address (development). */
    callbackUrl: url.optional(),
  }),
  /** Background jobs (reminders, deadline sweeps); tests switch them off and drive them directly. */
  schedulers: z.coerce.boolean().default(true),
  rateLimit: z.object({
    max: z.coerce.number().int().min(1).default(600),
    windowMs: z.coerce.number().int().default(60_000),
    /** Sign-in attempts per client address per minute (codes are worth guessing at). */
    loginPerMinute: z.coerce.number().int().min(1).default(30),
  }),
  /** 亮证 signing keys: rotated automatically every `rotationDays`; a new key is published `publishLeadSeconds` before it signs (≥ the JWKS cache's 300 s). */
  presentationKeys: z.object({
    rotationDays: z.coerce.number().int().min(1).max(365).default(30),
    publishLeadSeconds: z.coerce.number().int().min(0).max(7 * 86_400).default(600),
  }),
  /** Uploaded materials: a local directory under `dataDir` by default; S3-compatible object storage when `bucket` is set. */
  uploadsS3: z.object({
    endpoint: z.string().url().optional(),
    region: z.string().min(1).default('us-east-1'),
    bucket: z.string().min(3).max(63).optional(),
    accessKeyId: z.string().min(1).optional(),
    secretAccessKey: z.string().min(1).optional(),
    /** `bucket` in the path (`endpoint/bucket/key`), as MinIO and most self-hosted servers need. */
    forcePathStyle: z.coerce.boolean().default(false),
  }),
  /** Where residents open the H5 app: what printed window QR codes encode. */
  publicBaseUrl: url.default('http://127.0.0.1:3000'),
  /** Rating limits per user, device and IP an hour; benchmarks switch them off with `enabled: false`. */
  ratingLimits: z.object({
    enabled: z.coerce.boolean().default(true),
    perUserPerHour: z.coerce.number().int().min(1).default(20),
    perDevicePerHour: z.coerce.number().int().min(1).default(20),
    perIpPerHour: z.coerce.number().int().min(1).default(600),
  }),
  /** 扫一扫 and the hall: the HMAC secret of printed codes (hall check-in, PC sign-in, case hand-off), booking horizon and the no-show rule. */
  hall: z.object({
    codeSecret: z.string().min(16).default('dev-only-hall-code-secret-change-me'),
    bookingHorizonDays: z.coerce.number().int().min(1).max(90).default(14),
    noShowLimit: z.coerce.number().int().min(1).default(3),
    noShowWindowDays: z.coerce.number().int().min(1).default(90),
    noShowSuspendDays: z.coerce.number().int().min(1).default(30),
  }),
  /** Working days a unit has for a bad-rating work order; `dueDaysByRegion` like `330102:7,330106:5`. */
  /** 签名 of every SMS (as registered with the gateway). */
  smsSignName: z.string().min(2).max(20).default('掌上办'),
  /** 预警督办: working days before a due date at which the unit is warned. */
  supervision: z.object({ warnDays: z.coerce.number().int().min(0).max(20).default(2) }),
  workOrders: z.object({
    dueDays: z.coerce.number().int().min(1).max(60).default(10),
    dueDaysByRegion: z.string().default('').refine((s) => s.split(',').map((p) => p.trim()).filter(Boolean).every((p) => /^\d{6}:\d{1,2}$/.test(p) && Number(p.slice(7)) >= 1), 'expected entries like 330102:7, comma-separated'),
  }),
});

export type AppConfig = z.infer<typeof ConfigSchema>;
export type UpstreamName = keyof AppConfig['upstreams'];

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Reads the environment; fails naming every bad key. `overrides` (tests) win over the environment. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: DeepPartial<AppConfig> = {}): AppConfig {
  const sandbox = env.SANDBOX_URL ?? `http://127.0.0.1:${env.SANDBOX_PORT ?? 4000}`;
  const production = env.NODE_ENV === 'production';
  const raw = {
    production,
    apiDocs: flag(env.API_DOCS) ?? !production,
    checkContracts: flag(env.CONTRACT_CHECK),
    uploadUrlSecret: env.UPLOAD_URL_SECRET,
    relyingPartySecret: env.RELYING_PARTY_SECRET,
    trustedProxies: env.TRUSTED_PROXIES,
    maxUrlLength: env.MAX_URL_LENGTH,
    timeouts: { bodySeconds: env.BODY_TIMEOUT_SECONDS, uploadBodySeconds: env.UPLOAD_BODY_TIMEOUT_SECONDS, idleSeconds: env.IDLE_TIMEOUT_SECONDS },
    uploadQuota: { perDayMb: env.UPLOAD_QUOTA_PER_DAY_MB, perCaseMb: env.UPLOAD_QUOTA_PER_CASE_MB },
    writeRateLimit: {
      enabled: flag(env.WRITE_RATE_LIMIT_ENABLED),
      perMinute: env.WRITE_RATE_LIMIT_PER_MINUTE,
      anonymousPerMinute: env.WRITE_RATE_LIMIT_ANONYMOUS_PER_MINUTE,
    },
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    databaseFile: env.DATABASE_FILE,
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX,
    instances: env.INSTANCES,
    workers: env.WORKERS === 'auto' ? availableParallelism() : env.WORKERS,
    migrateOnStart: env.MIGRATE_ON_START === undefined ? undefined : env.MIGRATE_ON_START !== 'false',
    dataDir: env.DATA_DIR,
    staticDir: env.STATIC_DIR,
    jwtSecret: env.JWT_SECRET,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
    upstreams: {
      identity: env.UPSTREAM_IDENTITY_URL ?? sandbox,
      population: env.UPSTREAM_POPULATION_URL ?? sandbox,
      legal: env.UPSTREAM_LEGAL_URL ?? sandbox,
      certificates: env.UPSTREAM_CERTIFICATES_URL ?? sandbox,
      housingFund: env.UPSTREAM_HOUSING_FUND_URL ?? sandbox,
      socialInsurance: env.UPSTREAM_SOCIAL_INSURANCE_URL ?? sandbox,
      hotline: env.UPSTREAM_HOTLINE_URL ?? sandbox,
      catalog: env.UPSTREAM_CATALOG_URL ?? sandbox,
      payment: env.UPSTREAM_PAYMENT_URL ?? sandbox,
      courier: env.UPSTREAM_COURIER_URL ?? sandbox,
      halls: env.UPSTREAM_HALLS_URL ?? sandbox,
      wechat: env.UPSTREAM_WECHAT_URL ?? sandbox,
      sms: env.UPSTREAM_SMS_URL ?? sandbox,
    },
    upstreamTimeoutMs: env.UPSTREAM_TIMEOUT_MS,
    upstreamCache: env.UPSTREAM_CACHE === undefined ? undefined : env.UPSTREAM_CACHE !== 'false',
    aggregateBudgetMs: env.AGGREGATE_BUDGET_MS,
    wechat: { appId: env.WECHAT_APP_ID, appSecret: env.WECHAT_APP_SECRET },
    hotlineWebhookSecret: env.HOTLINE_WEBHOOK_SECRET,
    payments: { mchId: env.PAYMENT_MCH_ID, appId: env.PAYMENT_APP_ID, apiKey: env.PAYMENT_API_KEY, notifyUrl: env.PAYMENT_NOTIFY_URL || undefined },
    courier: { webhookSecret: env.COURIER_WEBHOOK_SECRET, callbackUrl: env.COURIER_CALLBACK_URL || undefined },
    schedulers: env.SCHEDULERS === undefined ? undefined : env.SCHEDULERS !== 'false',
    rateLimit: { max: env.RATE_LIMIT_MAX, windowMs: env.RATE_LIMIT_WINDOW_MS, loginPerMinute: env.LOGIN_RATE_LIMIT_PER_MINUTE },
    publicBaseUrl: env.PUBLIC_BASE_URL,
    presentationKeys: { rotationDays: env.PRESENTATION_KEY_ROTATION_DAYS, publishLeadSeconds: env.PRESENTATION_KEY_PUBLISH_LEAD_SECONDS },
    uploadsS3: {
      endpoint: env.UPLOADS_S3_ENDPOINT || undefined, region: env.UPLOADS_S3_REGION || undefined, bucket: env.UPLOADS_S3_BUCKET || undefined,
      accessKeyId: env.UPLOADS_S3_ACCESS_KEY_ID || undefined, secretAccessKey: env.UPLOADS_S3_SECRET_ACCESS_KEY || undefined,
      forcePathStyle: env.UPLOADS_S3_FORCE_PATH_STYLE === undefined ? undefined : env.UPLOADS_S3_FORCE_PATH_STYLE === 'true',
    },
    ratingLimits: {
      enabled: env.RATING_LIMITS_ENABLED === undefined ? undefined : env.RATING_LIMITS_ENABLED !== 'false',
      perUserPerHour: env.RATING_LIMIT_PER_USER, perDevicePerHour: env.RATING_LIMIT_PER_DEVICE, perIpPerHour: env.RATING_LIMIT_PER_IP,
    },
    hall: {
      codeSecret: env.HALL_CODE_SECRET, bookingHorizonDays: env.HALL_BOOKING_HORIZON_DAYS,
      noShowLimit: env.HALL_NO_SHOW_LIMIT, noShowWindowDays: env.HALL_NO_SHOW_WINDOW_DAYS, noShowSuspendDays: env.HALL_NO_SHOW_SUSPEND_DAYS,
    },
    smsSignName: env.SMS_SIGN_NAME,
    supervision: { warnDays: env.SUPERVISION_WARN_DAYS },
    workOrders: { dueDays: env.WORK_ORDER_DUE_DAYS, dueDaysByRegion: env.WORK_ORDER_DUE_DAYS_BY_REGION },
  };
  const merged = deepMerge(raw, overrides as Record<string, unknown>);
  // Production's secret rules come first: their messages name the variables to set.
  if (merged.production === true) {
    const problems = productionSecretProblems({
      JWT_SECRET: merged.jwtSecret, UPLOAD_URL_SECRET: merged.uploadUrlSecret,
      RELYING_PARTY_SECRET: merged.relyingPartySecret, HOTLINE_WEBHOOK_SECRET: merged.hotlineWebhookSecret,
      PAYMENT_API_KEY: (merged.payments as { apiKey?: string } | undefined)?.apiKey,
      COURIER_WEBHOOK_SECRET: (merged.courier as { webhookSecret?: string } | undefined)?.webhookSecret,
    });
    if (problems.length) throw new Error(`Invalid configuration for NODE_ENV=production:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${ENV_NAMES[i.path.join('.')] ?? i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (config.instances > 1 && !config.redisUrl) {
    throw new Error(`Invalid configuration:\n  REDIS_URL: INSTANCES=${config.instances} needs Redis, so that sign-in and rating limits, caches, revocations and sweeps are shared by every instance`);
  }
  if (config.workers > 1 && !config.redisUrl) {
    throw new Error(`Invalid configuration:\n  REDIS_URL: WORKERS=${config.workers} needs Redis, so that sign-in and rating limits, caches and revocations are shared by every process`);
  }
  return config;
}

/** Environment names of the settings whose messages name the variable (what an operator sets). */
const ENV_NAMES: Record<string, string> = {
  databaseUrl: 'DATABASE_URL', databasePoolSize: 'DATABASE_POOL_SIZE', redisUrl: 'REDIS_URL', redisPrefix: 'REDIS_PREFIX',
  instances: 'INSTANCES', workers: 'WORKERS', databaseFile: 'DATABASE_FILE', port: 'PORT', jwtSecret: 'JWT_SECRET',
  'presentationKeys.rotationDays': 'PRESENTATION_KEY_ROTATION_DAYS', 'presentationKeys.publishLeadSeconds': 'PRESENTATION_KEY_PUBLISH_LEAD_SECONDS',
  'hall.codeSecret': 'HALL_CODE_SECRET',
  'payments.apiKey': 'PAYMENT_API_KEY', 'payments.notifyUrl': 'PAYMENT_NOTIFY_URL', 'courier.webhookSecret': 'COURIER_WEBHOOK_SECRET',
  'courier.callbackUrl': 'COURIER_CALLBACK_URL',
  'uploadsS3.endpoint': 'UPLOADS_S3_ENDPOINT', 'uploadsS3.region': 'UPLOADS_S3_REGION', 'uploadsS3.bucket': 'UPLOADS_S3_BUCKET',
  'uploadsS3.accessKeyId': 'UPLOADS_S3_ACCESS_KEY_ID', 'uploadsS3.secretAccessKey': 'UPLOADS_S3_SECRET_ACCESS_KEY',
};

function isUrl(value: string, protocols: string[]): boolean {
  try {
    const u = new URL(value);
    return protocols.includes(u.protocol) && u.hostname !== '';
  } catch {
    return false;
  }
}

/** Which engine and where: `DATABASE_URL` when set, else the SQLite file. */
export function databaseTarget(config: AppConfig): DatabaseTarget {
  const url = config.databaseUrl;
  if (url && !url.startsWith('file:')) return { engine: 'postgres', url };
  return { engine: 'sqlite', file: url ? path.resolve(url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')) : config.databaseFile };
}

/**
 * What is wrong with the secrets given for production, one line per variable: each must be set
 * explicitly, long enough, not a published default, and not shared with another purpose.
 */
export function productionSecretProblems(given: Record<SecretVariable, unknown>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, SecretVariable>();
  for (const name of Object.keys(DEV_SECRETS) as SecretVariable[]) {
    const value = given[name];
    if (typeof value !== 'string' || value === '') problems.push(`${name}: required when NODE_ENV=production`);
    else if ((Object.values(DEV_SECRETS) as string[]).includes(value)) problems.push(`${name}: is a published development default`);
    else if (value.length < MIN_PRODUCTION_SECRET_LENGTH) problems.push(`${name}: must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters`);
    else if (seen.has(value)) problems.push(`${name}: must differ from ${seen.get(value)} (one secret per purpose)`);
    else seen.set(value, name);
  }
  return problems;
}

export function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    const b = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object'
      ? deepMerge(b as Record<string, unknown>, v as Record<string, unknown>)
      : v;
  }
  return out;
}
