import {
  ServiceItemSchema,
  type Audience, type Facets, type GuideMaterial, type ServiceGuide, type ServiceItem, type ServiceList,
  type ServiceListQuery, type ServiceSummary,
} from '@zsb/shared/contracts/catalog';
import { ENTERPRISE_LIFE_EVENTS, LIFE_EVENTS } from '@zsb/shared/contracts/catalog';
import { CITY, DEPARTMENTS, DISTRICTS, departmentName, regionName } from '@zsb/shared/domain/regions';
import { addWorkingDays, chinaDate, isProvisional } from '@zsb/shared/domain/working-days';
import type { Db } from '../../db/client';
import type { AuthUser } from '../../platform/auth';
import type { AuditService } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { UpstreamUnavailableError } from '../../upstreams/http-client';
import type { WalletService } from '../wallet/wallet.service';
import { CatalogRepository } from './catalog.repository';
import { SearchIndex, type SearchDoc, type SearchFilters } from './catalog.search';
import { SYNONYMS } from './catalog.synonyms';
import { pinyinOf, toSimplified } from './catalog.text';
import { loadDataset } from './dataset/dataset';

/** A bundle is offered when the query names it (name, alias, pinyin), not when it only appears in its description. */
const BUNDLE_MIN_SCORE = 50;
/** An application counts for more than a look at the guide. */
const APPLICATION_WEIGHT = 5;

const usageScore = (u: { seeded: number; views: number; applications: number }) => u.seeded + u.views + APPLICATION_WEIGHT * u.applications;

/** Imports the committed dataset into the database; items already there are left alone. */
export function importCatalogDataset(db: Db): number {
  const dataset = loadDataset();
  const items = dataset.items.map((i) => ServiceItemSchema.parse(i));
  return new CatalogRepository(db).insertMissing(items, dataset.initialUsage, new Date().toISOString());
}

export function searchDocOf(item: ServiceItem): SearchDoc {
  return {
    code: item.code, name: item.name, aliases: item.aliases, conditions: item.conditions,
    materials: item.materials.map((m) => m.name), departmentName: departmentName(item.departmentCode) ?? item.implementingBody,
    departmentCode: item.departmentCode, region: item.region, audience: item.audience, lifeEvents: item.lifeEvents, online: item.online,
  };
}

interface Entry {
  item: ServiceItem;
  published: boolean;
  usage: { seeded: number; views: number; applications: number };
}

/**
 * The service catalog: items live in the database and, for search, in an in-process index built
 * at start and kept current on every change (a saved item, a view, an application).
 */
export class CatalogService {
  private readonly repo: CatalogRepository;
  private readonly entries = new Map<string, Entry>();
  private readonly index = new SearchIndex({ toSimplified, pinyinOf }, SYNONYMS);
  private readonly bundleIndex = new SearchIndex({ toSimplified, pinyinOf }, SYNONYMS);
  private readonly bundleNames = new Map<string, string>();

  constructor(db: Db, private readonly deps: { wallet: WalletService; audit: AuditService; walletBudgetMs: number }) {
    this.repo = new CatalogRepository(db);
    // A fresh database (tests, first start without the seed step) gets the committed dataset.
    if (this.repo.count() === 0) importCatalogDataset(db);
    for (const row of this.repo.all()) this.put(row.item, row.published, row);
  }

  /** Any stored item, published or not (old cases refer to withdrawn ones). */
  item(code: string): ServiceItem | null {
    return this.entries.get(code)?.item ?? null;
  }

  /** Adds or changes an item (operations, tests); the search index follows at once. */
  save(item: ServiceItem, published = true): void {
    const valid = ServiceItemSchema.parse(item);
    this.repo.save(valid, published, new Date().toISOString());
    this.put(valid, published, this.entries.get(valid.code)?.usage ?? { seeded: 0, views: 0, applications: 0 });
  }

  /** Lets bundles be found by search too (开饭店 → 我要开饭店); the bundles feature registers them. */
  indexBundles(bundles: { code: string; name: string; aliases: string[]; description: string; audience: Audience }[]): void {
    for (const b of bundles) {
      this.bundleNames.set(b.code, b.name);
      this.bundleIndex.upsert({
        code: b.code, name: b.name, aliases: b.aliases, conditions: [b.description], materials: [], departmentName: '',
        departmentCode: '', region: CITY.code, audience: [b.audience], lifeEvents: [], online: true,
      });
    }
  }

  /** Counts an application toward 热门服务. */
  recordUse(code: string): void {
    const e = this.entries.get(code);
    if (!e) return;
    this.repo.countApplication(code);
    e.usage.applications++;
    this.index.setUsage(code, usageScore(e.usage));
  }

  list(q: ServiceListQuery): ServiceList {
    const filters: SearchFilters = {
      audience: q.audience, lifeEvent: q.lifeEvent, department: q.department, region: q.region,
      online: q.online === undefined ? undefined : q.online === 'true',
    };
    const text = q.q?.trim() ?? '';
    const result = text ? this.index.search(text, filters, q.offset, q.limit) : this.index.browse(filters, q.offset, q.limit);
    // A person asking for 开饭店 still wants to see the restaurant bundle, so bundles ignore the audience filter.
    const bundles = text ? this.bundleIndex.search(text, {}, 0, 5).hits.filter((h) => h.score >= BUNDLE_MIN_SCORE) : [];
    return {
      total: result.total,
      items: result.hits.map((h) => ({
        ...this.summaryOf(this.entries.get(h.code)!),
        ...(text ? { nameHighlight: h.nameHighlight } : {}),
        ...(h.matchedIn ? { matchedIn: h.matchedIn } : {}),
      })),
      bundles: bundles.map((b) => ({ code: b.code, name: this.bundleNames.get(b.code)!, nameHighlight: b.nameHighlight })),
    };
  }

  hot(opts: { audience?: Audience; limit: number }) {
    return {
      items: this.index.browse({ audience: opts.audience }, 0, opts.limit).hits.map((h) => {
        const e = this.entries.get(h.code)!;
        return { code: e.item.code, name: e.item.name, departmentCode: e.item.departmentCode, usage: h.usage };
      }),
    };
  }

  facets(audience?: Audience): Facets {
    const live = [...this.entries.values()].filter((e) => e.published && (!audience || e.item.audience.includes(audience)));
    const count = (pick: (i: ServiceItem) => string[]) => {
      const m = new Map<string, number>();
      for (const e of live) for (const k of pick(e.item)) m.set(k, (m.get(k) ?? 0) + 1);
      return m;
    };
    const byDept = count((i) => [i.departmentCode]);
    const byRegion = count((i) => [i.region]);
    const byEvent = count((i) => i.lifeEvents);
    return {
      departments: DEPARTMENTS.filter((d) => byDept.has(d.code)).map((d) => ({ code: d.code, name: d.name, count: byDept.get(d.code)! })),
      regions: [CITY, ...DISTRICTS].filter((r) => byRegion.has(r.code)).map((r) => ({ code: r.code, name: r.name, count: byRegion.get(r.code)! })),
      lifeEvents: LIFE_EVENTS.filter((e) => byEvent.has(e)).map((e) => ({
        code: e, audience: ENTERPRISE_LIFE_EVENTS.includes(e) ? 'enterprise' as const : 'personal' as const, count: byEvent.get(e)!,
      })),
    };
  }

  /**
   * The guide: every element, deadlines as dates if applied today, and — for a signed-in user —
   * which materials their wallet already holds (证照库已有，免提交). A slow certificate library
   * only loses the marks, never the guide.
   */
  async guide(code: string, user: AuthUser | null, today = chinaDate()): Promise<ServiceGuide> {
    const e = this.entries.get(code);
    if (!e || !e.published) throw new AppError(404, 'SERVICE_NOT_FOUND', 'No such service item');
    this.repo.countView(code);
    e.usage.views++;
    this.index.setUsage(code, usageScore(e.usage));

    const held = user ? await this.heldCertificates(user, code) : null;
    const materials: GuideMaterial[] = e.item.materials.map((m) => {
      const c = m.certificateKind ? held?.get(m.certificateKind) : undefined;
      return { ...m, fromWallet: c ? { certificateId: c.id, kindName: c.kindName } : null };
    });
    const { item } = e;
    const promisedDeadline = addWorkingDays(today, item.promisedTimeLimitDays);
    const legalDeadline = item.legalTimeLimitDays === null ? null : addWorkingDays(today, item.legalTimeLimitDays);
    return {
      ...item,
      materials,
      departmentName: departmentName(item.departmentCode) ?? item.implementingBody,
      regionName: regionName(item.region) ?? item.region,
      usage: usageScore(e.usage),
      promisedDeadline,
      legalDeadline,
      deadlinesProvisional: isProvisional(today, legalDeadline && legalDeadline > promisedDeadline ? legalDeadline : promisedDeadline),
      walletChecked: held !== null,
    };
  }

  /** Current (valid or expiring) certificates of the active identity by kind; null when the library could not be asked. */
  private async heldCertificates(user: AuthUser, code: string): Promise<Map<string, { id: string; kindName: string }> | null> {
    try {
      const holder = await this.deps.wallet.holderOf(user);
      const certs = await this.deps.wallet.certificatesOf(holder, { timeoutMs: this.deps.walletBudgetMs });
      this.deps.audit.record({
        actor: `user:${user.userId}`, subject: holder.subject, action: 'wallet.match', fields: ['kind', 'status'],
        purpose: `guide ${code}: mark materials the wallet already holds`, channel: 'app', result: 'ok',
      });
      const held = new Map<string, { id: string; kindName: string }>();
      for (const c of certs) {
        const s = this.deps.wallet.summarize(c);
        if ((s.status === 'valid' || s.status === 'expiring') && !held.has(s.kind)) held.set(s.kind, { id: s.id, kindName: s.kindName });
      }
      return held;
    } catch (err) {
      if (err instanceof UpstreamUnavailableError) return null;
      throw err;
    }
  }

  private put(item: ServiceItem, published: boolean, usage: Entry['usage']): void {
    const entry: Entry = { item, published, usage: { seeded: usage.seeded, views: usage.views, applications: usage.applications } };
    this.entries.set(item.code, entry);
    if (published) this.index.upsert(searchDocOf(item), usageScore(entry.usage));
    else this.index.remove(item.code);
  }

  private summaryOf(e: Entry): ServiceSummary {
    const i = e.item;
    return {
      code: i.code, name: i.name, type: i.type, departmentCode: i.departmentCode,
      departmentName: departmentName(i.departmentCode) ?? i.implementingBody, region: i.region, regionName: regionName(i.region) ?? i.region,
      audience: i.audience, lifeEvents: i.lifeEvents, onlineDepth: i.onlineDepth, visits: i.visits, online: i.online,
      applyChannel: i.applyChannel, promisedTimeLimitDays: i.promisedTimeLimitDays, usage: usageScore(e.usage),
    };
  }
}
