import type { FastifyServerOptions } from 'fastify';

// Personal data and credentials never reach the logs, wherever they appear in a logged object.
const REDACT_KEYS = [
  'idNumber', 'phone', 'name', 'holderName', 'spouseIdNumber', 'accessToken', 'refreshToken', 'token', 'code',
  'password', 'secret', 'clientSecret', 'authorization', 'cookie', 'session_key',
];

export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-client-secret"]',
  ...REDACT_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
];

const ID_NUMBER_RE = /\b(\d{6})\d{8}(\d{3}[\dXx])\b/g;
const PHONE_RE = /\b(1[3-9]\d)\d{4}(\d{4})\b/g;

/** Masks ID numbers and mobile numbers inside free text such as URLs. */
export function scrubText(s: string): string {
  return s.replace(ID_NUMBER_RE, '$1********$2').replace(PHONE_RE, '$1****$2');
}

/**
 * Fastify gives every request a child logger bound to its id; making one runs pino's redaction over
 * the bindings. At warn and above no request line is logged, so requests share the root logger and
 * the few error lines name the request id themselves (platform/errors.ts).
 */
export function requestLoggerFactory(level: string): FastifyServerOptions['childLoggerFactory'] {
  if (['info', 'debug', 'trace'].includes(level)) return undefined;
  return (logger) => logger;
}

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: redactPaths, censor: '[REDACTED]' },
    serializers: {
      req(req: { method: string; url: string; id: string }) {
        return { id: req.id, method: req.method, url: scrubText(req.url) };
      },
    },
  };
}
