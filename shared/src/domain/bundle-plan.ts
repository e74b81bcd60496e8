import type { BundleAnswers, BundleCondition, BundleDefinition, BundleQuestion } from '../contracts/bundles';
import type { FormData, FormField, FormSchema, Material } from '../contracts/catalog';

/**
 * 一件事 planning: which guided questions are asked, which items apply for the answers, and how
 * the items' forms merge into one form that asks each shared field once (and split back per item).
 */

function holds(conditions: BundleCondition[], answers: BundleAnswers): boolean {
  return conditions.every((c) => {
    const a = answers[c.question];
    return a !== undefined && c.in.includes(a);
  });
}

/** The questions to ask for the answers given so far, in order (a later question may depend on an earlier one). */
export function visibleQuestions(def: Pick<BundleDefinition, 'questions'>, answers: BundleAnswers): BundleQuestion[] {
  return def.questions.filter((q) => holds(q.showIf, answers));
}

export interface AnswerError {
  path: string;
  message: string;
}

/**
 * Checks that every visible question has one of its options and nothing else is answered.
 * Returns the answers to visible questions only (answers to questions that became hidden are dropped).
 */
export function checkAnswers(def: BundleDefinition, answers: BundleAnswers): { answers: BundleAnswers; errors: AnswerError[] } {
  const errors: AnswerError[] = [];
  const known = new Set(def.questions.map((q) => q.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) errors.push({ path: `answers.${key}`, message: 'unknown question' });
  }
  const kept: BundleAnswers = {};
  for (const q of visibleQuestions(def, answers)) {
    const a = answers[q.key];
    if (a === undefined) errors.push({ path: `answers.${q.key}`, message: 'required' });
    else if (!q.options.some((o) => o.value === a)) errors.push({ path: `answers.${q.key}`, message: 'not one of the options' });
    else kept[q.key] = a;
  }
  return { answers: kept, errors };
}

/** Codes of the items that apply for (checked) answers, in the bundle's order. */
export function applicableItemCodes(def: BundleDefinition, answers: BundleAnswers): string[] {
  return def.items.filter((i) => holds(i.when, answers)).map((i) => i.itemCode);
}

export interface PlannedItem {
  code: string;
  name: string;
  form: FormSchema | null;
  materials: Material[];
}

export interface CombinedForm {
  form: FormSchema;
  sharedFieldKeys: string[];
  fieldKeysByItem: Record<string, string[]>;
}

/**
 * One form for several items: a field key appears once (first definition wins; a field is
 * required if any item requires it). Shared fields keep no group, so they come first under
 * their own heading; fields of one item only are grouped under that item's name.
 */
export function combineForms(items: PlannedItem[]): CombinedForm {
  const byKey = new Map<string, { field: FormField; items: string[] }>();
  const fieldKeysByItem: Record<string, string[]> = {};
  for (const item of items) {
    const fields = item.form?.fields ?? [];
    fieldKeysByItem[item.code] = fields.map((f) => f.key);
    for (const f of fields) {
      const seen = byKey.get(f.key);
      if (seen) {
        seen.items.push(item.code);
        if (f.required) seen.field = { ...seen.field, required: true };
      } else byKey.set(f.key, { field: f, items: [item.code] });
    }
  }
  const names = new Map(items.map((i) => [i.code, i.name]));
  const entries = [...byKey.values()];
  const shared = entries.filter((e) => e.items.length > 1).map((e) => ({ ...e.field, group: undefined }));
  const single = entries.filter((e) => e.items.length === 1).map((e) => ({ ...e.field, group: names.get(e.items[0]!) }));
  return {
    form: { version: 1, fields: [...shared, ...single] },
    sharedFieldKeys: shared.map((f) => f.key),
    fieldKeysByItem,
  };
}

/** The data of a combined form split into each item's own form data (only that item's keys). */
export function splitBundleData(fieldKeysByItem: Record<string, string[]>, data: FormData): Record<string, FormData> {
  const out: Record<string, FormData> = {};
  for (const [code, keys] of Object.entries(fieldKeysByItem)) {
    const part: FormData = {};
    for (const k of keys) if (k in data) part[k] = data[k]!;
    out[code] = part;
  }
  return out;
}

/** Materials of several items, each once: same certificate kind or, without one, same name. */
export function mergeMaterials(items: PlannedItem[]): (Material & { itemCodes: string[] })[] {
  const merged = new Map<string, Material & { itemCodes: string[] }>();
  for (const item of items) {
    for (const m of item.materials) {
      const key = m.certificateKind ? `kind:${m.certificateKind}` : `name:${m.name}`;
      const seen = merged.get(key);
      if (seen) seen.itemCodes.push(item.code);
      else merged.set(key, { ...m, itemCodes: [item.code] });
    }
  }
  return [...merged.values()];
}
