import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startCluster, type Cluster } from './cluster';
import { expectAllStored, prepareLoad, type Load } from './load';

// The embedded default: one BFF on SQLite, killed with -9 under concurrent ratings, case submissions
// and verifications, then restarted — three times. Every acknowledged write must be on disk.
let cluster: Cluster;
let load: Load;

beforeAll(async () => {
  cluster = await startCluster({ engine: 'sqlite', instances: 1, env: { RATING_LIMITS_ENABLED: 'false', WRITE_RATE_LIMIT_ENABLED: 'false' } });
  load = await prepareLoad(cluster);
});
afterAll(async () => { await cluster?.close(); });

describe('kill -9 of the BFF on SQLite under load', () => {
  it.each([1, 2, 3])('loses no acknowledged write (round %i)', async () => {
    const start = Date.now();
    const killAt = start + 2000;
    const killer = (async () => {
      await new Promise((r) => setTimeout(r, killAt - Date.now()));
      await cluster.kill(0);
    })();
    const ack = await load.run(killAt + 300, Number.POSITIVE_INFINITY);
    await killer;
    expect(ack.ratings.length + ack.cases.length + ack.verifications.length).toBeGreaterThan(20);
    // Requests in flight at the kill failed rather than being acknowledged.
    expect(ack.failures).toBeGreaterThan(0);
    await cluster.restart(0);
    expect((await api(cluster.url, 'GET', '/api/health')).status).toBe(200);
    await expectAllStored(cluster, ack);
  });
});
