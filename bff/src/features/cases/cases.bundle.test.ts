import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundlePlan } from '@zsb/shared/contracts/bundles';
import { startStack, type Session, type Stack } from '../../test/harness';
import { fakeJpeg, multipartFile } from '../uploads/uploads.test-support';
import { sampleFormData } from './cases.test-support';

let stack: Stack;
let applicant: Session;
let police: Session;
let agriculture: Session;
const answers = { kind: 'new', vaccinated: 'no' };

beforeAll(async () => {
  stack = await startStack();
  [applicant, police, agriculture] = await Promise.all(['r001', 'staff-gaj', 'staff-nyncj'].map((p) => stack.login(p)));
});
afterAll(async () => { await stack.close(); });

/** Pays a case's fee at the sandbox platform; the page's return asks the platform, which resumes the case. */
async function payFee(caseId: string) {
  const payment = (await applicant.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/payments`, payload: { channel: 'h5' } })).json();
  await fetch(`${stack.sandboxUrl}/_control/pay/orders/${payment.id}/pay`, { method: 'POST' });
  expect((await applicant.inject({ method: 'GET', url: `/api/v1/payments/${payment.id}` })).json().status).toBe('paid');
}

/** A complete 我要办犬证 submission built from the bundle's own plan: the shared form once, uploads where the wallet cannot help. */
async function dogLicenceBody() {
  const plan: BundlePlan = (await applicant.inject({ method: 'POST', url: '/api/v1/bundles/dog_licence/plan', payload: { answers } })).json();
  const wallet = (await applicant.inject({ method: 'GET', url: '/api/v1/wallet' })).json();
  const held = new Set(wallet.certificates.filter((c: { status: string }) => c.status === 'valid' || c.status === 'expiring').map((c: { kind: string }) => c.kind));
  const materials = [];
  for (const m of plan.materials) {
    if (m.necessity !== 'required' || (m.certificateKind && held.has(m.certificateKind))) continue;
    const up = (await applicant.inject({ method: 'POST', url: '/api/v1/uploads', ...multipartFile(`${m.key}.jpg`, fakeJpeg()) })).json();
    materials.push({ itemCode: m.itemCodes[0]!, source: 'upload', materialKey: m.key, uploadIds: [up.id] });
  }
  return { plan, body: { bundleCode: 'dog_licence', answers, form: sampleFormData(plan.form), materials } };
}

const submit = (body: unknown, key: string) =>
  applicant.inject({ method: 'POST', url: '/api/v1/bundle-cases', payload: body as object, headers: { 'idempotency-key': key } });
const move = (s: Session, id: string, to: string, note?: string) =>
  s.inject({ method: 'POST', url: `/api/v1/staff/cases/${id}/transitions`, payload: { to, ...(note ? { note } : {}) } });
const bundleStatus = async (id: string) => (await applicant.inject({ method: 'GET', url: `/api/v1/cases/${id}` })).json();

describe('submitting a 一件事 bundle', () => {
  it('creates one child case per applicable item, routed to each department, under one bundle case; a retry creates nothing more', async () => {
    const { plan, body } = await dogLicenceBody();
    expect(plan.items.map((i) => i.code)).toEqual(['NYNCJ-0001', 'GAJ-0017']);
    const before = await stack.count('cases');
    const r = await submit(body, 'bundle-key-0001');
    expect(r.statusCode).toBe(201);
    const b = r.json();
    expect(b).toMatchObject({ kind: 'bundle', bundleCode: 'dog_licence', title: '我要办犬证', status: 'submitted', departmentCode: null });
    expect(b.children.map((c: { itemCode: string; departmentCode: string; parentId: string }) => [c.itemCode, c.departmentCode, c.parentId]))
      .toEqual([['NYNCJ-0001', 'nyncj', b.id], ['GAJ-0017', 'gaj', b.id]]);
    expect(await stack.count('cases')).toBe(before + 3);

    const again = await submit(body, 'bundle-key-0001');
    expect(again.json().id).toBe(b.id);
    expect(await stack.count('cases')).toBe(before + 3);

    // The applicant's list shows the bundle, not its children.
    const list = (await applicant.inject({ method: 'GET', url: '/api/v1/cases?limit=100' })).json();
    expect(list.items.filter((c: { id: string }) => c.id === b.id)).toHaveLength(1);
    expect(list.items.some((c: { parentId: string | null }) => c.parentId)).toBe(false);
  });

  it('asks for answers and refuses a bundle nobody defined', async () => {
    const missing = await submit({ bundleCode: 'dog_licence', answers: { kind: 'new' }, form: {}, materials: [] }, 'bundle-key-0002');
    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe('BUNDLE_ANSWERS_INVALID');
    expect((await submit({ bundleCode: 'no_such_bundle', answers: {}, form: {}, materials: [] }, 'bundle-key-0003')).json().code).toBe('BUNDLE_NOT_FOUND');
  });

  it('keeps children independent: one sent back does not restart the other, and the bundle status follows them', async () => {
    const { body } = await dogLicenceBody();
    const b = (await submit(body, 'bundle-key-0004')).json();
    const [vaccination, registration] = b.children as { id: string; itemCode: string }[];

    for (const to of ['pre_review', 'accepted', 'processing']) expect((await move(agriculture, vaccination!.id, to)).statusCode).toBe(200);
    await move(police, registration!.id, 'pre_review');
    expect((await move(police, registration!.id, 'correction_required', '请补充犬只正面照片')).statusCode).toBe(200);

    let parent = await bundleStatus(b.id);
    expect(parent.status).toBe('correction_required');
    expect(parent.children.map((c: { status: string }) => c.status)).toEqual(['processing', 'correction_required']);

    // The clerk of one department cannot touch the other department's child.
    expect((await move(police, vaccination!.id, 'completed')).statusCode).toBe(404);

    const child = (await applicant.inject({ method: 'GET', url: `/api/v1/cases/${registration!.id}` })).json();
    const ownMaterials = body.materials.filter((m) => m.itemCode === registration!.itemCode).map(({ itemCode: _, ...m }) => m);
    const resubmitted = await applicant.inject({ method: 'POST', url: `/api/v1/cases/${registration!.id}/resubmit`,
      payload: { form: sampleFormData(child.formSchema), materials: ownMaterials } });
    expect(resubmitted.statusCode).toBe(200);
    parent = await bundleStatus(b.id);
    expect(parent.children.map((c: { status: string }) => c.status)).toEqual(['processing', 'submitted']);
    expect(parent.status).toBe('submitted');

    await move(agriculture, vaccination!.id, 'completed');
    await move(police, registration!.id, 'pre_review');
    await move(police, registration!.id, 'rejected', '该犬只属于禁养犬种');
    parent = await bundleStatus(b.id);
    expect(parent).toMatchObject({ status: 'completed', partial: true });
    expect(parent.timeline.at(-1)).toMatchObject({ to: 'completed', actor: { role: 'system' } });
  });

  it('derives the bundle status right when both children are moved at the same moment', async () => {
    const { body } = await dogLicenceBody();
    const b = (await submit(body, 'bundle-key-0005')).json();
    const [vaccination, registration] = b.children as { id: string }[];
    for (const to of ['pre_review', 'accepted', 'processing', 'completed']) {
      const [x, y] = await Promise.all([move(agriculture, vaccination!.id, to), move(police, registration!.id, to)]);
      expect([x.statusCode, y.statusCode]).toEqual([200, 200]);
      // 养犬登记 charges a fee: it waits for payment (待缴费) until the applicant pays at the platform.
      if (to === 'accepted') await payFee(registration!.id);
      expect((await bundleStatus(b.id)).status).toBe(to);
    }
    const parent = await bundleStatus(b.id);
    expect(parent).toMatchObject({ status: 'completed', partial: false });
    const seqs = (await stack.rows('caseEvents', { caseId: b.id })).map((e) => e.seq as number).sort((m, n) => m - n);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });
});
