import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { MemorySharedState } from '../../platform/shared-state';
import { startStack, type Stack } from '../../test/harness';
import { CatalogRepository } from './catalog.repository';
import { CatalogService, importCatalogDataset } from './catalog.service';
import { loadDataset } from './dataset/dataset';

/*
 * Several BFF instances on one database: each keeps its own search index, and a change made through
 * one (an item saved, usage counted) reaches the others' search. With Redis (the PostgreSQL run) two
 * whole apps talk over pub/sub; on SQLite the in-process bus is per app, so the bus path is shown by
 * two catalog services sharing one bus, and the apps by the resync every instance also runs.
 */

let stack: Stack;
let second: FastifyInstance;

beforeAll(async () => {
  stack = await startStack();
  second = await buildApp(stack.config);
});
afterAll(async () => {
  await second?.close();
  await stack?.close();
});

const codesFor = (app: FastifyInstance | CatalogService, q: string) => {
  const catalog = app instanceof CatalogService ? app : app.catalog;
  return catalog.list({ q, offset: 0, limit: 20 }).items.map((i) => i.code);
};
const usageOf = (catalog: CatalogService, code: string) =>
  catalog.hot({ limit: 1000 }).items.find((i) => i.code === code)?.usage;
const shared = () => stack.config.redisUrl !== undefined;
const waitFor = (check: () => void | Promise<void>) => vi.waitFor(check, { timeout: 5000, interval: 50 });

describe('the catalog on several instances', () => {
  it('finds an item changed on one instance in search on the other', async () => {
    const item = stack.app.catalog.item('GAJ-0002')!;
    await stack.app.catalog.save({ ...item, aliases: [...item.aliases, '跨实例同步测试词'] });
    expect(codesFor(stack.app, '跨实例同步测试词')).toEqual(['GAJ-0002']);
    if (!shared()) await second.catalog.refresh();
    await waitFor(() => expect(codesFor(second, '跨实例同步测试词')).toEqual(['GAJ-0002']));

    await second.catalog.save(item);
    if (!shared()) await stack.app.catalog.refresh();
    await waitFor(() => expect(codesFor(stack.app, '跨实例同步测试词')).toEqual([]));
  });

  it('counts applications from both instances atomically and shows the sum on both', async () => {
    const code = 'MZJ-0003';
    const [before] = await stack.rows('serviceUsage', { code });
    await Promise.all([
      ...Array.from({ length: 40 }, () => stack.app.catalog.recordUse(code)),
      ...Array.from({ length: 40 }, () => second.catalog.recordUse(code)),
    ]);
    const [after] = await stack.rows('serviceUsage', { code });
    expect(after!.applications).toBe((before!.applications as number) + 80);
    if (!shared()) await Promise.all([stack.app.catalog.refresh(), second.catalog.refresh()]);
    const expected = (after!.seeded as number) + (after!.views as number) + 5 * (after!.applications as number);
    await waitFor(() => {
      expect(usageOf(stack.app.catalog, code)).toBe(expected);
      expect(usageOf(second.catalog, code)).toBe(expected);
    });
  });

  it('tells the other instances over the shared bus: items at once, usage within a moment', async () => {
    const bus = new MemorySharedState();
    const deps = { wallet: stack.app.wallet, audit: stack.app.audit, shared: bus, walletBudgetMs: 500, usagePublishMs: 20, resyncMs: 0 };
    const a = new CatalogService(new CatalogRepository(stack.database), deps);
    const b = new CatalogService(new CatalogRepository(stack.database), deps);
    await a.start();
    await b.start();
    try {
      const item = a.item('MZJ-0001')!;
      await a.save({ ...item, aliases: [...item.aliases, '总线同步测试词'] });
      await waitFor(() => expect(codesFor(b, '总线同步测试词')).toEqual(['MZJ-0001']));
      await b.save(item, false);
      await waitFor(() => expect(codesFor(a, '总线同步测试词')).toEqual([]));
      await a.save(item);

      const before = usageOf(b, 'MZJ-0002')!;
      await a.guide('MZJ-0002', null);
      await a.recordUse('MZJ-0002');
      await waitFor(() => expect(usageOf(b, 'MZJ-0002')).toBe(before + 1 + 5));
    } finally {
      await a.stop();
      await b.stop();
      await bus.close();
    }
  });

  it('imports the dataset once when two instances seed an empty database at the same time', async () => {
    const { serviceItems, serviceUsage } = stack.database.schema;
    await stack.database.q.delete(serviceUsage);
    await stack.database.q.delete(serviceItems);
    const [x, y] = await Promise.all([importCatalogDataset(stack.database), importCatalogDataset(stack.database)]);
    const total = loadDataset().items.length;
    expect(x + y).toBe(total);
    expect(await stack.count('serviceItems')).toBe(total);
    expect(await stack.count('serviceUsage')).toBe(total);
    expect(await importCatalogDataset(stack.database)).toBe(0);
  });
});
