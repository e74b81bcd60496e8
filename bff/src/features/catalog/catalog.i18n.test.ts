import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HotServicesSchema, ServiceGuideSchema, ServiceListSchema, FacetsSchema, type ServiceList } from '@zsb/shared/contracts/catalog';
import { ProblemSchema } from '@zsb/shared/errors';
import { BundleDetailSchema, bundleRoutes } from '@zsb/shared/contracts/bundles';
import { loadDataset } from './dataset/dataset';
import { ITEM_NAMES } from './i18n/item-names';
import { startStack, type Stack } from '../../test/harness';

/*
 * Content in five languages: names, guides, facets and search follow Accept-Language; what has no
 * translation comes back in 简体中文 and is listed in `untranslated`; error titles are localized.
 */

const BundleListSchema = bundleRoutes.list.response!;

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function get(url: string, lang?: string) {
  return stack.app.inject({ method: 'GET', url, headers: lang ? { 'accept-language': lang } : {} });
}

async function search(q: string, lang: string): Promise<ServiceList> {
  const r = await get(`/api/v1/services?q=${encodeURIComponent(q)}&limit=20`, lang);
  expect(r.statusCode, r.body).toBe(200);
  expect(r.headers['content-language']).toBe(lang.split(',')[0]!.split(';')[0]);
  return ServiceListSchema.parse(r.json());
}

const MARRIAGE = '内地居民结婚登记';
const marriageCodes = loadDataset().items.filter((i) => i.name === MARRIAGE).map((i) => i.code);

describe('item names in each language', () => {
  it('answers 简体中文 by default and for unknown languages, with nothing marked', async () => {
    for (const lang of [undefined, 'de-DE']) {
      const r = ServiceListSchema.parse((await get('/api/v1/services?limit=5', lang)).json());
      expect(r.language).toBe('zh-Hans');
      expect(r.items.every((i) => i.untranslated === undefined)).toBe(true);
    }
  });

  it('names every one of the 100 most used items in English, French and Japanese', async () => {
    for (const lang of ['en', 'fr', 'ja']) {
      const r = ServiceListSchema.parse((await get('/api/v1/services?limit=100', lang)).json());
      expect(r.language).toBe(lang);
      expect(r.items.filter((i) => i.untranslated?.includes('name')).map((i) => i.code)).toEqual([]);
    }
    const en = ServiceListSchema.parse((await get('/api/v1/services?limit=100', 'en')).json());
    const fr = ServiceListSchema.parse((await get('/api/v1/services?limit=100', 'fr-FR,fr;q=0.9')).json());
    const zh = ServiceListSchema.parse((await get('/api/v1/services?limit=100')).json());
    expect(en.items.map((i) => i.code)).toEqual(zh.items.map((i) => i.code));
    expect(en.items.every((i) => /^[\x20-\x7e\u2019\u2013]+$/.test(i.name))).toBe(true);
    expect(fr.items.find((i) => i.code === 'GAJ-0014')!.name).toBe('Demande de passeport');
    expect(en.items.find((i) => i.code === 'GAJ-0014')!.departmentName).toBe('Hangzhou Public Security Bureau');
  });

  it('converts to 繁體中文 with opencc, everything covered', async () => {
    const r = ServiceListSchema.parse((await get('/api/v1/services?limit=100', 'zh-TW')).json());
    expect(r.language).toBe('zh-Hant');
    const gjj = r.items.find((i) => i.code === 'GJJ-0001')!;
    expect(gjj.name).toBe('職工提取住房公積金償還住房貸款');
    expect(r.items.every((i) => i.untranslated === undefined)).toBe(true);
  });

  it('falls back to 简体中文 for an item without a translation and marks it', async () => {
    const missing = loadDataset().items.find((i) => !ITEM_NAMES[i.name])!;
    const r = ServiceListSchema.parse((await get(`/api/v1/services?q=${encodeURIComponent(missing.name)}`, 'en')).json());
    const hit = r.items.find((i) => i.code === missing.code)!;
    expect(hit.name).toBe(missing.name);
    expect(hit.untranslated).toContain('name');
  });

  it('localizes hot services and facets', async () => {
    const hot = HotServicesSchema.parse((await get('/api/v1/services/hot?limit=8', 'ja')).json());
    expect(hot.items.every((i) => i.untranslated === undefined)).toBe(true);
    expect(hot.items[0]!.name).toBe('有限責任会社の設立登記');
    const facets = FacetsSchema.parse((await get('/api/v1/services/facets', 'fr')).json());
    expect(facets.departments.find((d) => d.code === 'gaj')!.name).toBe('Bureau de la sécurité publique de Hangzhou');
    expect(facets.regions.find((d) => d.code === '330106')!.name).toBe('District de Xihu');
  });
});

describe('guides in each language', () => {
  it('gives the guide’s headings and key elements in English, marking what stays 简体中文', async () => {
    const r = await get(`/api/v1/services/${marriageCodes[0]}`, 'en');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-language']).toBe('en');
    expect(r.headers.vary).toMatch(/accept-language/i);
    const g = ServiceGuideSchema.parse(r.json());
    expect(g.language).toBe('en');
    expect(g.name).toBe('Marriage registration (mainland residents)');
    expect(g.place.hours).toMatch(/^Working days 9:00–12:00/);
    expect(g.fee.standard).toBe('Free of charge');
    expect(g.procedure.map((p) => p.name)).not.toContain('受理');
    expect(g.departmentName).toBe('Hangzhou Civil Affairs Bureau');
    expect(g.materials.find((m) => m.key === 'id_card')?.name ?? g.materials[0]!.name).toMatch(/[A-Za-z]/);
    expect(g.tips.every((t) => /[A-Za-z]/.test(t))).toBe(true);
    expect(g.conditions[0]).toBe('Both partners marry of their own free will');
    expect(g.implementingBody).toMatch(/District Civil Affairs Bureau, Hangzhou$/);
    expect(g.place.window).toMatch(/^Window \d+$/);
    // The street address and the laws stay 简体中文 and say so.
    expect(g.place.address).toMatch(/杭州/);
    expect(g.untranslated).toEqual(['legalBasis', 'place.address']);
    expect(g.untranslated).not.toContain('place.hours');
    expect(g.untranslated).not.toContain('fee');
  });

  it('gives the same guide in French and Japanese', async () => {
    const fr = ServiceGuideSchema.parse((await get(`/api/v1/services/${marriageCodes[0]}`, 'fr')).json());
    expect(fr.name).toBe('Enregistrement du mariage (résidents de Chine continentale)');
    expect(fr.fee.standard).toBe('Gratuit');
    expect(fr.faqs[0]!.question).toMatch(/\?$/);
    const ja = ServiceGuideSchema.parse((await get(`/api/v1/services/${marriageCodes[0]}`, 'ja')).json());
    expect(ja.name).toBe('婚姻登記（中国本土の住民）');
    expect(ja.place.hours).toMatch(/^平日/);
    expect(ja.fee.standard).toBe('無料');
  });

  it('translates templated answers: promised time limits and what the wallet spares', async () => {
    const g = ServiceGuideSchema.parse((await get('/api/v1/services/GAJ-0014', 'en')).json());
    const answers = g.faqs.map((f) => f.answer).join(' ');
    expect(answers).toMatch(/working day/);
    expect(g.faqs.every((f) => /[A-Za-z]/.test(f.question))).toBe(true);
  });

  it('converts the whole guide to 繁體中文, nothing left untranslated', async () => {
    const g = ServiceGuideSchema.parse((await get('/api/v1/services/GJJ-0001', 'zh-Hant')).json());
    expect(g.language).toBe('zh-Hant');
    expect(g.name).toBe('職工提取住房公積金償還住房貸款');
    expect(g.conditions.join('')).toContain('貸款');
    expect(g.untranslated).toEqual([]);
  });

  it('answers 简体中文 unmarked when asked for it', async () => {
    const g = ServiceGuideSchema.parse((await get('/api/v1/services/GJJ-0001', 'zh-CN')).json());
    expect(g.name).toBe('职工提取住房公积金偿还住房贷款');
    expect(g.language).toBe('zh-Hans');
    expect(g.untranslated).toEqual([]);
  });
});

describe('search in each language', () => {
  it('finds marriage registration by English, French and Japanese words, showing names in that language', async () => {
    const en = await search('marriage', 'en');
    expect(en.items.map((i) => i.code)).toEqual(expect.arrayContaining(marriageCodes));
    const first = en.items.find((i) => marriageCodes.includes(i.code))!;
    expect(first.name).toBe('Marriage registration (mainland residents)');
    expect(first.nameHighlight!.filter((r) => r.match).map((r) => r.text).join('').toLowerCase()).toBe('marriage');

    const fr = await search('mariage', 'fr');
    expect(fr.items.map((i) => i.code)).toEqual(expect.arrayContaining(marriageCodes));
    expect(fr.items[0]!.name).toMatch(/mariage/i);

    const ja = await search('婚姻届', 'ja');
    expect(ja.items.map((i) => i.code)).toEqual(expect.arrayContaining(marriageCodes));
    const jaName = await search('婚姻登記', 'ja');
    expect(jaName.items.slice(0, marriageCodes.length + 3).map((i) => i.code)).toEqual(expect.arrayContaining(marriageCodes));
    expect(jaName.items[0]!.nameHighlight!.some((r) => r.match)).toBe(true);
  });

  it('matches French words with or without accents, and Japanese kana', async () => {
    const a = await search('état civil', 'fr');
    const b = await search('etat civil', 'fr');
    expect(a.items.map((i) => i.code)).toEqual(b.items.map((i) => i.code));
    expect(a.total).toBeGreaterThan(0);
    const kana = await search('パスポート', 'ja');
    expect(kana.items[0]!.code).toBe('GAJ-0014');
    const passport = await search('passport', 'en');
    expect(passport.items[0]!.code).toBe('GAJ-0014');
    expect((await search('passeport', 'fr')).items[0]!.code).toBe('GAJ-0014');
  });

  it('still finds Chinese and pinyin queries in a foreign language, and offers bundles by their translated names', async () => {
    const zh = await search('结婚', 'en');
    expect(zh.items.map((i) => i.code)).toEqual(expect.arrayContaining(marriageCodes));
    expect(zh.items.find((i) => marriageCodes.includes(i.code))!.name).toBe('Marriage registration (mainland residents)');
    const restaurant = await search('restaurant', 'en');
    expect(restaurant.bundles.map((b) => b.code)).toContain('restaurant');
    expect(restaurant.bundles.find((b) => b.code === 'restaurant')!.name).toBe('Opening a restaurant');
    const fr = await search('restaurant', 'fr');
    expect(fr.bundles.find((b) => b.code === 'restaurant')!.name).toBe('Ouvrir un restaurant');
  });

  it('searches 繁體中文 queries and answers in 繁體中文 with highlights', async () => {
    const r = await search('結婚登記', 'zh-Hant');
    expect(r.items[0]!.name).toBe('內地居民結婚登記');
    expect(r.items[0]!.nameHighlight!.filter((x) => x.match).map((x) => x.text).join('')).toBe('結婚登記');
  });
});

describe('一件事 bundles and the home screen in each language', () => {
  it('names every bundle in English, French and Japanese, with descriptions, questions and notices', async () => {
    for (const lang of ['en', 'fr', 'ja'] as const) {
      const list = BundleListSchema.parse((await get('/api/v1/bundles', lang)).json());
      expect(list.items.length).toBeGreaterThanOrEqual(5);
      expect(list.items.filter((b) => b.untranslated).map((b) => b.code)).toEqual([]);
      for (const b of list.items) {
        const d = BundleDetailSchema.parse((await get(`/api/v1/bundles/${b.code}`, lang)).json());
        expect(d.untranslated ?? [], `${lang} ${b.code}`).not.toEqual(expect.arrayContaining(['name']));
        expect(d.untranslated ?? [], `${lang} ${b.code}`).not.toContain('questions');
        expect(d.untranslated ?? [], `${lang} ${b.code}`).not.toContain('notice');
      }
    }
    const en = BundleDetailSchema.parse((await get('/api/v1/bundles/restaurant', 'en')).json());
    expect(en.name).toBe('Opening a restaurant');
    expect(en.questions[0]!.text).toBe('Who is opening the restaurant?');
    const hant = BundleDetailSchema.parse((await get('/api/v1/bundles/restaurant', 'zh-Hant')).json());
    expect(hant.name).toBe('我要開飯店');
    expect(hant.untranslated).toBeUndefined();
  });

  it('names the home screen’s hot services in the asked language', async () => {
    const me = await stack.login('r001');
    // The home screen answers within a time budget; on a busy machine a section can come back degraded, so ask again.
    let home = (await me.inject({ method: 'GET', url: '/api/v1/home', headers: { 'accept-language': 'en' } })).json();
    for (let i = 0; i < 5 && home.hotServices.status !== 'ok'; i++) {
      home = (await me.inject({ method: 'GET', url: '/api/v1/home', headers: { 'accept-language': 'en' } })).json();
    }
    expect(home.hotServices.status).toBe('ok');
    expect(home.hotServices.data.items.every((i: { name: string }) => /^[\x20-\x7e\u2019\u2013]+$/.test(i.name))).toBe(true);
  });
});

describe('message texts in each language', () => {
  it('rebuilds known sentences in the reader’s language, converts to 繁體中文, and marks what stays Chinese', async () => {
    const me = await stack.login('r002');
    const { userId } = (await me.inject({ method: 'GET', url: '/api/v1/me' })).json() as { userId: string };
    const send = (title: string, body: string) => stack.app.messages.send(userId, { kind: 'case_status', title, body });
    await send('已受理：内地居民结婚登记', '「内地居民结婚登记」（办件编号 2026Z0001）已受理。承诺办结日期：2026-12-01。');
    await send('需补正：内地居民结婚登记', '「内地居民结婚登记」（办件编号 2026Z0001）需要补正，请按以下要求一次补齐后重新提交：照片不清晰');
    await send('证照即将到期', '您的居民身份证将于 2026-12-31 到期（还有 30 天），请及时办理换领。');
    await send('一条没有模板的消息', '自由文本');
    const read = async (lang: string) => {
      const r = await me.inject({ method: 'GET', url: '/api/v1/messages', headers: { 'accept-language': lang } });
      expect(r.headers['content-language']).toBe(lang);
      return r.json().items as { title: string; body: string; untranslated?: string[] }[];
    };
    const en = await read('en');
    const byTitle = (items: typeof en, t: string) => items.find((m) => m.title === t)!;
    const accepted = byTitle(en, 'Accepted: Marriage registration (mainland residents)');
    expect(accepted.body).toBe('“Marriage registration (mainland residents)” (case 2026Z0001) has been accepted. Promised completion date: 2026-12-01.');
    expect(accepted.untranslated).toBeUndefined();
    const correction = byTitle(en, 'Correction needed: Marriage registration (mainland residents)');
    expect(correction.body).toMatch(/needs corrections; .*照片不清晰$/);
    expect(correction.untranslated).toEqual(['body']);
    expect(byTitle(en, 'A certificate expires soon').body).toBe('Your resident ID card expires on 2026-12-31 (in 30 days). Please renew it in time.');
    expect(byTitle(en, '一条没有模板的消息').untranslated).toEqual(['title', 'body']);
    const fr = await read('fr');
    expect(fr.map((m) => m.title)).toContain('Enregistrée : Enregistrement du mariage (résidents de Chine continentale)');
    const hant = await read('zh-Hant');
    expect(hant.map((m) => m.title)).toContain('已受理：內地居民結婚登記');
    expect(hant.every((m) => m.untranslated === undefined)).toBe(true);
  });
});

describe('error texts in each language', () => {
  it('titles a problem with the sentence for its code in the asked language', async () => {
    const cases: [string | undefined, string][] = [
      [undefined, '未找到该服务事项'], ['zh-Hant', '未找到該服務事項'], ['en', 'We could not find this service.'],
      ['fr', 'Démarche introuvable.'], ['ja', 'この手続きが見つかりません'],
    ];
    for (const [lang, title] of cases) {
      const r = await get('/api/v1/services/ZZZ-9999', lang);
      expect(r.statusCode).toBe(404);
      expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
      const p = ProblemSchema.parse(r.json());
      expect(p.code).toBe('SERVICE_NOT_FOUND');
      expect(p.title).toBe(title);
    }
  });

  it('localizes validation failures and unknown routes too', async () => {
    const bad = ProblemSchema.parse((await get('/api/v1/services?limit=0', 'fr')).json());
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.title).toMatch(/incorrectes/);
    const none = ProblemSchema.parse((await get('/api/v1/nothing-here', 'ja')).json());
    expect(none.code).toBe('NOT_FOUND');
    expect(none.title).toBe('該当する情報が見つかりません');
  });
});
