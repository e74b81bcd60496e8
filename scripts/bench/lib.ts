import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchSection {
  title: string;
  /** What is measured and against what baseline. */
  description: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
}

export interface Servers {
  bffUrl: string;
  sandboxUrl: string;
  /** Sandbox switch: latency / failures for one upstream or `all`. */
  control(upstream: string, settings: { latencyMs?: number; failRate?: number }): Promise<void>;
  /** Signs in as a persona over HTTP; returns the bearer header. */
  login(personaId: string): Promise<{ authorization: string }>;
  /** Sends a signal to the server process (SIGUSR2 starts the profiler when BENCH_CPU_PROFILE is set). */
  signal(sig: NodeJS.Signals): void;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry in a child process and waits for the JSON line it prints. */
export async function spawnJson<T>(entry: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; info: T }> {
  // `node --import tsx` rather than the tsx CLI: the CLI runs the entry in a second process and
  // would not pass on signals such as SIGUSR2 (profiling).
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: path.join(ROOT, 'bff'), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const rl = createInterface({ input: child.stdout! });
  const info = await new Promise<T>((resolve, reject) => {
    rl.once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}`)));
  });
  return { child, info };
}

/** The sandbox and the BFF in a separate process, so the load generator doesn't share their event loop. */
export async function startServers(env: Record<string, string> = {}): Promise<Servers> {
  const { child, info } = await spawnJson<{ bffUrl: string; sandboxUrl: string }>(path.join(ROOT, 'scripts/bench/serve.ts'), env);
  return {
    ...info,
    async control(upstream, settings) {
      await fetch(`${info.sandboxUrl}/_control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ upstream, ...settings }) });
    },
    async login(personaId) {
      const post = (url: string, body: unknown) => fetch(`${info.bffUrl}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
      const { code } = await post('/api/v1/auth/authorize', { personaId });
      const { accessToken } = await post('/api/v1/auth/login', { code });
      return { authorization: `Bearer ${accessToken}` };
    },
    signal(sig) {
      child.kill(sig);
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export interface LoadResult { rps: number; p50: number; p99: number; non2xx: number; errors: number; total: number }

/** autocannon for `seconds` with `connections` concurrent clients. */
export async function load(opts: { url: string; seconds?: number; connections?: number; method?: string; headers?: Record<string, string>; body?: string; requests?: autocannon.Request[] }): Promise<LoadResult> {
  const r = await autocannon({
    url: opts.url, duration: opts.seconds ?? 8, connections: opts.connections ?? 20, method: (opts.method ?? 'GET') as 'GET',
    headers: opts.headers, body: opts.body, requests: opts.requests,
  });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, total: r['2xx'] };
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const fmt = (n: number, digits = 1) => (Number.isInteger(n) ? String(n) : n.toFixed(digits));
