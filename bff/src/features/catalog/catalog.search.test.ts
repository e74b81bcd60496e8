import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDoc } from './catalog.search';
import { pinyinOf, toSimplified } from './catalog.text';

function doc(code: string, name: string, over: Partial<SearchDoc> = {}): SearchDoc {
  return {
    code, name, aliases: [], conditions: [], materials: [], departmentName: '杭州市民政局', departmentCode: 'mzj',
    region: '330100', audience: ['personal'], lifeEvents: ['marriage'], online: true, ...over,
  };
}

function index(docs: [SearchDoc, number][], synonyms: Record<string, string[]> = {}): SearchIndex {
  const ix = new SearchIndex({ toSimplified, pinyinOf }, synonyms);
  for (const [d, usage] of docs) ix.upsert(d, usage);
  return ix;
}

const marked = (runs: { text: string; match: boolean }[]) => runs.filter((r) => r.match).map((r) => r.text).join('|');

const fund = doc('GJJ-0001', '职工提取住房公积金偿还住房贷款', { departmentCode: 'gjj', lifeEvents: ['housing'], materials: ['有最近三期还款记录的还款存折'] });
const rent = doc('GJJ-0002', '职工提取住房公积金支付房租', { departmentCode: 'gjj', lifeEvents: ['housing'], aliases: ['租房提取'] });
const marry = doc('MZJ-0001', '内地居民结婚登记', { aliases: ['领证'] });
const reissue = doc('MZJ-0002', '补领结婚证', { online: false });
const firm = doc('SCJGJ-0001', '有限责任公司设立登记', { audience: ['enterprise'], lifeEvents: ['business_start'], departmentCode: 'scjgj', region: '330106' });
const all = index([[fund, 10], [rent, 50], [marry, 5], [reissue, 30], [firm, 1]], { 结婚: ['婚姻登记'], 开公司: ['有限责任公司设立登记'] });
const codes = (q: string, filters = {}) => all.search(q, filters, 0, 20).hits.map((h) => h.code);

describe('the catalog search index', () => {
  it('finds simplified names from traditional characters and marks the match', () => {
    const r = all.search('公積金', {}, 0, 20);
    expect(r.hits.map((h) => h.code)).toEqual(['GJJ-0002', 'GJJ-0001']);
    expect(marked(r.hits[0]!.nameHighlight)).toBe('公积金');
  });

  it('ranks by relevance first and usage second', () => {
    // Both contain 结婚 in the name; the prefix match ranks above the more used infix match.
    expect(codes('结婚')).toEqual(['MZJ-0002', 'MZJ-0001']);
    expect(codes('补领结婚')).toEqual(['MZJ-0002']);
    // Equal relevance: the more used first.
    expect(codes('职工提取')).toEqual(['GJJ-0002', 'GJJ-0001']);
  });

  it('matches pinyin initials and full pinyin, marking the characters', () => {
    const r = all.search('gjj', {}, 0, 20);
    expect(r.hits.map((h) => h.code)).toEqual(['GJJ-0002', 'GJJ-0001']);
    expect(marked(r.hits[0]!.nameHighlight)).toBe('公积金');
    expect(marked(all.search('jiehundengji', {}, 0, 20).hits[0]!.nameHighlight)).toBe('结婚登记');
  });

  it('expands everyday words through the synonym table, below what was literally typed', () => {
    expect(codes('开公司')).toEqual(['SCJGJ-0001']);
  });

  it('searches aliases, materials and conditions and says where it matched', () => {
    const alias = all.search('领证', {}, 0, 20).hits[0]!;
    expect(alias.code).toBe('MZJ-0001');
    expect(alias.matchedIn?.field).toBe('alias');
    const material = all.search('还款存折', {}, 0, 20).hits[0]!;
    expect(material.matchedIn).toMatchObject({ field: 'material' });
    expect(marked(material.matchedIn!.snippet)).toBe('还款存折');
  });

  it('requires every term of a multi-word query', () => {
    expect(codes('公积金 房租')).toEqual(['GJJ-0002']);
    expect(codes('公积金 结婚')).toEqual([]);
    expect(codes('登记 婚')).toEqual(['MZJ-0001']);
    expect(codes('gjj 贷款')).toEqual(['GJJ-0001']);
  });

  it('tolerates a same-sound character, a wrong character and a mistyped pinyin letter when nothing matches exactly', () => {
    expect(codes('公基金')).toEqual(['GJJ-0002', 'GJJ-0001']);
    expect(codes('内地居民结昏登记')).toEqual(['MZJ-0001']);
    expect(codes('gij')).toContain('GJJ-0001');
  });

  it('applies filters', () => {
    expect(codes('登记', { audience: 'enterprise' })).toEqual(['SCJGJ-0001']);
    expect(codes('结婚', { online: false })).toEqual(['MZJ-0002']);
    expect(codes('登记', { region: '330106' })).toEqual(['SCJGJ-0001']);
    expect(all.browse({ lifeEvent: 'housing' }, 0, 10).hits.map((h) => h.code)).toEqual(['GJJ-0002', 'GJJ-0001']);
  });

  it('finds a single character anywhere, names first', () => {
    expect(codes('婚')).toEqual(['MZJ-0002', 'MZJ-0001']);
    expect(codes('证')).toEqual(['MZJ-0002', 'MZJ-0001']);
  });

  it('pages through results and counts them all', () => {
    const r = all.search('职工', {}, 1, 1);
    expect(r.total).toBe(2);
    expect(r.hits.map((h) => h.code)).toEqual(['GJJ-0001']);
  });

  it('follows changes: a replaced document matches by its new text only, a removed one not at all', () => {
    const ix = index([[marry, 1]]);
    ix.upsert({ ...marry, aliases: ['办结婚证'] });
    expect(ix.search('领证', {}, 0, 5).total).toBe(0);
    expect(ix.search('办结婚证', {}, 0, 5).total).toBe(1);
    ix.remove(marry.code);
    expect(ix.search('结婚', {}, 0, 5).total).toBe(0);
    expect(ix.size).toBe(0);
  });

  it('orders browsing by usage and reflects a usage change', async () => {
    const ix = index([[fund, 10], [rent, 50]]);
    expect(ix.browse({}, 0, 5).hits.map((h) => h.code)).toEqual(['GJJ-0002', 'GJJ-0001']);
    ix.setUsage('GJJ-0001', 100);
    // The order is refreshed at most once a second.
    await new Promise((r) => setTimeout(r, 1100));
    expect(ix.browse({}, 0, 5).hits.map((h) => h.code)).toEqual(['GJJ-0001', 'GJJ-0002']);
  });

  it('returns nothing for punctuation-only queries beyond the browse list', () => {
    expect(all.search('，。', {}, 0, 5).total).toBe(5);
    expect(all.search('zzzzqqq', {}, 0, 5).total).toBe(0);
  });
});
