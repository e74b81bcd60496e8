// 亮证 / 核验: presentations issued per second, single-use verifications per second over HTTP
// (target ≥ 2,000/s on this machine), both next to a bare Fastify hello-world measured in the same run;
// (tap → QR shown in the H5 page: qr.bench.ts).
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT, fmt, load, percentile, spawnJson, startServers, type BenchSection } from './lib';

/** Runs `total` calls of `fn` with `concurrency` in flight; returns wall time and each call's latency. */
async function pool(total: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<{ seconds: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) {
      const i = next++;
      const t = performance.now();
      await fn(i);
      latencies.push(performance.now() - t);
    }
  }));
  return { seconds: (performance.now() - t0) / 1000, latencies };
}

async function throughput(): Promise<BenchSection> {
  const hello = await spawnJson<{ url: string }>(path.join(ROOT, 'scripts/bench/hello.ts'));
  const s = await startServers();
  try {
    const holder = await s.login('r001');
    const checker = await s.login('staff-gaj');
    const wallet = await fetch(`${s.bffUrl}/api/v1/wallet`, { headers: holder }).then((r) => r.json());
    const idCard = wallet.certificates.find((c: { kind: string }) => c.kind === 'id_card');
    const presentUrl = `${s.bffUrl}/api/v1/wallet/${encodeURIComponent(idCard.id)}/presentations`;
    const jsonHeaders = (auth: { authorization: string }) => ({ ...auth, 'content-type': 'application/json' });
    const issueBody = JSON.stringify({ fields: ['name', 'idNumber'], purpose: '酒店入住登记', ttlSeconds: 120 });

    // Issue the tokens the verification run spends; timing this is the issuance figure.
    const N = 12_000;
    const tokens: string[] = new Array(N);
    const issued = await pool(N, 16, async (i) => {
      const r = await fetch(presentUrl, { method: 'POST', headers: jsonHeaders(holder), body: issueBody });
      if (r.status !== 201) throw new Error(`issue failed: ${r.status} ${await r.text()}`);
      tokens[i] = (await r.json()).token;
    });

    // Every token once, each a full single-use check: signature, expiry, standing, nonce spent, audit row, receipt.
    let k = 0;
    const results = { valid: 0, other: 0 };
    const ac = await autocannon({
      url: `${s.bffUrl}/api/v1/verify`, connections: 32, amount: N,
      requests: [{
        method: 'POST', headers: jsonHeaders(checker),
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ token: tokens[k++] }) }),
        onResponse: (_status, body) => { if (body.includes('"result":"valid"')) results.valid++; else results.other++; },
      }],
    });
    const verified = { rps: Math.round(ac['2xx'] / (ac.duration || 1)), p50: ac.latency.p50, p99: ac.latency.p99, non2xx: ac.non2xx };
    const base = await load({ url: hello.info.url, seconds: 6, connections: 32 });
    // A second baseline: the cheapest signed-in route that reads the database (token check, two indexed queries).
    const authed = await load({ url: `${s.bffUrl}/api/v1/messages?limit=1&unreadOnly=true`, seconds: 6, connections: 32, headers: checker });

    const issueRate = N / issued.seconds;
    return {
      title: '亮证码: issuing and verifying (POST /presentations, POST /verify)',
      description: `${N} presentations of one ID card (name + ID number) issued with 16 in flight, then every one verified once by autocannon with 32 connections; servers in a separate process, sandbox at its default latency (0 ms). The baseline is a bare Fastify hello-world measured in the same run.`,
      columns: ['path', 'per second', 'p50 ms', 'p99 ms', 'share of hello-world'],
      rows: [
        ['bare Fastify hello-world (GET)', base.rps, fmt(base.p50), fmt(base.p99), '100%'],
        ['signed-in baseline: GET /api/v1/messages?limit=1', authed.rps, fmt(authed.p50), fmt(authed.p99), `${fmt((authed.rps / base.rps) * 100)}%`],
        ['issue a presentation (sign + QR SVG + 2 rows)', Math.round(issueRate), fmt(percentile(issued.latencies, 50)), fmt(percentile(issued.latencies, 99)), `${fmt((issueRate / base.rps) * 100)}%`],
        ['verify a single-use token (valid)', verified.rps, fmt(verified.p50), fmt(verified.p99), `${fmt((verified.rps / base.rps) * 100)}%`],
      ],
      notes: [
        `Verification target: ≥ 2,000/s over HTTP. Measured: ${verified.rps}/s (${fmt((verified.rps / authed.rps) * 100)}% of the signed-in baseline); ${results.valid} of ${N} answered valid, ${results.other} otherwise, ${verified.non2xx} non-2xx.`,
      ],
    };
  } finally {
    await s.stop();
    hello.child.kill('SIGTERM');
  }
}

export async function run(): Promise<BenchSection[]> {
  // Tap → QR shown is measured with the QR codes' sizes in qr.bench.ts.
  return [await throughput()];
}
