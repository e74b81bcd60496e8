// Walking-skeleton benchmarks: the home aggregate against its upstreams, the cached wallet against a
// bare Fastify hello-world, and the size of what a phone downloads.
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, fmt, load, percentile, spawnJson, startServers, type BenchSection } from './lib';

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function homeAggregate(): Promise<BenchSection> {
  const s = await startServers({ UPSTREAM_CACHE: 'false' });
  try {
    await s.control('all', { latencyMs: 50 });
    const auth = await s.login('r001');
    const idNumber = (await fetch(`${s.sandboxUrl}/identity/subjects/r001`).then((r) => r.json())).idNumber;
    const upstreamCalls = [
      () => fetch(`${s.sandboxUrl}/certificates?holderId=${idNumber}`).then((r) => r.arrayBuffer()),
      () => fetch(`${s.sandboxUrl}/catalog/hot-services`).then((r) => r.arrayBuffer()),
    ];
    const home = () => fetch(`${s.bffUrl}/api/v1/home`, { headers: auth }).then((r) => r.arrayBuffer());
    for (let i = 0; i < 10; i++) await home();
    const N = 150;
    const homeT: number[] = [], slowest: number[] = [], sum: number[] = [];
    for (let i = 0; i < N; i++) {
      homeT.push(await timed(home));
      const each = [];
      for (const call of upstreamCalls) each.push(await timed(call));
      slowest.push(Math.max(...each));
      sum.push(each.reduce((a, b) => a + b, 0));
    }
    const p50 = percentile(homeT, 50);
    const slow50 = percentile(slowest, 50);
    return {
      title: 'Home aggregate (GET /api/v1/home), every upstream at 50 ms',
      description: `${N} sequential requests; the baselines are the same upstream calls made directly to the sandbox in the same loop: the slowest single call, and all of them one after another (the sequential cost). Upstream cache off.`,
      columns: ['path', 'p50 ms', 'p99 ms', 'p50 ÷ slowest upstream p50'],
      rows: [
        ['GET /api/v1/home (concurrent fan-out)', fmt(p50), fmt(percentile(homeT, 99)), fmt(p50 / slow50, 2)],
        ['slowest upstream alone', fmt(slow50), fmt(percentile(slowest, 99)), '1.00'],
        ['upstreams in sequence (sum)', fmt(percentile(sum, 50)), fmt(percentile(sum, 99)), fmt(percentile(sum, 50) / slow50, 2)],
      ],
      notes: [`Target: home p50 ≤ 1.2 × the slowest upstream. Measured ratio: ${fmt(p50 / slow50, 2)}.`],
    };
  } finally {
    await s.stop();
  }
}

async function walletThroughput(): Promise<BenchSection> {
  const hello = await spawnJson<{ url: string }>(path.join(ROOT, 'scripts/bench/hello.ts'));
  const s = await startServers();
  try {
    const auth = await s.login('r001');
    await fetch(`${s.bffUrl}/api/v1/wallet`, { headers: auth });
    const base = await load({ url: hello.info.url, seconds: 6, connections: 20 });
    const wallet = await load({ url: `${s.bffUrl}/api/v1/wallet`, seconds: 6, connections: 20, headers: auth });
    return {
      title: 'Wallet throughput (GET /api/v1/wallet, certificate list cached) vs bare Fastify hello-world',
      description: 'autocannon, 20 connections, 6 s each, servers in a separate process. The wallet path verifies the JWT, loads the user, reads the cached certificate list, masks it, validates the response with zod and writes an audit row.',
      columns: ['server', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'share of hello-world'],
      rows: [
        ['bare Fastify hello-world', base.rps, base.p50, base.p99, base.non2xx, '100%'],
        ['GET /api/v1/wallet', wallet.rps, wallet.p50, wallet.p99, wallet.non2xx, `${fmt((wallet.rps / base.rps) * 100)}%`],
      ],
    };
  } finally {
    await s.stop();
    hello.child.kill('SIGTERM');
  }
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

function bundleSizes(): BenchSection {
  const h5Dir = path.join(ROOT, 'miniapp/dist/h5');
  const h5 = filesUnder(h5Dir).filter((f) => f.endsWith('.js'));
  const gz = (files: string[]) => files.reduce((a, f) => a + gzipSync(readFileSync(f)).length, 0);
  const h5Raw = h5.reduce((a, f) => a + statSync(f).size, 0);
  const h5Gzip = gz(h5);
  // What the first screen needs: the scripts index.html loads, plus the chunk shared by the main pages.
  const indexHtml = existsSync(path.join(h5Dir, 'index.html')) ? readFileSync(path.join(h5Dir, 'index.html'), 'utf8') : '';
  const initial = [...indexHtml.matchAll(/<script[^>]*src="\/?([^"]+\.js)"/g)].map((m) => path.join(h5Dir, m[1]))
    .concat(h5.filter((f) => path.basename(f).startsWith('pages-common.')));
  const weappDir = path.join(ROOT, 'miniapp/dist/weapp');
  const appJson = existsSync(path.join(weappDir, 'app.json')) ? JSON.parse(readFileSync(path.join(weappDir, 'app.json'), 'utf8')) : {};
  const subRoots: string[] = (appJson.subPackages ?? appJson.subpackages ?? []).map((p: { root: string }) => path.join(weappDir, p.root));
  const all = filesUnder(weappDir).filter((f) => !f.endsWith('.map'));
  const inSub = (f: string) => subRoots.some((r) => f.startsWith(r.endsWith('/') ? r : `${r}/`));
  const main = all.filter((f) => !inSub(f)).reduce((a, f) => a + statSync(f).size, 0);
  const subs = all.filter(inSub).reduce((a, f) => a + statSync(f).size, 0);
  const kb = (n: number) => `${fmt(n / 1024)} KB`;
  return {
    title: 'What a phone downloads',
    description: 'Sizes of the production builds (`miniapp/dist`). WeChat allows 2 MB per package.',
    columns: ['build', 'size'],
    rows: [
      ['H5 JavaScript for the first screen, gzip', kb(gz(initial))],
      ['H5 JavaScript, all chunks (lazy pages included), gzip', kb(h5Gzip)],
      ['H5 JavaScript, all chunks, raw', kb(h5Raw)],
      ['weapp main package', kb(main)],
      ['weapp subpackages (all)', kb(subs)],
    ],
  };
}

export async function run(): Promise<BenchSection[]> {
  return [await homeAggregate(), await walletThroughput(), bundleSizes()];
}
