import fp from 'fastify-plugin';
import helmet from 'helmet';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { Socket } from 'node:net';
import type { ServerOptions } from 'node:http';
import type { AppConfig } from '../config';
import { AppError, problemBody, sendProblem } from './errors';

/** Helmet's settings: its headers are computed once and set on every answer, those Fastify or Node write before any hook runs included. */
export const HELMET_OPTIONS = {
  // The H5 bundle and Swagger UI use inline styles; scripts stay same-origin.
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:', 'blob:'], styleSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'", "'unsafe-inline'"], connectSrc: ["'self'", 'blob:'], fontSrc: ["'self'", 'data:'],
    },
  },
};

let headersOnce: Record<string, string> | undefined;

/** The headers helmet sets on every answer, computed once by running helmet against a recording response. */
export function securityHeaders(): Record<string, string> {
  if (headersOnce) return headersOnce;
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | string[]) => { headers[name.toLowerCase()] = String(value); },
    removeHeader: (name: string) => { delete headers[name.toLowerCase()]; },
    getHeader: (name: string) => headers[name.toLowerCase()],
  };
  helmet(HELMET_OPTIONS)({} as never, recorder as never, () => {});
  headersOnce = headers;
  return headers;
}

/**
 * The headers of answers under /api/ (JSON, never rendered as a page): the OWASP REST set rather than
 * helmet's document policy, which only a browser rendering HTML uses. About half the bytes of
 * helmet's set on every API answer; the H5 files keep helmet's.
 */
export function apiSecurityHeaders(): Record<string, string> {
  const h = securityHeaders();
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'strict-transport-security': h['strict-transport-security']!,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    // Personal data must not linger in shared or browser caches; a route whose answer may be kept sets its own Cache-Control.
    'cache-control': 'no-store',
  };
}

const FRAMEWORK_PROBLEMS: Record<string, { status: number; code: string; detail: string }> = {
  FST_ERR_BAD_URL: { status: 400, code: 'MALFORMED_URL', detail: 'The URL is not validly encoded' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'URI_TOO_LONG', detail: 'A part of the URL is too long' },
};

const CLIENT_ERRORS: Record<string, { status: number; code: string; detail: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'REQUEST_TIMEOUT', detail: 'The request did not arrive in time' },
  HPE_HEADER_OVERFLOW: { status: 431, code: 'HEADERS_TOO_LARGE', detail: 'The request headers are too large' },
};
const MALFORMED_REQUEST = { status: 400, code: 'MALFORMED_REQUEST', detail: 'The request is not valid HTTP' };

/**
 * Node's parser reports a request line longer than its header limit as a header overflow; when the
 * bytes it saw start with a request line longer than our URL limit, that is a 414.
 */
function requestLineTooLong(raw: unknown, maxUrlLength: number): boolean {
  if (!Buffer.isBuffer(raw) || !/^[A-Z]{3,7} /.test(raw.subarray(0, 8).toString('latin1'))) return false;
  const eol = raw.indexOf('\r\n');
  return (eol === -1 ? raw.length : eol) > maxUrlLength;
}

/**
 * Fastify constructor options: which proxies are believed, timeouts, and problem+json (with the
 * security headers) for the failures Fastify and Node's HTTP parser answer before any hook runs.
 */
export function serverOptions(config: AppConfig): Pick<FastifyServerOptions, 'trustProxy' | 'connectionTimeout' | 'requestTimeout' | 'frameworkErrors' | 'clientErrorHandler'> & { http: ServerOptions } {
  const bodyMs = Math.max(config.timeouts.bodySeconds, config.timeouts.uploadBodySeconds) * 1000;
  return {
    // Only these peers may say who the client is; everyone else's X-Forwarded-For is ignored.
    trustProxy: config.trustedProxies.length ? config.trustedProxies : false,
    connectionTimeout: config.timeouts.idleSeconds * 1000,
    // Node's own backstop for the whole request; the body timer below answers sooner and per route.
    requestTimeout: bodyMs + 5_000,
    http: { headersTimeout: Math.min(10_000, bodyMs), connectionsCheckingInterval: 2_000 },
    frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
      const p = FRAMEWORK_PROBLEMS[error.code] ?? { status: 400, code: 'MALFORMED_REQUEST', detail: 'The request is not valid' };
      reply.headers(apiSecurityHeaders());
      return sendProblem(reply, request, p);
    },
    clientErrorHandler(this: FastifyInstance, error: Error & { code?: string; rawPacket?: unknown }, socket: Socket) {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      let p = CLIENT_ERRORS[error.code ?? ''] ?? MALFORMED_REQUEST;
      if (error.code === 'HPE_HEADER_OVERFLOW' && requestLineTooLong(error.rawPacket, config.maxUrlLength)) {
        p = { status: 414, code: 'URI_TOO_LONG', detail: 'The URL is too long' };
      }
      this.log.debug({ code: error.code }, 'client error answered before routing');
      // Once an answer has started on this socket there is nothing more to say: just close it.
      const started = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
      if (!socket.writable || started) {
        socket.destroy();
        return;
      }
      const body = JSON.stringify(problemBody(p));
      const headers: Record<string, string> = {
        ...apiSecurityHeaders(),
        'content-type': 'application/problem+json; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
        connection: 'close',
      };
      const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n');
      socket.end(`HTTP/1.1 ${p.status} ${STATUS_TEXT[p.status] ?? 'Error'}\r\n${head}\r\n\r\n${body}`);
    },
  };
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 408: 'Request Timeout', 414: 'URI Too Long', 431: 'Request Header Fields Too Large',
};

const hasBody = (request: FastifyRequest) =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** How long this route waits for a request body (seconds); the default is `timeouts.bodySeconds`. */
    bodyTimeoutSeconds?: number;
  }
}

/**
 * Guards every route: a URL length limit (414), a body that trickles in is cut off (408, then
 * the socket closes), and answers under /api/ are never stored by caches unless a route says so.
 */
export const hardeningPlugin = fp(async function hardening(app: FastifyInstance) {
  const { maxUrlLength, timeouts } = app.config;

  const pageHeaders = securityHeaders();
  const apiHeaders = apiSecurityHeaders();
  app.addHook('onRequest', (request, reply, done) => {
    // Computed once at start rather than by running helmet on every request; API answers start as no-store.
    reply.headers(request.url.startsWith('/api/') ? apiHeaders : pageHeaders);
    if (request.url.length > maxUrlLength) {
      done(new AppError(414, 'URI_TOO_LONG', `The URL is longer than ${maxUrlLength} characters`));
      return;
    }
    // No id, code or query value of ours contains NUL, and PostgreSQL cannot even compare one.
    if (/%00|\u0000/i.test(request.url)) {
      done(new AppError(400, 'MALFORMED_URL', 'The URL contains a NUL character'));
      return;
    }
    if (hasBody(request) && !request.raw.complete) {
      const seconds = request.routeOptions.config?.bodyTimeoutSeconds ?? timeouts.bodySeconds;
      const timer = setTimeout(() => {
        if (request.raw.complete) return;
        request.log.info({ seconds }, 'request body too slow: cut off');
        const socket = request.raw.socket;
        if (reply.sent) {
          socket?.destroy();
          return;
        }
        reply.header('connection', 'close');
        reply.raw.once('finish', () => socket?.destroy());
        void sendProblem(reply, request, { status: 408, code: 'REQUEST_TIMEOUT', detail: `The body did not arrive within ${seconds} s` });
      }, seconds * 1000);
      timer.unref();
      const stop = () => clearTimeout(timer);
      request.raw.once('end', stop);
      request.raw.once('close', stop);
      reply.raw.once('finish', stop);
    }
    done();
  });

}, { name: 'zsb-hardening', dependencies: ['zsb-errors'] });
