import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startCluster, type Cluster } from './cluster';
import { expectAllStored, prepareLoad, type Load } from './load';

// Durability under faults on PostgreSQL with two instances behind nginx: whatever was acknowledged
// is in the database afterwards, whichever instance or server went down in between.
let cluster: Cluster;
let load: Load;

beforeAll(async () => {
  cluster = await startCluster({ instances: 2, env: { RATING_LIMITS_ENABLED: 'false', WRITE_RATE_LIMIT_ENABLED: 'false' } });
  load = await prepareLoad(cluster);
});
afterAll(async () => { await cluster?.close(); });

describe('faults under load on PostgreSQL with two instances', () => {
  it('keeps every acknowledged write when one instance is killed with -9, keeps answering, and lets it rejoin', async () => {
    const start = Date.now();
    const faultAt = start + 2500;
    const killer = (async () => {
      await new Promise((r) => setTimeout(r, faultAt - Date.now()));
      await cluster.kill(0);
      await new Promise((r) => setTimeout(r, 2500));
      await cluster.restart(0);
    })();
    const ack = await load.run(start + 8000, faultAt + 500);
    await killer;
    expect(ack.ratings.length + ack.cases.length + ack.verifications.length).toBeGreaterThan(30);
    // The survivor answered while the other was down.
    expect(ack.okAfterFault).toBeGreaterThan(5);
    await expectAllStored(cluster, ack);
    // The killed instance is back and serving.
    expect((await api(cluster.instances[0]!.url, 'GET', '/api/health')).status).toBe(200);
  });

  it('keeps every acknowledged write across a Redis restart, and serves again afterwards', async () => {
    const start = Date.now();
    const faultAt = start + 2000;
    const restarter = (async () => {
      await new Promise((r) => setTimeout(r, faultAt - Date.now()));
      await cluster.redis.restart();
    })();
    const ack = await load.run(start + 7000, faultAt + 2000);
    await restarter;
    expect(ack.ratings.length + ack.cases.length + ack.verifications.length).toBeGreaterThan(30);
    expect(ack.okAfterFault).toBeGreaterThan(5);
    await expectAllStored(cluster, ack);
    for (const inst of cluster.instances) expect((await api(inst.url, 'GET', '/api/health')).status).toBe(200);
  });
});
