import type { Highlight } from '@zsb/shared/contracts/catalog';
import { findNormalized, highlightRuns, isHan, normalizeText, queryTerms, uniqueBigrams, type QueryTerm } from '@zsb/shared/domain/search-text';
import type { Pinyin } from './catalog.text';

/*
 * The in-process search index. Chinese terms go through an inverted index of single characters
 * and character bigrams whose postings also say the best field they occur in: a one- or
 * two-character term is scored from its posting list alone, a longer one is verified as a
 * substring starting at the best field its bigrams allow. Latin terms match pinyin initials or
 * full pinyin of names and aliases; everyday words expand through the synonym table; when exact
 * matching finds (almost) nothing, homophones (same pinyin, wrong character), partial bigram
 * overlap and one-letter pinyin typos are tried. Ranking: relevance, then usage, then code.
 */

export interface SearchDoc {
  code: string;
  name: string;
  /** The name as matched when it differs from the one shown only by character forms (Japanese 登録 is matched as 登录), same length. */
  matchName?: string;
  aliases: string[];
  conditions: string[];
  materials: string[];
  departmentName: string;
  departmentCode: string;
  region: string;
  audience: string[];
  lifeEvents: string[];
  online: boolean;
}

export interface SearchFilters {
  audience?: string;
  lifeEvent?: string;
  department?: string;
  region?: string;
  online?: boolean;
}

export type MatchedField = 'alias' | 'condition' | 'material' | 'department';

export interface SearchHit {
  code: string;
  score: number;
  usage: number;
  nameHighlight: Highlight;
  matchedIn?: { field: MatchedField; snippet: Highlight };
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface TextTools {
  toSimplified(s: string): string;
  pinyinOf(s: string): Pinyin;
}

/** Relevance of one term in one field; the best field counts. */
const SCORE = {
  nameExact: 100, namePrefix: 90, name: 80, aliasExact: 85, alias: 70,
  initialsPrefix: 65, fullPrefix: 64, initials: 60, full: 58, aliasPinyin: 52,
  homophone: 50, aliasHomophone: 45, material: 35, condition: 30, department: 25,
  pinyinTypo: 40, fuzzyBase: 20, fuzzySpan: 25,
} as const;

/** A synonym's expansion ranks a little below the words actually typed. */
const SYNONYM_WEIGHT = 0.85;
/** Fewer exact hits than this and the typo-tolerant passes run. */
const FUZZY_BELOW = 3;
/** Share of a term's bigrams a name must contain to count as a near miss. */
const FUZZY_COVERAGE = 0.5;

interface PinyinView {
  /** Concatenated initials of normalised characters, and each letter's character index. */
  initials: string;
  initialsAt: number[];
  /** Concatenated full pinyin, each letter's character index, and where syllables start. */
  full: string;
  fullAt: number[];
  syllableStart: Set<number>;
  /** ` zhu fang gong ji jin ` for homophone look-up, and the character index of each syllable. */
  spaced: string;
  spacedAt: number[];
}

interface Slot {
  doc: SearchDoc;
  alive: boolean;
  usage: number;
  nameN: string;
  aliasesN: string[];
  materialsN: string[];
  conditionsN: string[];
  departmentN: string;
  namePy: PinyinView;
  aliasesPy: PinyinView[];
}

type Field = 'name' | MatchedField;

/** One term's best match in one document. Highlight positions are worked out later, for the returned page only. */
interface TermMatch {
  score: number;
  field: Field;
  /** Which alias / material / condition matched. */
  index: number;
  /** Normalised text that occurs in the field. */
  needle?: string;
  /** A pinyin match: which view, where in it, how long. */
  py?: { kind: 'initials' | 'full' | 'spaced'; at: number; length: number };
  /** Near miss: the term's bigrams found in the name. */
  grams?: string[];
}

function pinyinView(text: string, py: Pinyin): PinyinView {
  const view: PinyinView = { initials: '', initialsAt: [], full: '', fullAt: [], syllableStart: new Set(), spaced: ' ', spacedAt: [] };
  [...text].forEach((ch, i) => {
    const n = normalizeText(ch);
    if (!n) return;
    const han = isHan(ch);
    const initial = han ? py.initials[i] ?? n : n;
    const syllable = han ? py.syllables[i] ?? n : n;
    for (const c of initial) { view.initials += c; view.initialsAt.push(i); }
    view.syllableStart.add(view.full.length);
    for (const c of syllable) { view.full += c; view.fullAt.push(i); }
    view.spaced += `${syllable} `;
    view.spacedAt.push(i);
  });
  return view;
}

/** Where a bigram occurs in a document, best first; a posting is `id * RANKS + rank`. */
const RANK = { namePrefix: 0, name: 1, alias: 2, material: 3, condition: 4, department: 5, none: 6 } as const;
const RANKS = 8;
const idOf = (posting: number) => Math.floor(posting / RANKS);

/** Ids in both: `ids` plain and ascending, `postings` encoded and ascending. */
function intersectSorted(ids: number[], postings: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < ids.length && j < postings.length) {
    const b = idOf(postings[j]!);
    if (ids[i]! === b) { out.push(b); i++; j++; } else if (ids[i]! < b) i++; else j++;
  }
  return out;
}

function range(from: number, length: number): number[] {
  return Array.from({ length }, (_, k) => from + k);
}

export class SearchIndex {
  private readonly slots: Slot[] = [];
  private readonly byCode = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly synonyms: [string, string[]][];
  /** Alive slots by usage, and filtered slices of it, both rebuilt when usage or the documents change. */
  private hotOrder: number[] | null = null;
  private readonly browseCache = new Map<string, number[]>();
  private readonly acc: Accumulator = { score: new Float64Array(0), run: new Int32Array(0), touched: new Int32Array(0), count: 0, runs: [] };
  private usageChanged = false;
  private alive: number[] | null = null;
  private hotOrderAt = 0;

  constructor(private readonly text: TextTools, synonyms: Record<string, string[]> = {}) {
    // Longest keys first so "身份证丢了" wins over "身份证".
    this.synonyms = Object.entries(synonyms)
      .map(([k, v]): [string, string[]] => [normalizeText(text.toSimplified(k)), v.map((x) => normalizeText(x))])
      .sort((a, b) => b[0].length - a[0].length);
  }

  get size(): number {
    return this.byCode.size;
  }

  /** Adds a document, or replaces the one with the same code (the old slot stops matching). */
  upsert(doc: SearchDoc, usage?: number): void {
    const old = this.byCode.get(doc.code);
    if (old !== undefined) this.slots[old]!.alive = false;
    const id = this.slots.length;
    const nameN = normalizeText(doc.matchName ?? doc.name);
    const slot: Slot = {
      doc,
      alive: true,
      usage: usage ?? (old !== undefined ? this.slots[old]!.usage : 0),
      nameN,
      aliasesN: doc.aliases.map(normalizeText),
      materialsN: doc.materials.map(normalizeText),
      conditionsN: doc.conditions.map(normalizeText),
      departmentN: normalizeText(doc.departmentName),
      namePy: pinyinView(doc.matchName ?? doc.name, this.text.pinyinOf(doc.matchName ?? doc.name)),
      aliasesPy: doc.aliases.map((a) => pinyinView(a, this.text.pinyinOf(a))),
    };
    this.slots.push(slot);
    this.byCode.set(doc.code, id);
    // Each posting carries the best field the bigram occurs in, so a two-character term is scored without reading the text.
    const grams = new Map<string, number>();
    const add = (g: string, rank: number) => { const r = grams.get(g); if (r === undefined || rank < r) grams.set(g, rank); };
    // Single characters too: a one-character query (证, 税) would otherwise read every document.
    const grams1 = (x: string) => [...uniqueBigrams(x), ...new Set([...x].map((c) => CHAR_KEY + c))];
    const first = [...nameN];
    if (first.length >= 2) add(first[0]! + first[1]!, RANK.namePrefix);
    if (first.length >= 1) add(CHAR_KEY + first[0]!, RANK.namePrefix);
    grams1(nameN).forEach((g) => add(g, RANK.name));
    slot.aliasesN.forEach((a) => grams1(a).forEach((g) => add(g, RANK.alias)));
    slot.materialsN.forEach((m) => grams1(m).forEach((g) => add(g, RANK.material)));
    slot.conditionsN.forEach((c) => grams1(c).forEach((g) => add(g, RANK.condition)));
    grams1(slot.departmentN).forEach((g) => add(g, RANK.department));
    for (const py of [slot.namePy, ...slot.aliasesPy]) {
      for (const g of uniqueBigrams(py.initials)) add(PINYIN_KEY + g, RANK.none);
      for (const g of uniqueBigrams(py.full)) add(PINYIN_KEY + g, RANK.none);
      for (const g of syllablePairs(py.spaced.trim().split(' '))) add(g, RANK.none);
    }
    for (const [g, rank] of grams) {
      let list = this.postings.get(g);
      if (!list) this.postings.set(g, (list = []));
      list.push(id * RANKS + rank);
    }
    this.hotOrder = null;
    this.alive = null;
  }

  remove(code: string): void {
    const id = this.byCode.get(code);
    if (id === undefined) return;
    this.slots[id]!.alive = false;
    this.byCode.delete(code);
    this.hotOrder = null;
    this.alive = null;
  }

  usageOf(code: string): number {
    const id = this.byCode.get(code);
    return id === undefined ? 0 : this.slots[id]!.usage;
  }

  setUsage(code: string, usage: number): void {
    const id = this.byCode.get(code);
    if (id === undefined) return;
    this.slots[id]!.usage = usage;
    this.usageChanged = true;
  }

  /** Filtered documents, most used first (browse, 热门服务). */
  browse(filters: SearchFilters, offset: number, limit: number): SearchResult {
    const order = this.byUsage();
    const key = JSON.stringify([filters.audience, filters.lifeEvent, filters.department, filters.region, filters.online]);
    let matching = this.browseCache.get(key);
    if (!matching) {
      matching = order.filter((id) => this.passes(this.slots[id]!, filters));
      this.browseCache.set(key, matching);
    }
    return {
      total: matching.length,
      hits: matching.slice(offset, offset + limit).map((id) => {
        const s = this.slots[id]!;
        return { code: s.doc.code, score: 0, usage: s.usage, nameHighlight: [{ text: s.doc.name, match: false }] };
      }),
    };
  }

  search(q: string, filters: SearchFilters, offset: number, limit: number): SearchResult {
    const terms = queryTerms(this.text.toSimplified(q));
    if (terms.length === 0) return this.browse(filters, offset, limit);
    const acc = this.accumulator();
    try {
      const exact = this.exactMatcher();
      for (const variant of this.variants(terms)) {
        this.collect({ terms: variant.terms, matcher: exact }, variant.weight * (terms.length / variant.terms.length), filters, acc);
      }
      if (acc.count < FUZZY_BELOW) this.collect({ terms, matcher: this.tolerantMatcher(exact) }, 1, filters, acc);
      const page = topK(acc.touched, acc.count, offset + limit, (a, b) => this.compare(acc, a, b)).slice(offset);
      return { total: acc.count, hits: page.map((id) => this.hitOf(id, acc.score[id]!, acc.runs[acc.run[id]!]!)) };
    } finally {
      for (let i = 0; i < acc.count; i++) acc.score[acc.touched[i]!] = -1;
    }
  }

  /**
   * Per-document best score and the run (variant) that reached it, in arrays reused across searches:
   * a broad query matches most of the catalog, and one object per match would keep the collector busy.
   */
  private accumulator(): Accumulator {
    if (this.acc.score.length < this.slots.length) {
      const size = Math.max(1024, this.slots.length * 2);
      this.acc.score = new Float64Array(size).fill(-1);
      this.acc.run = new Int32Array(size);
      this.acc.touched = new Int32Array(size);
    }
    this.acc.count = 0;
    this.acc.runs = [];
    return this.acc;
  }

  private compare(acc: Accumulator, a: number, b: number): number {
    const sa = this.slots[a]!;
    const sb = this.slots[b]!;
    return acc.score[b]! - acc.score[a]! || sb.usage - sa.usage || (sa.doc.code < sb.doc.code ? -1 : sa.doc.code > sb.doc.code ? 1 : 0);
  }

  private aliveIds(): number[] {
    if (!this.alive) {
      this.alive = [];
      this.slots.forEach((s, i) => { if (s.alive) this.alive!.push(i); });
    }
    return this.alive;
  }

  private byUsage(): number[] {
    // Usage changes on every guide view; re-sorting at most once a second keeps browse cheap.
    if (!this.hotOrder || (this.usageChanged && Date.now() - this.hotOrderAt > 1000)) {
      const ids = [...this.aliveIds()];
      ids.sort((a, b) => this.slots[b]!.usage - this.slots[a]!.usage || (this.slots[a]!.doc.code < this.slots[b]!.doc.code ? -1 : 1));
      this.hotOrder = ids;
      this.hotOrderAt = Date.now();
      this.usageChanged = false;
      this.browseCache.clear();
    }
    return this.hotOrder;
  }

  private passes(s: Slot, f: SearchFilters): boolean {
    if (!s.alive) return false;
    if (f.audience && !s.doc.audience.includes(f.audience)) return false;
    if (f.lifeEvent && !s.doc.lifeEvents.includes(f.lifeEvent)) return false;
    if (f.department && s.doc.departmentCode !== f.department) return false;
    if (f.region && s.doc.region !== f.region) return false;
    if (f.online !== undefined && s.doc.online !== f.online) return false;
    return true;
  }

  /** The query as typed, plus one variant per synonym found in it. */
  private variants(terms: QueryTerm[]): { terms: QueryTerm[]; weight: number }[] {
    const out = [{ terms, weight: 1 }];
    terms.forEach((t, i) => {
      if (t.script !== 'han') return;
      for (const [key, expansions] of this.synonyms) {
        if (!t.text.includes(key)) continue;
        for (const e of expansions) {
          const rest = t.text.replace(key, '');
          const replaced: QueryTerm[] = [{ text: e, script: 'han' }];
          // What remains beside the everyday word (e.g. "补办" in "身份证补办") still has to match.
          if (rest.length >= 2) replaced.push({ text: rest, script: 'han' });
          out.push({ terms: [...terms.slice(0, i), ...replaced, ...terms.slice(i + 1)], weight: SYNONYM_WEIGHT });
        }
        break;
      }
    });
    return out;
  }

  /**
   * Every term must match (AND); a document's relevance is the sum over terms times `weight`
   * (a synonym variant passes its weight scaled so that splitting one typed term into two does not double it).
   */
  private collect(run: Run, weight: number, filters: SearchFilters, acc: Accumulator): void {
    const { terms, matcher } = run;
    const runIndex = acc.runs.push(run) - 1;
    // Drive by the term with the fewest candidates; the others are checked on those documents only.
    const lists = terms.map((t) => matcher.candidates(t));
    const driver = lists.reduce((min, l, i) => (l.list.length < lists[min]!.list.length ? i : min), 0);
    const { list, encoded } = lists[driver]!;
    for (const v of list) {
      const id = encoded ? idOf(v) : v;
      if (!this.passes(this.slots[id]!, filters)) continue;
      let sum = 0;
      let ok = true;
      for (let k = 0; k < terms.length; k++) {
        const sc = matcher.score(id, terms[k]!, k === driver && encoded ? v : undefined);
        if (sc < 0) { ok = false; break; }
        sum += sc;
      }
      if (!ok) continue;
      const score = Math.round(sum * weight * 100) / 100;
      const seen = acc.score[id]!;
      if (seen < 0) acc.touched[acc.count++] = id;
      if (seen < score) { acc.score[id] = score; acc.run[id] = runIndex; }
    }
  }

  /** Exact matching: candidates from the posting lists, verified as substrings or pinyin. */
  private exactMatcher(): Matcher {
    const lists = new Map<string, Candidates>();
    // One or two Han characters are one posting list, which already says where they occur.
    // Looked up per candidate, so keyed by the term object rather than by a built string.
    const shortLists = new Map<QueryTerm, number[] | null>();
    const short = (t: QueryTerm) => {
      let v = shortLists.get(t);
      if (v === undefined) {
        const n = [...t.text].length;
        v = t.script === 'han' && n <= 2 ? this.postings.get(n === 1 ? CHAR_KEY + t.text : t.text) ?? [] : null;
        shortLists.set(t, v);
      }
      return v;
    };
    const rankOf = (id: number, t: QueryTerm, posting?: number) => {
      if (posting !== undefined) return posting % RANKS;
      const p = findPosting(short(t)!, id);
      return p < 0 ? -1 : p % RANKS;
    };
    const match = (id: number, t: QueryTerm): TermMatch | null => {
      const s = this.slots[id]!;
      if (t.script === 'latin') return this.matchLatin(s, t.text);
      if (!short(t)) return this.matchText(s, t.text);
      const rank = rankOf(id, t);
      return rank < 0 ? null : { ...this.rankMatch(s, t.text, rank), needle: t.text };
    };
    return {
      candidates: (t) => memo(lists, t, () => {
        const postings = short(t);
        return postings ? { list: postings, encoded: true } : this.candidates(t.text, t.script === 'latin');
      }),
      score: (id, t, posting) => {
        if (t.script === 'latin') return match(id, t)?.score ?? -1;
        if (!short(t)) return this.matchText(this.slots[id]!, t.text, posting === undefined ? RANK.namePrefix : posting % RANKS)?.score ?? -1;
        const rank = rankOf(id, t, posting);
        return rank < 0 ? -1 : this.rankMatch(this.slots[id]!, t.text, rank).score;
      },
      match,
    };
  }

  /** Score and field of a one- or two-character term, from where its posting says it occurs. */
  private rankMatch(s: Slot, term: string, rank: number): { score: number; field: Field; index: number } {
    switch (rank) {
      case RANK.namePrefix: return { score: s.nameN === term ? SCORE.nameExact : SCORE.namePrefix, field: 'name', index: 0 };
      case RANK.name: return { score: SCORE.name, field: 'name', index: 0 };
      case RANK.alias: return { score: s.aliasesN.includes(term) ? SCORE.aliasExact : SCORE.alias, field: 'alias', index: -1 };
      case RANK.material: return { score: SCORE.material, field: 'material', index: -1 };
      case RANK.condition: return { score: SCORE.condition, field: 'condition', index: -1 };
      default: return { score: SCORE.department, field: 'department', index: 0 };
    }
  }

  /** A term that matched (almost) nothing exactly is also tried with typos; exact matches still win. */
  private tolerantMatcher(exact: Matcher): Matcher {
    const maps = new Map<string, Map<number, TermMatch>>();
    const mapOf = (t: QueryTerm) => memo(maps, t, () => {
      const e = new Map<number, TermMatch>();
      const { list, encoded } = exact.candidates(t);
      for (const v of list) {
        const id = encoded ? idOf(v) : v;
        const m = this.slots[id]!.alive ? exact.match(id, t) : null;
        if (m) e.set(id, m);
      }
      if (e.size >= FUZZY_BELOW || (t.script === 'latin' && e.size > 0)) return e;
      const f = this.fuzzyMatches(t);
      for (const [id, m] of e) f.set(id, m);
      return f;
    });
    return {
      candidates: (t) => ({ list: [...mapOf(t).keys()], encoded: false }),
      score: (id, t) => mapOf(t).get(id)?.score ?? -1,
      match: (id, t) => mapOf(t).get(id) ?? null,
    };
  }

  /**
   * Slots that may contain the term: those holding every bigram of it in their text (and, for a
   * Latin term, every letter pair of it in their pinyin); every slot for a single character.
   */
  private candidates(term: string, latin: boolean): Candidates {
    const grams = uniqueBigrams(term);
    if (grams.length === 0) return { list: this.aliveIds(), encoded: false };
    // For Han text the intersection keeps, per slot, the worst best-field of the bigrams: the term cannot occur in a better field.
    if (!latin) return { list: this.intersectRanked(grams), encoded: true };
    const text = this.intersect(grams);
    const py = this.intersect(grams.map((g) => PINYIN_KEY + g));
    return { list: text.length === 0 ? py : [...new Set([...text, ...py])], encoded: false };
  }

  /** Postings (`id * RANKS + rank`) of the slots in every list of `keys`, with the largest rank among them. */
  private intersectRanked(keys: string[]): number[] {
    const lists = keys.map((g) => this.postings.get(g) ?? []).sort((a, b) => a.length - b.length);
    let acc = lists[0]!;
    for (let i = 1; i < lists.length && acc.length > 0; i++) {
      const b = lists[i]!;
      const out: number[] = [];
      let x = 0;
      let y = 0;
      while (x < acc.length && y < b.length) {
        const ia = idOf(acc[x]!);
        const ib = idOf(b[y]!);
        if (ia === ib) { out.push(ia * RANKS + Math.max(acc[x]! % RANKS, b[y]! % RANKS)); x++; y++; } else if (ia < ib) x++; else y++;
      }
      acc = out;
    }
    return acc;
  }

  /** Ids of the slots present in every posting list of `keys`. */
  private intersect(keys: string[]): number[] {
    if (keys.length === 0) return [];
    const lists = keys.map((g) => this.postings.get(g) ?? []).sort((a, b) => a.length - b.length);
    let acc = lists[0]!.map(idOf);
    for (let i = 1; i < lists.length && acc.length > 0; i++) acc = intersectSorted(acc, lists[i]!);
    return acc;
  }

  /** The term as text in a field; the best field wins (name, then alias, material, condition, department). */
  private matchText(s: Slot, term: string, from: number = RANK.namePrefix): TermMatch | null {
    if (from <= RANK.name) {
      const at = s.nameN.indexOf(term);
      if (at >= 0) return { score: s.nameN === term ? SCORE.nameExact : at === 0 ? SCORE.namePrefix : SCORE.name, field: 'name', index: 0, needle: term };
    }
    if (from <= RANK.alias) {
      const a = indexContaining(s.aliasesN, term);
      if (a >= 0) return { score: s.aliasesN[a] === term ? SCORE.aliasExact : SCORE.alias, field: 'alias', index: a, needle: term };
    }
    if (from <= RANK.material) {
      const m = indexContaining(s.materialsN, term);
      if (m >= 0) return { score: SCORE.material, field: 'material', index: m, needle: term };
    }
    if (from <= RANK.condition) {
      const c = indexContaining(s.conditionsN, term);
      if (c >= 0) return { score: SCORE.condition, field: 'condition', index: c, needle: term };
    }
    if (s.departmentN.includes(term)) return { score: SCORE.department, field: 'department', index: 0, needle: term };
    return null;
  }

  /** A Latin term: as text in the name or an alias, or as pinyin initials / full pinyin of them. */
  private matchLatin(s: Slot, term: string): TermMatch | null {
    const text = this.matchText(s, term);
    if (text && text.score >= SCORE.alias) return text;
    const py = s.namePy;
    const i = py.initials.indexOf(term);
    const f = term.length >= 2 ? syllableAligned(py, term) : -1;
    let best: TermMatch | null = text;
    const offer = (m: TermMatch) => { if (!best || m.score > best.score) best = m; };
    if (i >= 0) offer({ score: i === 0 ? SCORE.initialsPrefix : SCORE.initials, field: 'name', index: 0, py: { kind: 'initials', at: i, length: term.length } });
    if (f >= 0) offer({ score: f === 0 ? SCORE.fullPrefix : SCORE.full, field: 'name', index: 0, py: { kind: 'full', at: f, length: term.length } });
    if (best) return best;
    for (let k = 0; k < s.aliasesPy.length; k++) {
      const ap = s.aliasesPy[k]!;
      const ai = ap.initials.indexOf(term);
      if (ai >= 0) return { score: SCORE.aliasPinyin, field: 'alias', index: k, py: { kind: 'initials', at: ai, length: term.length } };
      const af = term.length >= 2 ? syllableAligned(ap, term) : -1;
      if (af >= 0) return { score: SCORE.aliasPinyin, field: 'alias', index: k, py: { kind: 'full', at: af, length: term.length } };
    }
    return null;
  }

  /** Typo-tolerant passes, used only when exact matching found (almost) nothing. */
  private fuzzyMatches(t: QueryTerm): Map<number, TermMatch> {
    const out = new Map<number, TermMatch>();
    if (t.script === 'latin') {
      if (t.text.length < 3) return out;
      // One letter too many, missing or wrong: drop each letter in turn and look for the rest.
      const variants = [...new Set(range(0, t.text.length).map((k) => t.text.slice(0, k) + t.text.slice(k + 1)))];
      for (const v of variants) {
        for (const id of this.intersect(uniqueBigrams(v).map((g) => PINYIN_KEY + g))) {
          const s = this.slots[id]!;
          if (!s.alive || out.has(id)) continue;
          const i = s.namePy.initials.indexOf(v);
          if (i >= 0) out.set(id, { score: SCORE.pinyinTypo, field: 'name', index: 0, py: { kind: 'initials', at: i, length: v.length } });
        }
      }
      return out;
    }
    const chars = [...t.text];
    if (chars.length >= 2) {
      // Same sound, wrong character (公基金 → 公积金).
      const syllables = this.text.pinyinOf(t.text).syllables;
      const spaced = ` ${syllables.join(' ')} `;
      for (const id of this.intersect(syllablePairs(syllables))) {
        const s = this.slots[id]!;
        if (!s.alive) continue;
        const at = s.namePy.spaced.indexOf(spaced);
        if (at >= 0) {
          const first = countSpaces(s.namePy.spaced, at) - 1;
          out.set(id, { score: SCORE.homophone, field: 'name', index: 0, py: { kind: 'spaced', at: first, length: chars.length } });
          continue;
        }
        const a = s.aliasesPy.findIndex((p) => p.spaced.includes(spaced));
        if (a >= 0) out.set(id, { score: SCORE.aliasHomophone, field: 'alias', index: a });
      }
    }
    const grams = uniqueBigrams(t.text);
    if (grams.length >= 2) {
      // Most of the term's character pairs in the name: a wrong, missing or extra character.
      const counts = new Map<number, number>();
      for (const g of grams) for (const p of this.postings.get(g) ?? []) counts.set(idOf(p), (counts.get(idOf(p)) ?? 0) + 1);
      for (const [id, n] of counts) {
        if (out.has(id) || n / grams.length < FUZZY_COVERAGE) continue;
        const s = this.slots[id]!;
        if (!s.alive) continue;
        const hit = grams.filter((g) => s.nameN.includes(g));
        if (hit.length / grams.length < FUZZY_COVERAGE) continue;
        out.set(id, { score: SCORE.fuzzyBase + Math.round(SCORE.fuzzySpan * (hit.length / grams.length)), field: 'name', index: 0, grams: hit });
      }
    }
    return out;
  }

  /** Highlights for one returned hit: the name's matched characters, or where else the query matched. */
  private hitOf(id: number, score: number, run: Run): SearchHit {
    const s = this.slots[id]!;
    const matches = run.terms.map((t) => run.matcher.match(id, t)).filter((m): m is TermMatch => m !== null);
    const marks = new Set<number>();
    let other: { field: MatchedField; text: string; marks: number[] } | undefined;
    for (const m of matches) {
      if (m.field === 'name') {
        for (const i of nameMarks(s, m)) marks.add(i);
      } else if (!other) {
        const text = fieldText(s.doc, m.field, m.index >= 0 ? m.index : indexContaining(fieldList(s, m.field), m.needle ?? ''));
        const py = m.field === 'alias' ? s.aliasesPy[m.index] : undefined;
        other = { field: m.field, text, marks: m.needle ? findNormalized(text, m.needle) : py && m.py ? pinyinMarks(py, m.py) : [] };
      }
    }
    const hit: SearchHit = { code: s.doc.code, score, usage: s.usage, nameHighlight: highlightRuns(s.doc.name, marks) };
    if (other && marks.size === 0) hit.matchedIn = { field: other.field, snippet: excerpt(other.text, other.marks) };
    return hit;
  }
}

/** One way of reading the query (as typed, a synonym variant, or typo-tolerant) and how its terms match. */
interface Run {
  terms: QueryTerm[];
  matcher: Matcher;
}

interface Accumulator {
  /** Best score per slot, -1 when not matched in this search. */
  score: Float64Array;
  /** Index into `runs` of the run that reached the best score. */
  run: Int32Array;
  /** Slots matched in this search: the first `count` entries. */
  touched: Int32Array;
  count: number;
  runs: Run[];
}

/** Candidate slots of a term: plain ids, or posting values (`id * RANKS + rank`) straight from the index. */
interface Candidates {
  list: number[];
  encoded: boolean;
}

interface Matcher {
  candidates(t: QueryTerm): Candidates;
  /** The term's relevance in a slot, -1 when it does not match; `posting` when the caller already holds it. */
  score(id: number, t: QueryTerm, posting?: number): number;
  /** The full match, for highlighting the returned page. */
  match(id: number, t: QueryTerm): TermMatch | null;
}

/** The posting of `id` in an ascending posting list, or -1. */
function findPosting(list: number[], id: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const got = idOf(list[mid]!);
    if (got === id) return list[mid]!;
    if (got < id) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

function memo<T>(cache: Map<string, T>, t: QueryTerm, make: () => T): T {
  const key = `${t.script}:${t.text}`;
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = make()));
  return v;
}

/** Posting-list keys of letter pairs in pinyin, apart from those of text. */
const PINYIN_KEY = '\u0001';
/** Posting-list keys of adjacent syllable pairs, for homophones. */
const SYLLABLE_KEY = '\u0002';
/** Posting-list keys of single characters. */
const CHAR_KEY = '\u0003';

function syllablePairs(syllables: string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < syllables.length; i++) out.add(`${SYLLABLE_KEY}${syllables[i]} ${syllables[i + 1]}`);
  return [...out];
}

function indexContaining(list: string[], term: string): number {
  for (let i = 0; i < list.length; i++) if (list[i]!.includes(term)) return i;
  return -1;
}

/** Where `term` occurs in the full pinyin starting at a syllable boundary, or -1. */
function syllableAligned(py: PinyinView, term: string): number {
  let from = py.full.indexOf(term);
  while (from >= 0) {
    if (py.syllableStart.has(from)) return from;
    from = py.full.indexOf(term, from + 1);
  }
  return -1;
}

function countSpaces(s: string, before: number): number {
  let n = 0;
  for (let i = 0; i <= before; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

function pinyinMarks(py: PinyinView, m: NonNullable<TermMatch['py']>): number[] {
  if (m.kind === 'initials') return py.initialsAt.slice(m.at, m.at + m.length);
  if (m.kind === 'full') return [...new Set(py.fullAt.slice(m.at, m.at + m.length))];
  return py.spacedAt.slice(m.at, m.at + m.length);
}

function nameMarks(s: Slot, m: TermMatch): number[] {
  if (m.needle) return findNormalized(s.doc.matchName ?? s.doc.name, m.needle);
  if (m.py) return pinyinMarks(s.namePy, m.py);
  if (m.grams) return m.grams.flatMap((g) => findNormalized(s.doc.matchName ?? s.doc.name, g));
  return [];
}

function fieldList(s: Slot, field: MatchedField): string[] {
  if (field === 'alias') return s.aliasesN;
  if (field === 'material') return s.materialsN;
  if (field === 'condition') return s.conditionsN;
  return [s.departmentN];
}

function fieldText(doc: SearchDoc, field: MatchedField, index: number): string {
  if (field === 'alias') return doc.aliases[index]!;
  if (field === 'material') return doc.materials[index]!;
  if (field === 'condition') return doc.conditions[index]!;
  return doc.departmentName;
}

/** The first `k` of the first `n` ids in `cmp` order, without sorting everything (a broad query can match most of the catalog). */
function topK(ids: Int32Array, n: number, k: number, cmp: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  for (let x = 0; x < n; x++) {
    const v = ids[x]!;
    if (top.length === k && cmp(v, top[k - 1]!) >= 0) continue;
    let i = top.length < k ? top.length : k - 1;
    if (top.length < k) top.push(v);
    while (i > 0 && cmp(v, top[i - 1]!) < 0) { top[i] = top[i - 1]!; i--; }
    top[i] = v;
  }
  return top;
}

/** A short excerpt (±12 characters) around the matched part of a long text, with the match marked. */
function excerpt(text: string, marks: number[]): Highlight {
  const chars = [...text];
  if (chars.length <= 30 || marks.length === 0) return highlightRuns(text, new Set(marks));
  const from = Math.max(0, Math.min(...marks) - 12);
  const to = Math.min(chars.length, Math.max(...marks) + 13);
  const shifted = new Set(marks.map((i) => i - from));
  const runs = highlightRuns(chars.slice(from, to).join(''), shifted);
  if (from > 0) runs.unshift({ text: '…', match: false });
  if (to < chars.length) runs.push({ text: '…', match: false });
  return runs;
}
