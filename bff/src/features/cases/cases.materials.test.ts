import { describe, expect, it } from 'vitest';
import type { Material } from '@zsb/shared/contracts/catalog';
import { resolveMaterials, splitBundleMaterials, type HeldCertificate } from './cases.materials';

function material(key: string, name: string, over: Partial<Material> = {}): Material {
  return {
    key, name, form: 'original', necessity: 'required', condition: null, count: 1, source: 'applicant',
    sourceNote: null, certificateKind: null, blankForm: null, sample: null, note: null, ...over,
  };
}

const idCard = material('id_card', '居民身份证', { certificateKind: 'id_card' });
const marriage = material('marriage', '结婚证', { certificateKind: 'marriage_certificate', necessity: 'conditional' });
const contract = material('loan_contract', '借款合同');
const photo = material('photo', '近期免冠照片', { necessity: 'optional' });
const ITEM = [idCard, marriage, contract, photo];

const wallet: HeldCertificate[] = [
  { id: 'cert-id', kind: 'id_card', kindName: '居民身份证', status: 'valid' },
  { id: 'cert-old-marriage', kind: 'marriage_certificate', kindName: '结婚证', status: 'revoked' },
  { id: 'cert-dl', kind: 'driving_licence', kindName: '机动车驾驶证', status: 'expiring' },
];
const mine = new Set(['up_aaaaaaaaaaaaaaaa', 'up_bbbbbbbbbbbbbbbb']);

describe('resolving the materials of a submission', () => {
  it('attaches a required material from the wallet when the applicant did not provide it (免提交)', () => {
    const r = resolveMaterials(ITEM, [{ source: 'upload', materialKey: 'loan_contract', uploadIds: ['up_aaaaaaaaaaaaaaaa'] }], wallet, mine);
    expect(r.problems).toEqual([]);
    expect(r.materials).toEqual([
      { key: 'id_card', name: '居民身份证', source: 'wallet', certificateId: 'cert-id', kindName: '居民身份证' },
      { key: 'loan_contract', name: '借款合同', source: 'upload', uploadIds: ['up_aaaaaaaaaaaaaaaa'] },
    ]);
  });

  it('reports a required material that is neither given nor in the wallet', () => {
    const r = resolveMaterials(ITEM, [], [], mine);
    expect(r.problems.map((p) => [p.code, p.message])).toEqual([
      ['MATERIAL_MISSING', 'missing: id_card'],
      ['MATERIAL_MISSING', 'missing: loan_contract'],
    ]);
  });

  it('refuses a wallet reference to a certificate the applicant does not hold, of another kind, or revoked', () => {
    const refs = [
      { source: 'wallet', materialKey: 'id_card', certificateId: 'someone-elses' },
      { source: 'wallet', materialKey: 'marriage', certificateId: 'cert-old-marriage' },
    ] as const;
    expect(resolveMaterials(ITEM, [refs[0]], wallet, mine).problems[0]).toEqual(
      { code: 'CERTIFICATE_NOT_HELD', path: 'body.materials.0.certificateId', message: expect.any(String) },
    );
    expect(resolveMaterials(ITEM, [refs[1]], wallet, mine).problems[0]?.code).toBe('CERTIFICATE_NOT_HELD');
    expect(resolveMaterials(ITEM, [{ source: 'wallet', materialKey: 'id_card', certificateId: 'cert-dl' }], wallet, mine).problems[0]?.code)
      .toBe('CERTIFICATE_NOT_HELD');
  });

  it('refuses a wallet reference for a material no certificate can satisfy', () => {
    const r = resolveMaterials(ITEM, [{ source: 'wallet', materialKey: 'loan_contract', certificateId: 'cert-id' }], wallet, mine);
    expect(r.problems[0]).toMatchObject({ code: 'MATERIAL_INVALID', path: 'body.materials.0.source' });
  });

  it("refuses someone else's upload, unknown material keys and a material given twice", () => {
    const r = resolveMaterials(ITEM, [
      { source: 'upload', materialKey: 'loan_contract', uploadIds: ['up_aaaaaaaaaaaaaaaa', 'up_zzzzzzzzzzzzzzzz'] },
      { source: 'upload', materialKey: 'tax_return', uploadIds: ['up_aaaaaaaaaaaaaaaa'] },
      { source: 'upload', materialKey: 'photo', uploadIds: ['up_bbbbbbbbbbbbbbbb'] },
      { source: 'upload', materialKey: 'photo', uploadIds: ['up_aaaaaaaaaaaaaaaa'] },
    ], wallet, mine);
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ['MATERIAL_INVALID', 'body.materials.0.uploadIds.1'],
      ['MATERIAL_INVALID', 'body.materials.1.materialKey'],
      ['MATERIAL_INVALID', 'body.materials.3.materialKey'],
      ['MATERIAL_MISSING', 'body.materials'],
    ]);
  });

  it('lets the applicant upload a required material even when the wallet could have supplied it', () => {
    const r = resolveMaterials(ITEM, [
      { source: 'upload', materialKey: 'id_card', uploadIds: ['up_bbbbbbbbbbbbbbbb'] },
      { source: 'upload', materialKey: 'loan_contract', uploadIds: ['up_aaaaaaaaaaaaaaaa'] },
    ], wallet, mine);
    expect(r.problems).toEqual([]);
    expect(r.materials[0]).toMatchObject({ key: 'id_card', source: 'upload' });
  });
});

describe('spreading a bundle\'s materials over its child items', () => {
  const licence = material('licence', '营业执照', { certificateKind: 'business_licence' });
  const items = [
    { code: 'SCJGJ-0001', materials: [licence, material('floor_plan', '经营场所平面图')] },
    { code: 'XFJY-0001', materials: [{ ...licence, key: 'business_licence' }, material('fire_plan', '消防设施图')] },
    { code: 'CGJ-0001', materials: [material('sign_design', '招牌设计图')] },
  ];

  it('gives a shared material once and each item gets it under its own key', () => {
    const split = splitBundleMaterials(items, [
      { itemCode: 'SCJGJ-0001', source: 'wallet', materialKey: 'licence', certificateId: 'cert-bl' },
      { itemCode: 'CGJ-0001', source: 'upload', materialKey: 'sign_design', uploadIds: ['up_aaaaaaaaaaaaaaaa'] },
    ]);
    expect(split.problems).toEqual([]);
    expect(split.byItem).toEqual({
      'SCJGJ-0001': [{ source: 'wallet', materialKey: 'licence', certificateId: 'cert-bl' }],
      'XFJY-0001': [{ source: 'wallet', materialKey: 'business_licence', certificateId: 'cert-bl' }],
      'CGJ-0001': [{ source: 'upload', materialKey: 'sign_design', uploadIds: ['up_aaaaaaaaaaaaaaaa'] }],
    });
  });

  it('refuses materials of items that do not apply, unknown keys and a shared material given twice', () => {
    const split = splitBundleMaterials(items, [
      { itemCode: 'WJW-0001', source: 'upload', materialKey: 'x', uploadIds: ['up_aaaaaaaaaaaaaaaa'] },
      { itemCode: 'CGJ-0001', source: 'upload', materialKey: 'nope', uploadIds: ['up_aaaaaaaaaaaaaaaa'] },
      { itemCode: 'SCJGJ-0001', source: 'wallet', materialKey: 'licence', certificateId: 'c1' },
      { itemCode: 'XFJY-0001', source: 'wallet', materialKey: 'business_licence', certificateId: 'c1' },
    ]);
    expect(split.problems.map((p) => p.path)).toEqual([
      'body.materials.0.itemCode', 'body.materials.1.materialKey', 'body.materials.3',
    ]);
  });
});
