import { describe, expect, it } from 'vitest';
import type { BundleDefinition } from '../contracts/bundles';
import type { FormSchema, Material } from '../contracts/catalog';
import { applicableItemCodes, checkAnswers, combineForms, mergeMaterials, splitBundleData, visibleQuestions } from './bundle-plan';

const yesNo = [{ value: 'yes', label: '是' }, { value: 'no', label: '否' }];
const def: BundleDefinition = {
  code: 'shop', name: '开店', aliases: [], audience: 'enterprise', lifeEvent: 'business_start', description: '', notice: ['须知'],
  questions: [
    { key: 'kind', text: '主体', help: null, options: [{ value: 'company', label: '公司' }, { value: 'individual', label: '个体' }], showIf: [] },
    { key: 'district', text: '区', help: null, options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], showIf: [{ question: 'kind', in: ['individual'] }] },
    { key: 'sign', text: '招牌', help: null, options: yesNo, showIf: [] },
  ],
  items: [
    { itemCode: 'X-0001', when: [{ question: 'kind', in: ['company'] }] },
    { itemCode: 'X-0002', when: [{ question: 'kind', in: ['individual'] }, { question: 'district', in: ['a'] }] },
    { itemCode: 'X-0003', when: [] },
    { itemCode: 'X-0004', when: [{ question: 'sign', in: ['yes'] }] },
  ],
};

const form = (...fields: [string, boolean][]): FormSchema => ({ version: 1, fields: fields.map(([key, required]) => ({ key, label: key, type: 'text' as const, required })) });
const material = (key: string, name: string, certificateKind: string | null = null): Material => ({
  key, name, form: 'original', necessity: 'required', condition: null, count: 1, source: 'applicant', sourceNote: null,
  certificateKind, blankForm: null, sample: null, note: null,
});

describe('guided questions', () => {
  it('asks a dependent question only once its condition holds', () => {
    expect(visibleQuestions(def, {}).map((q) => q.key)).toEqual(['kind', 'sign']);
    expect(visibleQuestions(def, { kind: 'individual' }).map((q) => q.key)).toEqual(['kind', 'district', 'sign']);
  });

  it('requires every visible question, refuses unknown questions and options, and drops answers to hidden ones', () => {
    expect(checkAnswers(def, { kind: 'individual', sign: 'maybe', color: 'red' }).errors).toEqual([
      { path: 'answers.color', message: 'unknown question' },
      { path: 'answers.district', message: 'required' },
      { path: 'answers.sign', message: 'not one of the options' },
    ]);
    expect(checkAnswers(def, { kind: 'company', district: 'a', sign: 'no' })).toEqual({ answers: { kind: 'company', sign: 'no' }, errors: [] });
  });

  it('decides the applicable items in the bundle order', () => {
    expect(applicableItemCodes(def, { kind: 'individual', district: 'a', sign: 'yes' })).toEqual(['X-0002', 'X-0003', 'X-0004']);
    expect(applicableItemCodes(def, { kind: 'individual', district: 'b', sign: 'no' })).toEqual(['X-0003']);
  });
});

describe('one combined form', () => {
  const planned = [
    { code: 'X-0001', name: '登记', form: form(['name', true], ['address', true], ['capital', true]), materials: [material('id', '身份证', 'id_card'), material('m1', '章程')] },
    { code: 'X-0003', name: '许可', form: form(['name', true], ['address', false], ['area', true]), materials: [material('idc', '居民身份证', 'id_card'), material('m1', '章程')] },
  ];

  it('asks each shared field once, first, and groups single-item fields under the item', () => {
    const c = combineForms(planned);
    expect(c.form.fields.map((f) => [f.key, f.group ?? null])).toEqual([['name', null], ['address', null], ['capital', '登记'], ['area', '许可']]);
    expect(c.sharedFieldKeys).toEqual(['name', 'address']);
    expect(c.fieldKeysByItem).toEqual({ 'X-0001': ['name', 'address', 'capital'], 'X-0003': ['name', 'address', 'area'] });
  });

  it('makes a shared field required when any item requires it', () => {
    expect(combineForms([...planned].reverse()).form.fields.find((f) => f.key === 'address')!.required).toBe(true);
  });

  it('splits the filled form back into each item\'s own data', () => {
    const c = combineForms(planned);
    expect(splitBundleData(c.fieldKeysByItem, { name: '张三', address: '西湖区', capital: 100, area: 50 })).toEqual({
      'X-0001': { name: '张三', address: '西湖区', capital: 100 },
      'X-0003': { name: '张三', address: '西湖区', area: 50 },
    });
  });

  it('lists a material shared by several items once, by certificate kind or by name', () => {
    expect(mergeMaterials(planned).map((m) => [m.name, m.itemCodes])).toEqual([
      ['身份证', ['X-0001', 'X-0003']],
      ['章程', ['X-0001', 'X-0003']],
    ]);
  });
});
