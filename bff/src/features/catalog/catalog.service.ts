import {
  ServiceItemSchema,
  type Audience, type Facets, type GuideMaterial, type ServiceGuide, type ServiceItem, type ServiceList,
  type ServiceListQuery, type ServiceSummary,
} from '@zsb/shared/contracts/catalog';
import { ENTERPRISE_LIFE_EVENTS, LIFE_EVENTS } from '@zsb/shared/contracts/catalog';
import { CITY, DEPARTMENTS, DISTRICTS, departmentName, regionName } from '@zsb/shared/domain/regions';
import type { ContentLanguage, TranslatedLanguage } from '@zsb/shared/domain/content-language';
import type { Highlight } from '@zsb/shared/contracts/catalog';
import { addWorkingDays, chinaDate, isProvisional } from '@zsb/shared/domain/working-days';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../platform/db';
import type { SharedState } from '../../platform/shared-state';
import type { AuthUser } from '../../platform/auth';
import type { AuditService } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { UpstreamUnavailableError } from '../../upstreams/http-client';
import type { WalletService } from '../wallet';
import { CatalogRepository, type Usage } from './catalog.repository';
import { SearchIndex, type SearchDoc, type SearchFilters, type SearchHit, type SearchResult, type TextTools } from './catalog.search';
import { itemKeywords, itemName, localizeItem, localizeNames, translatePhrase, type LocalizedItem, type LocalizedNames } from './catalog.i18n';
import { toTraditional } from '../../platform/i18n/language';
import { SYNONYMS } from './catalog.synonyms';
import { pinyinOf, toSimplified } from './catalog.text';
import { loadDataset } from './dataset/dataset';

/** A bundle is offered when the query names it (name, alias, pinyin), not when it only appears in its description. */
const BUNDLE_MIN_SCORE = 50;
/** Grouped answers group the best this many implementations (the catalog holds a few hundred). */
const MAX_GROUPED_HITS = 1000;

type Variant = { code: string; region: string; regionName: string };
/** An application counts for more than a look at the guide. */
const APPLICATION_WEIGHT = 5;

const usageScore = (u: Usage) => u.seeded + u.views + APPLICATION_WEIGHT * u.applications;
const sameUsage = (a: Usage, b: Usage) => a.seeded === b.seeded && a.views === b.views && a.applications === b.applications;

/** Imports the committed dataset into the database; items already there are left alone (safe when instances race). */
export function importCatalogDataset(db: Database): Promise<number> {
  return importDatasetInto(new CatalogRepository(db));
}

function importDatasetInto(repo: CatalogRepository): Promise<number> {
  const dataset = loadDataset();
  const items = dataset.items.map((i) => ServiceItemSchema.parse(i));
  return repo.insertMissing(items, dataset.initialUsage, new Date().toISOString());
}

export function searchDocOf(item: ServiceItem): SearchDoc {
  return {
    code: item.code, name: item.name, aliases: item.aliases, conditions: item.conditions,
    materials: item.materials.map((m) => m.name), departmentName: departmentName(item.departmentCode) ?? item.implementingBody,
    departmentCode: item.departmentCode, region: item.region, audience: item.audience, lifeEvents: item.lifeEvents, online: item.online,
  };
}

/** Search runs in one index per written language; 繁體中文 queries are converted and use the Chinese one. */
type SearchLanguage = 'zh' | TranslatedLanguage;
const SEARCH_LANGUAGES: SearchLanguage[] = ['zh', 'en', 'fr', 'ja'];
const ALL_LANGUAGES: ContentLanguage[] = ['zh-Hans', 'zh-Hant', 'en', 'fr', 'ja'];
const searchLanguageOf = (lang: ContentLanguage): SearchLanguage => (lang === 'zh-Hans' || lang === 'zh-Hant' ? 'zh' : lang);

/**
 * The document an item is found by in `lang`: its translated name (Chinese when it has none) and
 * keywords, with the Chinese name, aliases and texts kept so Chinese and pinyin queries still work.
 * Japanese text is matched in simplified character forms, as queries are.
 */
export function searchDocIn(item: ServiceItem, lang: SearchLanguage): SearchDoc {
  const doc = searchDocOf(item);
  if (lang === 'zh') return doc;
  const name = itemName(item.name, lang);
  const simplify = (x: string) => (lang === 'ja' ? toSimplified(x) : x);
  const translated = <T extends string | null>(x: T) => (x ? translatePhrase(x, lang) : undefined);
  const dept = translated(doc.departmentName);
  return {
    ...doc,
    ...(name ? { name, ...(lang === 'ja' && [...toSimplified(name)].length === [...name].length ? { matchName: toSimplified(name) } : {}) } : {}),
    aliases: [...itemKeywords(item.name, lang).map(simplify), ...(name ? [item.name] : []), ...item.aliases],
    materials: [...doc.materials, ...item.materials.map((m) => translated(m.name)).filter((x): x is string => !!x).map(simplify)],
    departmentName: dept ? `${doc.departmentName} ${simplify(dept)}` : doc.departmentName,
  };
}

interface Entry {
  item: ServiceItem;
  published: boolean;
  updatedAt: string;
  usage: Usage;
  /** Name, department and region in every language, made when the item is loaded. */
  names: Record<ContentLanguage, LocalizedNames>;
  /** The guide texts per language, made the first time the guide is read in that language. */
  guides: Map<ContentLanguage, LocalizedItem>;
}

/** pinyin-pro is the costly part of indexing; the same Chinese texts are indexed once per language. */
function memoText(tools: TextTools): TextTools {
  const cache = new Map<string, ReturnType<TextTools['pinyinOf']>>();
  return {
    toSimplified: tools.toSimplified,
    pinyinOf(x) {
      let p = cache.get(x);
      if (!p) {
        if (cache.size > 20_000) cache.clear();
        cache.set(x, (p = tools.pinyinOf(x)));
      }
      return p;
    },
  };
}

/** The wallet as the catalog uses it: which certificates a signed-in user holds. */
export type CatalogWallet = Pick<WalletService, 'holderOf' | 'certificatesOf' | 'summarize'>;

export interface CatalogDeps {
  wallet: CatalogWallet;
  audit: Pick<AuditService, 'record'>;
  /** Where instances tell each other that items or usage changed. */
  shared: Pick<SharedState, 'publish' | 'subscribe'>;
  walletBudgetMs: number;
  /** How long usage changes are gathered before the other instances are told (ms). */
  usagePublishMs?: number;
  /** How often the whole cache is compared with the database, for messages an instance missed (ms; 0: never). */
  resyncMs?: number;
}

/** The invalidation message: which items changed (reload them) and whose usage changed (re-read the counts). */
interface CatalogChange {
  from: string;
  items?: string[];
  usage?: string[];
  all?: boolean;
}

export const CATALOG_CHANNEL = 'catalog:changed';

/**
 * The service catalog: items live in the database and, for search, in an in-process index of every
 * instance. Whoever changes an item or a usage count writes it to the database first (counts with
 * atomic `x = x + 1` updates), then tells the other instances over shared state; they reload the
 * named entries. A periodic comparison with the database catches a message an instance missed.
 */
export class CatalogService {
  private readonly entries = new Map<string, Entry>();
  private readonly text = memoText({ toSimplified, pinyinOf });
  /**
   * The Chinese index is built at start; another language's the first time someone searches or browses
   * in it (about a second for the whole catalog, once per instance), then kept up to date like the Chinese one.
   */
  private readonly indexes: Partial<Record<SearchLanguage, SearchIndex>> & { zh: SearchIndex } = { zh: new SearchIndex(this.text, SYNONYMS) };
  private readonly bundleIndexes = Object.fromEntries(SEARCH_LANGUAGES.map((l) => [l, new SearchIndex(this.text, SYNONYMS)])) as Record<SearchLanguage, SearchIndex>;
  private readonly bundleNames = new Map<string, Record<ContentLanguage, { name: string; untranslated: string[] }>>();
  /** Department and region names per language, for facets. */
  private readonly placeNames = new Map<string, Record<ContentLanguage, string>>();
  /** 繁體中文 of highlighted runs (names and snippets repeat). */
  private readonly hant = new Map<string, string>();
  private readonly instance = randomUUID();
  private readonly usageDirty = new Set<string>();
  private usageTimer: NodeJS.Timeout | undefined;
  private resyncTimer: NodeJS.Timeout | undefined;
  /** Refreshes run one after another so an older read never overwrites a newer one. */
  private refreshing: Promise<void> = Promise.resolve();

  constructor(private readonly repo: CatalogRepository, private readonly deps: CatalogDeps) {}

  /** Listens for other instances' changes, imports the dataset into an empty database, and loads the index. */
  async start(): Promise<void> {
    await this.deps.shared.subscribe(CATALOG_CHANNEL, (message) => this.onChange(message));
    // A fresh database (tests, first start without the seed step) gets the committed dataset.
    if ((await this.repo.count()) === 0) {
      const inserted = await importDatasetInto(this.repo);
      if (inserted > 0) await this.announce({ all: true });
    }
    for (const row of await this.repo.items()) this.put(row.item, row.published, row.updatedAt, row.usage);
    const resyncMs = this.deps.resyncMs ?? 30_000;
    if (resyncMs > 0) this.resyncTimer = setInterval(() => { void this.refresh().catch(() => {}); }, resyncMs).unref();
  }

  /** Stops the timers and tells the others about usage counted since the last message. */
  async stop(): Promise<void> {
    if (this.resyncTimer) clearInterval(this.resyncTimer);
    await this.publishUsage().catch(() => {});
  }

  /** Any stored item, published or not (old cases refer to withdrawn ones). */
  item(code: string): ServiceItem | null {
    return this.entries.get(code)?.item ?? null;
  }

  /** Adds or changes an item (operations, tests); this instance's index follows at once, the others' on the message. */
  async save(item: ServiceItem, published = true): Promise<void> {
    const valid = ServiceItemSchema.parse(item);
    const at = new Date().toISOString();
    await this.repo.save(valid, published, at);
    this.put(valid, published, at, this.entries.get(valid.code)?.usage ?? { seeded: 0, views: 0, applications: 0 });
    await this.announce({ items: [valid.code] });
  }

  /** Lets bundles be found by search too (开饭店 → 我要开饭店); the bundles feature registers them. */
  indexBundles(bundles: { code: string; name: string; aliases: string[]; description: string; audience: Audience }[]): void {
    this.changes++;
    for (const b of bundles) {
      const names = Object.fromEntries(ALL_LANGUAGES.map((lang) => {
        const n = localizeNames(b.name, '', '', lang);
        return [lang, { name: n.name, untranslated: n.untranslated }];
      })) as Record<ContentLanguage, { name: string; untranslated: string[] }>;
      this.bundleNames.set(b.code, names);
      for (const lang of SEARCH_LANGUAGES) {
        const translated = lang === 'zh' ? undefined : translatePhrase(b.name, lang);
        const simplify = (x: string) => (lang === 'ja' ? toSimplified(x) : x);
        this.bundleIndexes[lang].upsert({
          code: b.code, name: translated ?? b.name, aliases: translated ? [simplify(translated), b.name, ...b.aliases] : b.aliases,
          conditions: [b.description], materials: [], departmentName: '',
          departmentCode: '', region: CITY.code, audience: [b.audience], lifeEvents: [], online: true,
        });
      }
    }
  }

  /** Counts an application toward 热门服务. */
  async recordUse(code: string): Promise<void> {
    // Counted even when this instance has not heard of the item yet (the database knows it or ignores the code).
    const usage = await this.repo.countApplication(code);
    if (usage) this.usageChanged(code, usage);
  }

  /**
   * Brings the cache in line with the database: the named items (or all) are compared by version and
   * usage; changed items are reloaded, changed counts re-ranked. `force` reloads the named items whatever
   * their version says.
   */
  refresh(codes?: readonly string[], opts: { force?: boolean } = {}): Promise<void> {
    const run = this.refreshing.then(async () => {
      const stale: string[] = [];
      for (const v of await this.repo.versions(codes)) {
        const e = this.entries.get(v.code);
        if (!e || opts.force || e.updatedAt !== v.updatedAt || e.published !== v.published) stale.push(v.code);
        else if (!sameUsage(e.usage, v.usage)) this.setUsage(e, v.usage);
      }
      for (const row of await this.repo.items(stale)) this.put(row.item, row.published, row.updatedAt, row.usage);
    });
    this.refreshing = run.catch(() => {});
    return run;
  }

  /** Browse or search in `lang`: names, matching and highlights in that language (简体中文 where an item has no translation, marked). */
  list(q: ServiceListQuery, lang: ContentLanguage = 'zh-Hans'): ServiceList {
    const filters: SearchFilters = {
      audience: q.audience, lifeEvent: q.lifeEvent, department: q.department, region: q.region,
      online: q.online === undefined ? undefined : q.online === 'true',
    };
    const text = q.q?.trim() ?? '';
    const sl = searchLanguageOf(lang);
    const index = this.indexFor(sl);
    const result: { total: number; hits: (SearchHit & { variants?: Variant[] })[] } = q.group === 'item'
      ? this.grouped(index, text, filters, q.offset, q.limit)
      : text ? index.search(text, filters, q.offset, q.limit) : index.browse(filters, q.offset, q.limit);
    // A person asking for 开饭店 still wants to see the restaurant bundle, so bundles ignore the audience filter.
    const bundles = text ? this.bundleIndexes[sl].search(text, {}, 0, 5).hits.filter((h) => h.score >= BUNDLE_MIN_SCORE) : [];
    return {
      total: result.total,
      items: result.hits.map((h) => ({
        ...this.summaryOf(this.entries.get(h.code)!, lang),
        ...(text ? { nameHighlight: this.inScript(h.nameHighlight, lang) } : {}),
        ...(h.matchedIn ? { matchedIn: { field: h.matchedIn.field, snippet: this.inScript(h.matchedIn.snippet, lang) } } : {}),
        ...(h.variants ? { variants: h.variants } : {}),
      })),
      bundles: bundles.map((b) => {
        const n = this.bundleNames.get(b.code)![lang];
        return { code: b.code, name: n.name, nameHighlight: this.inScript(b.nameHighlight, lang), ...(n.untranslated.length ? { untranslated: n.untranslated } : {}) };
      }),
      language: lang,
    };
  }

  /**
   * One hit per item (基本目录 baseCode): the best-ranked implementation stands for the group, the others
   * (other districts) ride along as variants, city first. The whole ranking is grouped before the page
   * is cut, so a page never repeats an item and `total` counts items.
   */
  private grouped(index: SearchIndex, text: string, filters: SearchFilters, offset: number, limit: number): SearchResult & { hits: (SearchHit & { variants?: Variant[] })[] } {
    const all = text ? index.search(text, filters, 0, MAX_GROUPED_HITS) : index.browse(filters, 0, MAX_GROUPED_HITS);
    const groups = new Map<string, { hit: SearchHit; variants: Variant[] }>();
    for (const h of all.hits) {
      const item = this.entries.get(h.code)!.item;
      const variant = { code: item.code, region: item.region, regionName: regionName(item.region) ?? item.region };
      const group = groups.get(item.baseCode);
      if (group) group.variants.push(variant);
      else groups.set(item.baseCode, { hit: h, variants: [variant] });
    }
    const rows = [...groups.values()];
    return {
      total: rows.length,
      hits: rows.slice(offset, offset + limit).map((g) => ({ ...g.hit, variants: g.variants.sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : 0)) })),
    };
  }

  hot(opts: { audience?: Audience; limit: number }, lang: ContentLanguage = 'zh-Hans') {
    return {
      items: this.indexes.zh.browse({ audience: opts.audience }, 0, opts.limit).hits.map((h) => {
        const e = this.entries.get(h.code)!;
        const n = e.names[lang];
        return { code: e.item.code, name: n.name, departmentCode: e.item.departmentCode, usage: h.usage, ...(n.untranslated.includes('name') ? { untranslated: ['name'] } : {}) };
      }),
      language: lang,
    };
  }

  /** The name of a bundle in `lang` (bundles feature), 简体中文 when it has no translation. */
  bundleName(code: string, lang: ContentLanguage): string | undefined {
    return this.bundleNames.get(code)?.[lang].name;
  }

  /** 简体中文 runs of a highlight, in 繁體中文 when asked (the runs keep their length). */
  private inScript(h: Highlight, lang: ContentLanguage): Highlight {
    if (lang !== 'zh-Hant') return h;
    return h.map((r) => {
      let t = this.hant.get(r.text);
      if (t === undefined) {
        if (this.hant.size > 20_000) this.hant.clear();
        this.hant.set(r.text, (t = toTraditional(r.text)));
      }
      return { text: t, match: r.match };
    });
  }

  private placeName(code: string, zh: string, lang: ContentLanguage): string {
    let names = this.placeNames.get(code);
    if (!names) {
      names = Object.fromEntries(ALL_LANGUAGES.map((l) => [l, localizeNames(zh, '', '', l).name])) as Record<ContentLanguage, string>;
      this.placeNames.set(code, names);
    }
    return names[lang];
  }

  facets(audience?: Audience, lang: ContentLanguage = 'zh-Hans'): Facets {
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
      departments: DEPARTMENTS.filter((d) => byDept.has(d.code)).map((d) => ({ code: d.code, name: this.placeName(d.code, d.name, lang), count: byDept.get(d.code)! })),
      regions: [CITY, ...DISTRICTS].filter((r) => byRegion.has(r.code)).map((r) => ({ code: r.code, name: this.placeName(r.code, r.name, lang), count: byRegion.get(r.code)! })),
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
  async guide(code: string, user: AuthUser | null, today = chinaDate(), lang: ContentLanguage = 'zh-Hans'): Promise<ServiceGuide> {
    const e = this.entries.get(code);
    if (!e || !e.published) throw new AppError(404, 'SERVICE_NOT_FOUND', 'No such service item');
    const usage = await this.repo.countView(code);
    if (usage) this.usageChanged(code, usage);

    const held = user ? await this.heldCertificates(user, code) : null;
    const localized = this.localizedGuide(e, lang);
    const materials: GuideMaterial[] = localized.materials.map((m) => {
      const c = m.certificateKind ? held?.get(m.certificateKind) : undefined;
      return { ...m, fromWallet: c ? { certificateId: c.id, kindName: lang === 'zh-Hant' ? toTraditional(c.kindName) : c.kindName } : null };
    });
    const { untranslated, ...item } = localized;
    const promisedDeadline = addWorkingDays(today, item.promisedTimeLimitDays);
    const legalDeadline = item.legalTimeLimitDays === null ? null : addWorkingDays(today, item.legalTimeLimitDays);
    return {
      ...item,
      materials,
      usage: usageScore(e.usage),
      language: lang,
      untranslated,
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
      await this.deps.audit.record({
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

  private onChange(message: string): void {
    let change: CatalogChange;
    try {
      change = JSON.parse(message) as CatalogChange;
    } catch {
      return;
    }
    if (change.from === this.instance) return;
    if (change.all) void this.refresh().catch(() => {});
    if (change.items?.length) void this.refresh(change.items, { force: true }).catch(() => {});
    if (change.usage?.length) void this.refresh(change.usage).catch(() => {});
  }

  private async announce(change: Omit<CatalogChange, 'from'>): Promise<void> {
    await this.deps.shared.publish(CATALOG_CHANNEL, JSON.stringify({ from: this.instance, ...change }));
  }

  /** Takes counts just written (they are the database's, so newer than what we held) and tells the others soon. */
  private usageChanged(code: string, usage: Usage): void {
    const e = this.entries.get(code);
    if (e) this.setUsage(e, usage);
    this.usageDirty.add(code);
    this.usageTimer ??= setTimeout(() => { void this.publishUsage().catch(() => {}); }, this.deps.usagePublishMs ?? 500).unref();
  }

  /** One message for all usage counted since the last: a busy guide page doesn't send one per view. */
  private async publishUsage(): Promise<void> {
    if (this.usageTimer) clearTimeout(this.usageTimer);
    this.usageTimer = undefined;
    if (this.usageDirty.size === 0) return;
    const codes = [...this.usageDirty];
    this.usageDirty.clear();
    await this.announce({ usage: codes });
  }

  private changes = 0;

  /** Changes whenever an item, a bundle or a usage count does: answers kept from search are then stale. */
  get version(): number {
    return this.changes;
  }

  private setUsage(e: Entry, usage: Usage): void {
    this.changes++;
    e.usage = { seeded: usage.seeded, views: usage.views, applications: usage.applications };
    if (e.published) for (const index of Object.values(this.indexes)) index.setUsage(e.item.code, usageScore(e.usage));
  }

  private put(item: ServiceItem, published: boolean, updatedAt: string, usage: Usage): void {
    this.changes++;
    const dept = departmentName(item.departmentCode) ?? item.implementingBody;
    const region = regionName(item.region) ?? item.region;
    const names = Object.fromEntries(ALL_LANGUAGES.map((l) => [l, localizeNames(item.name, dept, region, l)])) as Record<ContentLanguage, LocalizedNames>;
    const entry: Entry = { item, published, updatedAt, usage: { seeded: usage.seeded, views: usage.views, applications: usage.applications }, names, guides: new Map() };
    this.entries.set(item.code, entry);
    for (const [lang, index] of Object.entries(this.indexes) as [SearchLanguage, SearchIndex][]) {
      if (published) index.upsert(searchDocIn(item, lang), usageScore(entry.usage));
      else index.remove(item.code);
    }
  }

  private indexFor(lang: SearchLanguage): SearchIndex {
    let index = this.indexes[lang];
    if (!index) {
      index = new SearchIndex(this.text, SYNONYMS);
      for (const e of this.entries.values()) if (e.published) index.upsert(searchDocIn(e.item, lang), usageScore(e.usage));
      this.indexes[lang] = index;
    }
    return index;
  }

  private localizedGuide(e: Entry, lang: ContentLanguage): LocalizedItem {
    let g = e.guides.get(lang);
    if (!g) {
      g = localizeItem(e.item, departmentName(e.item.departmentCode) ?? e.item.implementingBody, regionName(e.item.region) ?? e.item.region, lang);
      e.guides.set(lang, g);
    }
    return g;
  }

  private summaryOf(e: Entry, lang: ContentLanguage = 'zh-Hans'): ServiceSummary {
    const i = e.item;
    const n = e.names[lang];
    return {
      code: i.code, name: n.name, type: i.type, departmentCode: i.departmentCode,
      departmentName: n.departmentName, region: i.region, regionName: n.regionName,
      audience: i.audience, lifeEvents: i.lifeEvents, onlineDepth: i.onlineDepth, visits: i.visits, online: i.online,
      applyChannel: i.applyChannel, promisedTimeLimitDays: i.promisedTimeLimitDays, usage: usageScore(e.usage),
      ...(n.untranslated.length ? { untranslated: n.untranslated } : {}),
    };
  }
}
