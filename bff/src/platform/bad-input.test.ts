import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { startStack, type Session, type Stack } from '../test/harness';

// Bad input, generated from the OpenAPI document over every route: whatever a client sends, the BFF
// answers without a 5xx, every error is problem+json with the security headers, and a refused
// request writes nothing (but the audit log's record of a refused attempt on a certificate).
let stack: Stack;
let resident: Session;
let other: Session;
let staff: Session;
let doc: { paths: Record<string, Record<string, Operation>> };
const othersIds: string[] = [];

interface Schema { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; enum?: unknown[]; minimum?: number; maximum?: number; maxLength?: number; anyOf?: Schema[]; oneOf?: Schema[] }
interface Operation { parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[]; requestBody?: { content: Record<string, { schema: Schema }> }; security?: unknown[] }

beforeAll(async () => {
  stack = await startStack();
  [resident, other, staff] = await Promise.all(['r001', 'r002', 'staff-gjj'].map((p) => stack.login(p)));
  doc = (await stack.app.inject({ method: 'GET', url: '/docs/json' })).json();
  // Ids that exist but belong to someone else: another person's certificates.
  const wallet = (await other.inject({ method: 'GET', url: '/api/v1/wallet' })).json();
  for (const c of wallet.certificates ?? []) othersIds.push(c.id);
});
afterAll(async () => { await stack?.close(); });

const BIDI = 'a\u202Eevil\u202C';
const CONTROL = 'x\u0000y\u0007z';
const LONE_SURROGATE = '\\ud800';

/** A value of the wrong kind for a schema. */
function wrongType(s: Schema | undefined): unknown[] {
  const t = Array.isArray(s?.type) ? s!.type[0] : s?.type;
  switch (t) {
    case 'string': return [12345, true, { a: 1 }, ['x'], null];
    case 'integer': case 'number': return ['12', 1.5e308, -1e308, { n: 1 }, null, true];
    case 'boolean': return ['true', 1, null];
    case 'array': return ['x', { a: 1 }, 42, Array.from({ length: 10_000 }, () => 'x')];
    case 'object': return ['x', [1], 42];
    default: return ['x', 42, null];
  }
}

function sample(s: Schema | undefined): unknown {
  if (!s) return 'x';
  if (s.enum?.length) return s.enum[0];
  const t = Array.isArray(s.type) ? s.type[0] : s.type;
  if (s.anyOf?.length) return sample(s.anyOf[0]);
  if (s.oneOf?.length) return sample(s.oneOf[0]);
  switch (t) {
    case 'string': return 'abcdefgh';
    case 'integer': case 'number': return s.minimum ?? 1;
    case 'boolean': return true;
    case 'array': return [sample(s.items)];
    case 'object': return Object.fromEntries((s.required ?? []).map((k) => [k, sample(s.properties?.[k])]));
    default: return 'x';
  }
}

interface Case { method: string; url: string; payload?: string; headers: Record<string, string>; label: string }

function casesFor(path: string, method: string, op: Operation): Case[] {
  const out: Case[] = [];
  const params = (op.parameters ?? []).filter((p) => p.in === 'path');
  const fill = (value: (name: string) => string) => path.replace(/\{(\w+)\}/g, (_, n) => value(n));
  const validUrl = fill(() => '00000000-0000-4000-8000-000000000000');
  const json = { 'content-type': 'application/json' };
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  const good = bodySchema ? sample(bodySchema) as Record<string, unknown> : undefined;
  const send = (label: string, url: string, payload?: string, headers: Record<string, string> = json) =>
    out.push({ method: method.toUpperCase(), url, payload, headers, label: `${method.toUpperCase()} ${path}: ${label}` });

  // Path parameters: another person's ids, unknown ids, bad encodings, traversal, control characters, huge.
  if (params.length) {
    for (const id of othersIds.slice(0, 2)) send('another person\'s id', fill(() => encodeURIComponent(id)), good && JSON.stringify(good));
    for (const bad of ['%E0%A4%A', '%C0%AF', '..%2F..%2Fetc%2Fpasswd', '%00', encodeURIComponent(BIDI), 'x'.repeat(3000), encodeURIComponent('\u{1F600}'.repeat(50))]) {
      send(`path ${bad.slice(0, 20)}`, fill(() => bad), good && JSON.stringify(good));
    }
  }
  // Query: wrong types, huge and control values, unknown parameters.
  for (const q of (op.parameters ?? []).filter((p) => p.in === 'query')) {
    for (const v of [...wrongType(q.schema).filter((x) => typeof x !== 'object').map(String), '', 'x'.repeat(20_000), CONTROL, BIDI, '-1', '99999999999999999999']) {
      send(`query ${q.name}=${v.slice(0, 12)}`, `${validUrl}?${q.name}=${encodeURIComponent(v)}`);
    }
  }
  send('unknown query parameter', `${validUrl}?zzz=${encodeURIComponent(CONTROL)}`);
  // Bodies: malformed JSON, wrong content type, missing/unknown fields, wrong types, extremes.
  if (['post', 'put', 'patch'].includes(method)) {
    send('malformed JSON', validUrl, '{"a":');
    send('JSON with a lone surrogate', validUrl, `{"x":"${LONE_SURROGATE}"}`);
    send('empty body', validUrl, '');
    send('a JSON array', validUrl, '[1,2,3]');
    send('text/plain', validUrl, 'hello', { 'content-type': 'text/plain' });
    send('malformed multipart', validUrl, '--xx\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc', { 'content-type': 'multipart/form-data; boundary=yy' });
    if (bodySchema?.properties) {
      send('no fields', validUrl, '{}');
      send('unknown field', validUrl, JSON.stringify({ ...good, zzzUnknown: 1 }));
      for (const [key, prop] of Object.entries(bodySchema.properties)) {
        const { [key]: _omit, ...without } = good ?? {};
        if (bodySchema.required?.includes(key)) send(`missing ${key}`, validUrl, JSON.stringify(without));
        for (const v of wrongType(prop)) send(`${key} of the wrong type`, validUrl, JSON.stringify({ ...good, [key]: v }));
        for (const v of ['', 'x'.repeat(100_000), CONTROL, BIDI]) send(`${key}=${JSON.stringify(v).slice(0, 12)}`, validUrl, JSON.stringify({ ...good, [key]: v }));
        send(`${key} with a lone surrogate`, validUrl, JSON.stringify({ ...good, [key]: 'PLACEHOLDER' }).replace('"PLACEHOLDER"', `"a${LONE_SURROGATE}b"`));
        for (const v of [-1, 0, 2 ** 53, -(2 ** 53), 1e21]) send(`${key}=${v}`, validUrl, JSON.stringify({ ...good, [key]: v }));
      }
    }
  }
  return out;
}

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of Object.keys(stack.database.schema) as (keyof Stack['database']['schema'])[]) {
    // The audit log records refused attempts on certificates too (result = the refusal): that row is
    // the refusal's trace, not the request's data. A successful read ('ok') must not appear.
    counts[table] = table === 'auditEvents' ? await stack.count(table, { result: 'ok' }) : await stack.count(table);
  }
  return counts;
}

describe('generated bad input over every route', () => {
  it('never answers 5xx, answers problem+json with security headers, and writes nothing when it refuses', async () => {
    const all: Case[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/') && !path.startsWith('/.well-known')) continue;
      for (const [method, op] of Object.entries(ops)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        all.push(...casesFor(path, method, op));
      }
    }
    expect(all.length).toBeGreaterThanOrEqual(1000);
    const failures: string[] = [];
    const sessions = [resident, staff];
    for (const [i, c] of all.entries()) {
      const before = await rowCounts();
      let r: LightMyRequestResponse;
      try {
        r = await sessions[i % 2]!.inject({ method: c.method as 'GET', url: c.url, payload: c.payload, headers: c.headers });
      } catch (error) {
        failures.push(`${c.label}: inject threw ${(error as Error).message}`);
        continue;
      }
      if (r.statusCode >= 500) failures.push(`${c.label}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      if (r.statusCode >= 400) {
        if (!String(r.headers['content-type']).startsWith('application/problem+json')) failures.push(`${c.label}: ${r.statusCode} as ${r.headers['content-type']}`);
        if (r.headers['x-content-type-options'] !== 'nosniff') failures.push(`${c.label}: ${r.statusCode} without security headers`);
        const after = await rowCounts();
        const grew = Object.keys(after).filter((t) => after[t]! > before[t]!);
        if (grew.length) failures.push(`${c.label}: refused with ${r.statusCode} but wrote to ${grew.join(', ')}`);
      }
    }
    expect(failures.slice(0, 40)).toEqual([]);
  }, 600_000);
});
