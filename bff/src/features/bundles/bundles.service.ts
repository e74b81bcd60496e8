import type { Audience, ServiceItem } from '@zsb/shared/contracts/catalog';
import type { BundleAnswers, BundleDefinition, BundleDetail, BundleItemRef, BundlePlan } from '@zsb/shared/contracts/bundles';
import { applicableItemCodes, checkAnswers, combineForms, mergeMaterials } from '@zsb/shared/domain/bundle-plan';
import { departmentName } from '@zsb/shared/domain/regions';
import { AppError } from '../../platform/errors';
import type { ContentLanguage } from '@zsb/shared/domain/content-language';
import { Localizer, type CatalogService } from '../catalog';
import { BUNDLES } from './bundles.data';

/** What bundles need from the catalog: the items they are made of. */
export type BundleCatalog = Pick<CatalogService, 'item'>;

/**
 * 一件事 bundles: definitions, and the plan for a set of answers (which items apply, one form
 * asking each shared field once). Submitting a plan is the cases feature's job.
 */
export class BundlesService {
  private readonly byCode: Map<string, BundleDefinition>;

  constructor(private readonly catalog: BundleCatalog, definitions: BundleDefinition[] = BUNDLES) {
    this.byCode = new Map(definitions.map((b) => [b.code, b]));
  }

  all(): BundleDefinition[] {
    return [...this.byCode.values()];
  }

  definition(code: string): BundleDefinition | null {
    return this.byCode.get(code) ?? null;
  }

  /** Bundles in `lang` (names and descriptions; 简体中文 where untranslated, listed in `untranslated`). */
  list(audience?: Audience, lang: ContentLanguage = 'zh-Hans') {
    return {
      items: this.all()
        .filter((b) => !audience || b.audience === audience)
        .map((b) => {
          const l = new Localizer(lang);
          const out = { code: b.code, name: l.text(b.name, 'name'), description: l.text(b.description, 'description'), audience: b.audience, lifeEvent: b.lifeEvent, itemCount: b.items.length };
          const untranslated = l.sections();
          return untranslated.length ? { ...out, untranslated } : out;
        }),
    };
  }

  detail(code: string, lang: ContentLanguage = 'zh-Hans'): BundleDetail {
    const b = this.required(code);
    const l = new Localizer(lang);
    const detail: BundleDetail = {
      code: b.code, name: l.text(b.name, 'name'), description: l.text(b.description, 'description'), audience: b.audience, lifeEvent: b.lifeEvent, itemCount: b.items.length,
      notice: b.notice.map((n) => l.text(n, 'notice')),
      questions: b.questions.map((q) => ({
        ...q, text: l.text(q.text, 'questions'), help: l.text(q.help, 'questions'),
        // District names are place names: converted or translated like the rest.
        options: q.options.map((o) => ({ value: o.value, label: l.text(o.label, 'questions') })),
      })),
      items: b.items.map((i) => {
        const ref = this.refOf(this.itemOf(i.itemCode));
        return { ...ref, name: l.text(ref.name, 'items'), departmentName: l.text(ref.departmentName, 'items') };
      }),
    };
    const untranslated = l.sections();
    return untranslated.length ? { ...detail, untranslated } : detail;
  }

  /** Refuses answers that skip a question, pick no offered option or answer an unknown question (422 BUNDLE_ANSWERS_INVALID). */
  plan(code: string, answers: BundleAnswers): BundlePlan {
    const b = this.required(code);
    const checked = checkAnswers(b, answers);
    if (checked.errors.length > 0) {
      throw new AppError(422, 'BUNDLE_ANSWERS_INVALID', 'Some answers are missing or not one of the options', checked.errors.map((e) => ({ ...e, path: `body.${e.path}` })));
    }
    const applicable = new Set(applicableItemCodes(b, checked.answers));
    const items = b.items.map((i) => this.itemOf(i.itemCode));
    const chosen = items.filter((i) => applicable.has(i.code));
    const combined = combineForms(chosen.map((i) => ({ code: i.code, name: i.name, form: i.form, materials: i.materials })));
    return {
      bundleCode: b.code,
      items: chosen.map((i) => ({ ...this.refOf(i), fieldKeys: combined.fieldKeysByItem[i.code] ?? [] })),
      notApplicable: items.filter((i) => !applicable.has(i.code)).map((i) => this.refOf(i)),
      form: combined.form,
      sharedFieldKeys: combined.sharedFieldKeys,
      materials: mergeMaterials(chosen.map((i) => ({ code: i.code, name: i.name, form: i.form, materials: i.materials }))),
    };
  }

  private required(code: string): BundleDefinition {
    const b = this.byCode.get(code);
    if (!b) throw new AppError(404, 'BUNDLE_NOT_FOUND', 'No such bundle');
    return b;
  }

  private itemOf(code: string): ServiceItem {
    const item = this.catalog.item(code);
    // Definitions are checked against the dataset by tests; a missing item is a deployment fault.
    if (!item) throw new Error(`bundle refers to unknown service item ${code}`);
    return item;
  }

  private refOf(i: ServiceItem): BundleItemRef {
    return {
      code: i.code, name: i.name, departmentCode: i.departmentCode,
      departmentName: departmentName(i.departmentCode) ?? i.implementingBody, promisedTimeLimitDays: i.promisedTimeLimitDays,
    };
  }
}
