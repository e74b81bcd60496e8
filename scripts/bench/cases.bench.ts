// Case submission throughput over HTTP: new cases (each with its own Idempotency-Key), replays of one
// key, and the clerk's queue once thousands of cases exist — against a bare Fastify hello-world.
import path from 'node:path';
import { ROOT, fmt, load, spawnJson, startServers, type BenchSection } from './lib';
import { sampleFormData } from '../../bff/src/features/cases/cases.test-support';

const ITEM = 'GJJ-0012'; // 住房公积金缴存证明开具: form + ID card attached from the wallet

export async function run(): Promise<BenchSection> {
  const hello = await spawnJson<{ url: string }>(path.join(ROOT, 'scripts/bench/hello.ts'));
  const s = await startServers();
  try {
    const auth = await s.login('r001');
    const clerk = await s.login('staff-gjj');
    const guide = await fetch(`${s.bffUrl}/api/v1/services/${ITEM}`, { headers: auth }).then((r) => r.json());
    const body = JSON.stringify({ itemCode: ITEM, form: sampleFormData(guide.form), materials: [] });
    const headers = { ...auth, 'content-type': 'application/json' };
    const url = `${s.bffUrl}/api/v1/cases`;
    // Warm the certificate cache and the JIT with a few real submissions.
    for (let i = 0; i < 20; i++) await fetch(url, { method: 'POST', headers: { ...headers, 'idempotency-key': `warm-${i}` }, body });

    const base = await load({ url: hello.info.url, seconds: 6, connections: 10 });
    let n = 0;
    const fresh = await load({
      url, seconds: 8, connections: 10, method: 'POST', headers, body,
      requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': `bench-${process.pid}-${++n}` } }) }],
    });
    const replay = await load({ url, seconds: 6, connections: 10, method: 'POST', headers: { ...headers, 'idempotency-key': 'bench-replay-0001' }, body });
    const listed = await fetch(`${url}?limit=1`, { headers: auth }).then((r) => r.json());
    const queue = await load({ url: `${s.bffUrl}/api/v1/staff/cases?limit=20`, seconds: 6, connections: 10, headers: clerk });
    const share = (rps: number) => `${fmt((rps / base.rps) * 100)}%`;
    return {
      title: 'Case submission throughput (POST /api/v1/cases) vs bare Fastify hello-world',
      description:
        'autocannon, 10 connections, servers in a separate process. A new submission validates the body and the item\'s form ' +
        'with zod, reads the (cached) certificate list to attach the ID card by reference, writes an audit row, and in one SQLite ' +
        'transaction stores the case, its first event, the message and the idempotency record, then answers the full case. ' +
        'A replay answers the stored response of the same Idempotency-Key after the same validation.',
      columns: ['request', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'share of hello-world'],
      rows: [
        ['bare Fastify hello-world', base.rps, base.p50, base.p99, base.non2xx, '100%'],
        ['POST /api/v1/cases (new case each)', fresh.rps, fresh.p50, fresh.p99, fresh.non2xx, share(fresh.rps)],
        ['POST /api/v1/cases (same key, replayed)', replay.rps, replay.p50, replay.p99, replay.non2xx, share(replay.rps)],
        [`GET /api/v1/staff/cases (queue of ${listed.total} cases)`, queue.rps, queue.p50, queue.p99, queue.non2xx, share(queue.rps)],
      ],
      notes: [`Cases in the database after the run: ${listed.total} (every new-case request that answered 2xx created exactly one).`],
    };
  } finally {
    await s.stop();
    hello.child.kill('SIGTERM');
  }
}
