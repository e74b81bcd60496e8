import { connect, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** When the server closed the connection, in ms after the request started (null if it did not within the wait). */
  closedAfterMs: number | null;
}

/** Connects to a listening Fastify instance. */
export function connectTo(app: FastifyInstance): Promise<Socket> {
  const a = app.server.address();
  const port = typeof a === 'object' && a ? a.port : 0;
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
}

/** Parses the first HTTP response in `text` (Content-Length bodies only, which is what we send). */
export function parseResponse(text: string, closedAfterMs: number | null): RawResponse {
  const end = text.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = (end === -1 ? text : text.slice(0, end)).split('\r\n');
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    if (i > 0) headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
  }
  const body = end === -1 ? '' : text.slice(end + 4);
  const length = Number(headers['content-length'] ?? body.length);
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers, body: Buffer.from(body, 'latin1').subarray(0, length).toString('utf8'), closedAfterMs };
}

/**
 * Writes raw bytes (in pieces with pauses, when given several) and collects what comes back until
 * the server closes the socket or `waitMs` passes.
 */
export async function rawExchange(app: FastifyInstance, pieces: (string | Buffer)[], opts: { gapMs?: number; waitMs?: number } = {}): Promise<RawResponse> {
  const socket = await connectTo(app);
  const started = Date.now();
  const chunks: Buffer[] = [];
  let closedAt: number | null = null;
  socket.on('data', (d) => chunks.push(d));
  socket.on('error', () => {});
  const closed = new Promise<void>((r) => socket.once('close', () => { closedAt = Date.now(); r(); }));
  const writing = (async () => {
    for (const p of pieces) {
      if (socket.destroyed) return;
      socket.write(p);
      if (opts.gapMs) await new Promise((r) => setTimeout(r, opts.gapMs));
    }
  })();
  await Promise.race([closed, new Promise((r) => setTimeout(r, opts.waitMs ?? 5_000))]);
  socket.destroy();
  await writing;
  return parseResponse(Buffer.concat(chunks).toString('latin1'), closedAt === null ? null : closedAt - started);
}
