import type { ServiceItem } from '@zsb/shared/contracts/catalog';
import type { ContentLanguage, TranslatedLanguage } from '@zsb/shared/domain/content-language';
import { toTraditional } from '../../platform/i18n/language';
import { ITEM_KEYWORDS, ITEM_NAMES, type Trio } from './i18n/item-names';
import { PATTERNS, PHRASES } from './i18n/phrases';

/*
 * Catalog content in the five languages. 简体中文 is the source; 繁體中文 is converted with
 * opencc-js; English, French and Japanese come from the written tables in ./i18n (item names,
 * recurring guide phrases, sentence patterns). What has no translation stays 简体中文 and its
 * section is listed in `untranslated`, so the app can mark it 中文原文. Everything here runs when an
 * item is loaded or first shown in a language, and is kept with the item: never per request.
 */

const AT: Record<TranslatedLanguage, 0 | 1 | 2> = { en: 0, fr: 1, ja: 2 };

/**
 * Sections that can be shown in 简体中文 because they have no translation: for a guide name,
 * implementingBody, legalBasis, conditions, materials, procedure, fee, place.address, place.hours,
 * place.window, result, faqs, tips, form, departmentName, regionName; other answers name their own.
 */
export type Section = string;

/** The written translation of one Chinese text, or undefined. */
export function translatePhrase(zh: string, lang: TranslatedLanguage): string | undefined {
  const row: Trio | undefined = PHRASES[zh] ?? ITEM_NAMES[zh];
  if (row) return row[AT[lang]];
  for (const p of PATTERNS) {
    const m = p.zh.exec(zh);
    if (m) return p.to[lang](m, (part) => translatePhrase(part, lang));
  }
  return undefined;
}

/** The name of an item in a written language, or undefined. */
export function itemName(zh: string, lang: TranslatedLanguage): string | undefined {
  const row = ITEM_NAMES[zh];
  return row ? row[AT[lang]] : undefined;
}

export function itemKeywords(zh: string, lang: TranslatedLanguage): string[] {
  return ITEM_KEYWORDS[zh]?.[lang] ?? [];
}

/** Converts or translates texts of one language, remembering which sections fell back to 简体中文. */
export class Localizer {
  readonly untranslated = new Set<Section>();

  constructor(readonly lang: ContentLanguage) {}

  text(zh: string, section: Section): string;
  text(zh: string | null, section: Section): string | null;
  text(zh: string | null, section: Section): string | null {
    if (zh === null || zh === '') return zh;
    if (this.lang === 'zh-Hans') return zh;
    if (this.lang === 'zh-Hant') return toTraditional(zh);
    const t = translatePhrase(zh, this.lang);
    if (t !== undefined) return t;
    this.untranslated.add(section);
    return zh;
  }

  /** Text that only 繁體中文 converts (laws, addresses, forms): other languages keep 简体中文 and mark it. */
  hantOnly(zh: string, section: Section): string;
  hantOnly(zh: string | null, section: Section): string | null;
  hantOnly(zh: string | null, section: Section): string | null {
    if (zh === null || zh === '') return zh;
    if (this.lang === 'zh-Hans') return zh;
    if (this.lang === 'zh-Hant') return toTraditional(zh);
    return this.text(zh, section);
  }

  sections(): Section[] {
    return [...this.untranslated].sort();
  }
}

/** The language-dependent parts of an item's guide (everything else is the same in every language). */
export type LocalizedItem = ServiceItem & { departmentName: string; regionName: string; untranslated: Section[] };

export function localizeItem(item: ServiceItem, departmentName: string, regionName: string, lang: ContentLanguage): LocalizedItem {
  const l = new Localizer(lang);
  const localized: LocalizedItem = {
    ...item,
    name: l.text(item.name, 'name'),
    aliases: lang === 'zh-Hant' ? item.aliases.map(toTraditional) : item.aliases,
    implementingBody: l.text(item.implementingBody, 'implementingBody'),
    legalBasis: item.legalBasis.map((x) => l.hantOnly(x, 'legalBasis')),
    conditions: item.conditions.map((x) => l.text(x, 'conditions')),
    materials: item.materials.map((m) => ({
      ...m,
      name: l.text(m.name, 'materials'),
      condition: l.text(m.condition, 'materials'),
      sourceNote: l.text(m.sourceNote, 'materials'),
      blankForm: l.hantOnly(m.blankForm, 'materials'),
      sample: l.hantOnly(m.sample, 'materials'),
      note: l.text(m.note, 'materials'),
    })),
    procedure: item.procedure.map((p) => ({ name: l.text(p.name, 'procedure'), description: l.text(p.description, 'procedure'), actor: l.text(p.actor, 'procedure') })),
    fee: { ...item.fee, standard: l.text(item.fee.standard, 'fee'), basis: l.hantOnly(item.fee.basis, 'fee') },
    place: { address: l.hantOnly(item.place.address, 'place.address'), hours: l.text(item.place.hours, 'place.hours'), window: l.hantOnly(item.place.window, 'place.window') },
    result: { ...item.result, name: l.text(item.result.name, 'result') },
    faqs: item.faqs.map((f) => ({ question: l.text(f.question, 'faqs'), answer: l.text(f.answer, 'faqs') })),
    tips: item.tips.map((t) => l.text(t, 'tips')),
    form: item.form && (lang === 'zh-Hans' ? item.form : {
      ...item.form,
      fields: item.form.fields.map((f) => ({
        ...f,
        label: l.hantOnly(f.label, 'form'),
        ...(f.placeholder !== undefined ? { placeholder: l.hantOnly(f.placeholder, 'form') } : {}),
        ...(f.help !== undefined ? { help: l.hantOnly(f.help, 'form') } : {}),
        ...(f.group !== undefined ? { group: l.hantOnly(f.group, 'form') } : {}),
        ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: l.hantOnly(o.label, 'form') })) } : {}),
      })),
    }),
    departmentName: l.text(departmentName, 'departmentName'),
    regionName: l.text(regionName, 'regionName'),
    untranslated: [],
  };
  localized.untranslated = l.sections();
  return localized;
}

/** Name, department and region of a summary in one language, and which of them are 简体中文 for want of a translation. */
export interface LocalizedNames {
  name: string;
  departmentName: string;
  regionName: string;
  untranslated: Section[];
}

export function localizeNames(name: string, departmentName: string, regionName: string, lang: ContentLanguage): LocalizedNames {
  const l = new Localizer(lang);
  const out = { name: l.text(name, 'name'), departmentName: l.text(departmentName, 'departmentName'), regionName: l.text(regionName, 'regionName') };
  return { ...out, untranslated: l.sections() };
}
