import { readFileSync } from 'node:fs';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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
export async function load(opts: { url: string; seconds?: number; connections?: number; method?: string; headers?: Record<string, string>; body?: string; requests?: autocannon.Request[]; amount?: number }): Promise<LoadResult> {
  const r = await autocannon({
    url: opts.url, duration: opts.seconds ?? 8, connections: opts.connections ?? 20, method: (opts.method ?? 'GET') as 'GET',
    ...(opts.amount ? { amount: opts.amount } : {}),
    headers: opts.headers, body: opts.body, requests: opts.requests,
  });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, total: r['2xx'] };
}

/** CPU time (user + system, in µs) a process has used so far: Linux /proc, where benchmarks run. */
export function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / 100;
}

/** `load` against a server whose process is `pid`, with the server's CPU time per answer (µs). */
export async function loadWithCpu(pid: number, opts: Parameters<typeof load>[0]): Promise<LoadResult & { cpuPerAnswerUs: number }> {
  const before = cpuMicros(pid);
  const r = await load(opts);
  const used = cpuMicros(pid) - before;
  return { ...r, cpuPerAnswerUs: r.total + r.non2xx > 0 ? used / (r.total + r.non2xx) : 0 };
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const fmt = (n: number, digits = 1) => (Number.isInteger(n) ? String(n) : n.toFixed(digits));

/**
 * Starts a server entry in its own process and waits until `readyUrl` answers: TypeScript entries
 * under node with tsx as a loader (one process; the tsx CLI would add a parent), JavaScript (the
 * compiled production build) under plain node.
 */
export async function startProcess(entry: string, env: Record<string, string>, readyUrl: string, nodeArgs: string[] = []): Promise<ChildProcess> {
  const args = [...nodeArgs, ...(entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [entry])];
  const child = spawn(process.execPath, args, { cwd: path.join(ROOT, 'bff'), env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    try {
      if ((await fetch(readyUrl)).ok) return child;
    } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${readyUrl} did not come up`);
}

export async function stopProcess(c: ChildProcess): Promise<void> {
  if (c.exitCode !== null) return;
  c.kill('SIGTERM');
  await new Promise((r) => c.once('exit', r));
}

/** Runs a TypeScript script of the BFF (seeding, migrations) to its end. */
export function runBffScript(entry: string, env: Record<string, string>): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', entry], { cwd: path.join(ROOT, 'bff'), env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${entry} failed (${r.status})`);
}

/** Signs in as a persona through the sandbox identity provider; returns the bearer header. */
export async function loginAt(url: string, personaId: string): Promise<{ authorization: string }> {
  const post = (u: string, body: unknown) => fetch(`${url}${u}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
  const { code } = await post('/api/v1/auth/authorize', { personaId });
  const { accessToken } = await post('/api/v1/auth/login', { code, channel: 'h5' });
  return { authorization: `Bearer ${accessToken}` };
}
