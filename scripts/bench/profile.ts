// Profiles one signed-in GET under load and draws its flame graph:
//   tsx scripts/bench/profile.ts <name> <path> [seconds]  →  docs/perf/<name>.svg + a table of the heaviest frames.
// The profiler starts after start-up and warm-up (SIGUSR2 to scripts/bench/serve.ts), so only requests are in it.
import { mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, load, startServers } from './lib';
import { flameSvg, topFrames } from './flame';

export async function profileGet(name: string, urlPath: string, seconds = 8, persona = 'r001') {
  const file = path.join(tmpdir(), `zsb-${name}-${process.pid}.cpuprofile`);
  const s = await startServers({ BENCH_CPU_PROFILE: file });
  let rps = 0;
  try {
    const auth = await s.login(persona);
    await load({ url: `${s.bffUrl}${urlPath}`, seconds: 2, connections: 20, headers: auth });
    s.signal('SIGUSR2');
    await new Promise((r) => setTimeout(r, 200));
    rps = (await load({ url: `${s.bffUrl}${urlPath}`, seconds, connections: 20, headers: auth })).rps;
  } finally {
    await s.stop();
  }
  mkdirSync(path.join(ROOT, 'docs/perf'), { recursive: true });
  writeFileSync(path.join(ROOT, 'docs/perf', `${name}.svg`), flameSvg(file, `${name}: GET ${urlPath} under load, ${rps} req/s`));
  const top = topFrames(file);
  if (process.env.KEEP_CPU_PROFILE) writeFileSync(process.env.KEEP_CPU_PROFILE, readFileSync(file));
  rmSync(file, { force: true });
  return { rps, top };
}

if (import.meta.url === `file://${path.resolve(process.argv[1] ?? "")}`) {
  const [name, urlPath, seconds] = process.argv.slice(2);
  const { rps, top } = await profileGet(name, urlPath ?? '/api/v1/wallet', Number(seconds ?? 8));
  console.log(`${rps} req/s\n${top.map((t) => `${t.selfPct.toFixed(1).padStart(5)}%  ${t.frame}`).join('\n')}`);
}
