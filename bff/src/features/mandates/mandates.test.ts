import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import type { ServiceGuide } from '@zsb/shared/contracts/catalog';
import { latestMandateUntil } from '@zsb/shared/domain/mandates';
import { startStack, type Session, type Stack } from '../../test/harness';
import { sampleFormData } from '../cases/cases.test-support';
import { fakeJpeg, multipartFile } from '../uploads/uploads.test-support';

let stack: Stack;
let grantor: Session; // r001 张伟
let spouse: Session; // r002 王芳, his wife
let fundGuide: ServiceGuide;

beforeAll(async () => {
  stack = await startStack();
  [grantor, spouse] = await Promise.all([stack.login('r001'), stack.login('r002')]);
  fundGuide = (await grantor.inject({ method: 'GET', url: '/api/v1/services/GJJ-0012' })).json();
});
afterAll(async () => { await stack.close(); });

async function person(subject: string) {
  const [row] = await stack.rows('users', { subject });
  return row as { id: string; idNumber: string; name: string };
}

let keySeq = 0;
const submit = (s: Pick<Session, 'inject'>, itemCode: string, form = sampleFormData(fundGuide.form!)) =>
  s.inject({ method: 'POST', url: '/api/v1/cases', payload: { itemCode, form, materials: [] }, headers: { 'idempotency-key': `mandate-test-${++keySeq}` } });

const grant = (s: Session, body: object) => s.inject({ method: 'POST', url: '/api/v1/mandates', payload: body });

/** A session acting under `path`'s answer (the mandate's or ward's act route). */
async function actingSession(s: Session, path: string): Promise<Pick<Session, 'inject'>> {
  const r = await s.inject({ method: 'POST', url: path });
  expect(r.statusCode, r.body).toBe(200);
  const headers = { authorization: `Bearer ${r.json().accessToken}` };
  return { inject: (o: InjectOptions) => stack.app.inject({ ...o, headers: { ...headers, ...(o.headers ?? {}) } }) };
}

async function idCardOf(s: Session): Promise<string> {
  const w = (await s.inject({ method: 'GET', url: '/api/v1/wallet' })).json();
  return w.certificates.find((c: { kind: string }) => c.kind === 'id_card').id;
}

function problem(r: { statusCode: number; headers: Record<string, unknown>; json(): { code: string } }, status: number, code: string) {
  expect(r.statusCode).toBe(status);
  expect(String(r.headers['content-type'])).toContain('application/problem+json');
  expect(r.json().code).toBe(code);
}

describe('a mandate from grant to acting', () => {
  let mandateId: string;
  let helper: Pick<Session, 'inject'>;
  let sharedCert: string;
  let otherCert: string;

  it('is granted to a family member, pending until accepted, and a signed 委托书 on both sides', async () => {
    const wife = await person('r002');
    const wallet = (await grantor.inject({ method: 'GET', url: '/api/v1/wallet' })).json();
    sharedCert = wallet.certificates.find((c: { kind: string }) => c.kind === 'id_card').id;
    otherCert = wallet.certificates.find((c: { kind: string }) => c.kind !== 'id_card').id;
    const r = await grant(grantor, { grantee: { name: wife.name, idNumber: wife.idNumber }, itemCodes: ['GJJ-0012'], certificateIds: [sharedCert] });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toEqual({ id: expect.any(String), status: 'pending' });
    mandateId = r.json().id;

    const mine = (await grantor.inject({ method: 'GET', url: '/api/v1/mandates' })).json();
    const theirs = (await spouse.inject({ method: 'GET', url: '/api/v1/mandates' })).json();
    expect(mine.granted[0]).toMatchObject({ id: mandateId, status: 'pending', role: 'grantor', kind: 'family', itemCodes: ['GJJ-0012'] });
    expect(theirs.received[0]).toMatchObject({ id: mandateId, status: 'pending', role: 'grantee' });
    expect(theirs.received[0].document.code).toBe(mine.granted[0].document.code);
    // The 委托书's code checks out when scanned by anyone.
    const scanned = await stack.login('r005').then((s) => s.inject({ method: 'POST', url: '/api/v1/scan', payload: { text: mine.granted[0].document.code } }));
    expect(scanned.json()).toMatchObject({ kind: 'mandate_document', mandateId, status: 'pending' });
    // Not accepted yet: acting is refused.
    problem(await spouse.inject({ method: 'POST', url: `/api/v1/mandates/${mandateId}/act` }), 403, 'MANDATE_ENDED');
  });

  it('is accepted by the grantee only, and the grantor is told', async () => {
    expect((await grantor.inject({ method: 'POST', url: `/api/v1/mandates/${mandateId}/accept` })).statusCode).toBe(404);
    const r = await spouse.inject({ method: 'POST', url: `/api/v1/mandates/${mandateId}/accept` });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().status).toBe('active');
    problem(await spouse.inject({ method: 'POST', url: `/api/v1/mandates/${mandateId}/accept` }), 409, 'MANDATE_NOT_PENDING');
    const messages = (await grantor.inject({ method: 'GET', url: '/api/v1/messages' })).json();
    expect(JSON.stringify(messages)).toContain('代办委托已生效');
  });

  it('lets the grantee act for the grantor within the granted items and certificates only', async () => {
    helper = await actingSession(spouse, `/api/v1/mandates/${mandateId}/act`);
    const acting = (await helper.inject({ method: 'GET', url: '/api/v1/acting' })).json();
    expect(acting.acting).toMatchObject({ name: '张伟', kind: 'mandate', mandateId, itemCodes: ['GJJ-0012'] });

    const wallet = (await helper.inject({ method: 'GET', url: '/api/v1/wallet' })).json();
    expect(wallet.holder.name).toBe('张伟');
    expect(wallet.certificates.map((c: { id: string }) => c.id)).toEqual([sharedCert]);
    expect((await helper.inject({ method: 'GET', url: `/api/v1/wallet/${sharedCert}` })).statusCode).toBe(200);
    // The home's wallet summary counts only what is shared too.
    const home = (await helper.inject({ method: 'GET', url: '/api/v1/home' })).json();
    expect(home.wallet.data.items.map((c: { id: string }) => c.id)).toEqual([sharedCert]);
    problem(await helper.inject({ method: 'GET', url: `/api/v1/wallet/${otherCert}` }), 403, 'MANDATE_OUT_OF_SCOPE');
    problem(await helper.inject({ method: 'POST', url: `/api/v1/wallet/${otherCert}/presentations`, payload: { purpose: '酒店入住登记' } }), 403, 'MANDATE_OUT_OF_SCOPE');
    const shown = await helper.inject({ method: 'POST', url: `/api/v1/wallet/${sharedCert}/presentations`, payload: { purpose: '酒店入住登记' } });
    expect(shown.statusCode, shown.body).toBe(201);

    const cases = await stack.count('cases');
    const inScope = await submit(helper, 'GJJ-0012');
    expect(inScope.statusCode, inScope.body).toBe(201);
    const caseId = inScope.json().id;
    const [row] = await stack.rows('cases', { id: caseId });
    expect(row!.applicantUserId).toBe((await person('r001')).id);
    const [event] = await stack.rows('caseEvents', { caseId });
    expect(event!.actorUserId).toBe((await person('r002')).id);
    // The grantor sees the case as theirs; the helper may read the case they filed.
    expect((await grantor.inject({ method: 'GET', url: `/api/v1/cases/${caseId}` })).statusCode).toBe(200);
    expect((await helper.inject({ method: 'GET', url: `/api/v1/cases/${caseId}` })).statusCode).toBe(200);

    problem(await submit(helper, 'GJJ-0002'), 403, 'MANDATE_OUT_OF_SCOPE');
    expect(await stack.count('cases')).toBe(cases + 1);
    // Beyond applying and showing: the grantor's usage records, consents, new mandates are out of reach.
    problem(await helper.inject({ method: 'GET', url: '/api/v1/audit-log' }), 403, 'MANDATE_OUT_OF_SCOPE');
    problem(await helper.inject({ method: 'GET', url: '/api/v1/consents' }), 403, 'MANDATE_OUT_OF_SCOPE');
    problem(await helper.inject({ method: 'GET', url: '/api/v1/cases' }), 403, 'MANDATE_OUT_OF_SCOPE');
    problem(await grant(helper as Session, { grantee: { name: '王芳', idNumber: (await person('r002')).idNumber }, itemCodes: ['GJJ-0002'] }), 403, 'MANDATE_OUT_OF_SCOPE');
  });

  it('records both people: the grantor sees the helper in usage records and gets a message', async () => {
    const log = (await grantor.inject({ method: 'GET', url: '/api/v1/audit-log?limit=50' })).json();
    const submitted = log.items.find((e: { action: string }) => e.action === 'mandate.case_submit');
    expect(submitted).toMatchObject({ actor: { kind: 'agent', name: '王*' }, purpose: '申请办事' });
    expect(log.items.some((e: { action: string; certificate: { id: string } | null }) => e.action === 'mandate.certificate_view' && e.certificate?.id === sharedCert)).toBe(true);
    const acts = await stack.rows('mandateActs', { mandateId });
    expect(acts.every((a) => a.agentUserId !== a.principalUserId)).toBe(true);
    expect(acts.map((a) => a.action)).toEqual(expect.arrayContaining(['mandate.case_submit', 'mandate.present', 'mandate.wallet_list', 'mandate.certificate_view']));
    const messages = JSON.stringify((await grantor.inject({ method: 'GET', url: '/api/v1/messages' })).json());
    expect(messages).toContain('为您代办：申请办事');
  });

  it('ends on revocation by the grantor mid-session: the very next request is refused', async () => {
    expect((await helper.inject({ method: 'GET', url: '/api/v1/wallet' })).statusCode).toBe(200);
    expect((await grantor.inject({ method: 'DELETE', url: `/api/v1/mandates/${mandateId}` })).statusCode).toBe(204);
    problem(await helper.inject({ method: 'GET', url: '/api/v1/wallet' }), 403, 'MANDATE_ENDED');
    problem(await submit(helper, 'GJJ-0012'), 403, 'MANDATE_ENDED');
    const theirs = (await spouse.inject({ method: 'GET', url: `/api/v1/mandates/${mandateId}` })).json();
    expect(theirs.status).toBe('ended');
    expect(JSON.stringify((await spouse.inject({ method: 'GET', url: '/api/v1/messages' })).json())).toContain('代办委托已终止');
    // The way back to oneself stays open.
    const back = await helper.inject({ method: 'POST', url: '/api/v1/auth/identity', payload: { kind: 'personal', id: (await person('r002')).id } });
    expect(back.statusCode, back.body).toBe(200);
    const self = await stack.app.inject({ method: 'GET', url: '/api/v1/wallet', headers: { authorization: `Bearer ${back.json().accessToken}` } });
    expect(self.json().holder.name).toBe('王芳');
  });

  it('ends at its expiry: the next request after it is refused', async () => {
    const wife = await person('r002');
    const id = (await grant(grantor, { grantee: { name: wife.name, idNumber: wife.idNumber }, lifeEvents: ['housing'] })).json().id;
    expect((await spouse.inject({ method: 'POST', url: `/api/v1/mandates/${id}/accept` })).statusCode).toBe(200);
    const acting = await actingSession(spouse, `/api/v1/mandates/${id}/act`);
    // A life event covers its items (GJJ-0012 is a housing item); no certificates were shared.
    expect((await submit(acting, 'GJJ-0012')).statusCode).toBe(201);
    expect((await acting.inject({ method: 'GET', url: '/api/v1/wallet' })).json().certificates).toEqual([]);
    const db = stack.database;
    await db.q.update(db.schema.mandates).set({ expiresAt: new Date(Date.now() - 1000).toISOString() }).where(eq(db.schema.mandates.id, id));
    problem(await acting.inject({ method: 'GET', url: '/api/v1/wallet' }), 403, 'MANDATE_ENDED');
    expect((await spouse.inject({ method: 'GET', url: `/api/v1/mandates/${id}` })).json().status).toBe('expired');
    // An expired mandate no longer blocks a new one for the same pair.
    const again = await grant(grantor, { grantee: { name: wife.name, idNumber: wife.idNumber }, itemCodes: ['GJJ-0012'] });
    expect(again.statusCode, again.body).toBe(201);
    expect((await spouse.inject({ method: 'DELETE', url: `/api/v1/mandates/${again.json().id}` })).statusCode).toBe(204);
  });
});

describe('bad input is refused with problem+json and nothing written', () => {
  it('refuses a mandate to oneself, overlapping duplicates, more than a year, strangers and unknown items', async () => {
    const me = await person('r001');
    const wife = await person('r002');
    const stranger = await stack.login('r005').then(() => person('r005'));
    const first = await grant(grantor, { grantee: { name: wife.name, idNumber: wife.idNumber }, itemCodes: ['GJJ-0012'] });
    expect(first.statusCode).toBe(201);
    const [mandates, messages, audit] = await Promise.all([stack.count('mandates'), stack.count('messages'), stack.count('auditEvents')]);

    problem(await grant(grantor, { grantee: { name: me.name, idNumber: me.idNumber }, itemCodes: ['GJJ-0012'] }), 422, 'MANDATE_TO_SELF');
    problem(await grant(grantor, { grantee: { name: wife.name, idNumber: wife.idNumber }, itemCodes: ['GJJ-0002'] }), 409, 'MANDATE_DUPLICATE');
    const tooLate = latestMandateUntil(new Date()).replace(/-(\d\d)$/, (_, d) => `-${String(Number(d) + 1).padStart(2, '0')}`);
    problem(await grant(grantor, { grantee: { name: wife.name, idNumber: wife.idNumber }, itemCodes: ['GJJ-0012'], until: tooLate }), 422, 'MANDATE_TOO_LONG');
    problem(await grant(grantor, { grantee: { name: stranger.name, idNumber: stranger.idNumber }, itemCodes: ['GJJ-0012'] }), 422, 'MANDATE_GRANTEE_NOT_ELIGIBLE');
    problem(await grant(grantor, { grantee: { name: '李四', idNumber: wife.idNumber }, itemCodes: ['GJJ-0012'] }), 422, 'MANDATE_GRANTEE_NOT_ELIGIBLE');
    problem(await grant(grantor, { grantee: { name: wife.name, idNumber: '330106199108231234' }, itemCodes: ['GJJ-0012'] }), 400, 'VALIDATION_FAILED');
    problem(await grant(grantor, { grantee: { name: wife.name, idNumber: wife.idNumber }, itemCodes: [] }), 400, 'VALIDATION_FAILED');
    problem(await grant(grantor, { grantee: { name: wife.name, idNumber: wife.idNumber }, itemCodes: ['NOPE-0001'] }), 422, 'VALIDATION_FAILED');
    problem(await grant(grantor, { grantee: { name: wife.name, idNumber: wife.idNumber }, itemCodes: ['GJJ-0012'], certificateIds: ['not-mine'] }), 422, 'VALIDATION_FAILED');
    problem(await grant(grantor, { grantee: { name: wife.name, idNumber: wife.idNumber }, itemCodes: ['GJJ-0012'], until: '2020-01-01' }), 400, 'VALIDATION_FAILED');

    expect(await stack.count('mandates')).toBe(mandates);
    expect(await stack.count('messages')).toBe(messages);
    expect(await stack.count('auditEvents')).toBe(audit);
    // Someone else's mandate is 404 to a third person.
    const other = await stack.login('r005');
    expect((await other.inject({ method: 'GET', url: `/api/v1/mandates/${first.json().id}` })).statusCode).toBe(404);
    expect((await other.inject({ method: 'DELETE', url: `/api/v1/mandates/${first.json().id}` })).statusCode).toBe(404);
    expect((await grantor.inject({ method: 'DELETE', url: `/api/v1/mandates/${first.json().id}` })).statusCode).toBe(204);
  });
});

describe('guardians of minors', () => {
  it('lets a registered guardian act for the minor of the household without a mandate, and nobody else', async () => {
    const father = await stack.login('r014');
    const { wards } = (await father.inject({ method: 'GET', url: '/api/v1/mandates' })).json();
    expect(wards).toEqual([expect.objectContaining({ name: '陈思远' })]);
    const acting = await actingSession(father, `/api/v1/wards/${wards[0].id}/act`);
    expect((await acting.inject({ method: 'GET', url: '/api/v1/acting' })).json().acting).toMatchObject({ name: '陈思远', kind: 'guardian', mandateId: null });
    const wallet = (await acting.inject({ method: 'GET', url: '/api/v1/wallet' })).json();
    expect(wallet.holder.name).toBe('陈思远');
    expect(wallet.certificates.length).toBeGreaterThan(0);
    // Recorded for the minor with both people.
    const acts = await stack.rows('mandateActs', { mandateId: 'guardian', principalUserId: wards[0].id });
    expect(acts.length).toBeGreaterThan(0);
    // Not a guardian: 404, and no wards listed.
    expect((await grantor.inject({ method: 'GET', url: '/api/v1/mandates' })).json().wards).toEqual([]);
    expect((await grantor.inject({ method: 'POST', url: `/api/v1/wards/${wards[0].id}/act` })).statusCode).toBe(404);
    // A forged guardian claim (someone else's session pointed at the minor) is refused at authentication.
    const forged = stack.app.signAccessToken({ userId: (await person('r001')).id, kind: 'resident', departmentCode: null, region: null, identity: { kind: 'personal', id: wards[0].id, mandateId: 'guardian' } });
    problem(await stack.app.inject({ method: 'GET', url: '/api/v1/wallet', headers: { authorization: `Bearer ${forged}` } }), 403, 'MANDATE_ENDED');
  });
});

describe('assisted mode at a community station', () => {
  it('starts a case for a resident without a phone, who confirms by scanning the one-time code', async () => {
    const helper = await stack.login('helper-330105');
    const elder = await stack.login('r004');
    const elderRow = await person('r004');
    const start = await helper.inject({ method: 'POST', url: '/api/v1/assists', payload: { resident: { name: elderRow.name, idNumber: elderRow.idNumber }, itemCodes: ['GJJ-0012'] } });
    expect(start.statusCode, start.body).toBe(201);
    const { mandateId, code } = start.json();
    expect(code.svg).toContain('<svg');
    // Residents cannot start assisted mode.
    problem(await grantor.inject({ method: 'POST', url: '/api/v1/assists', payload: { resident: { name: elderRow.name, idNumber: elderRow.idNumber }, itemCodes: ['GJJ-0012'] } }), 403, 'FORBIDDEN');
    // Someone else scanning the code is refused; the resident sees what they confirm.
    problem(await grantor.inject({ method: 'POST', url: '/api/v1/scan', payload: { text: code.text } }), 422, 'ASSIST_CODE_INVALID');
    const scanned = (await elder.inject({ method: 'POST', url: '/api/v1/scan', payload: { text: code.text } })).json();
    expect(scanned).toMatchObject({ kind: 'assist_consent', mandateId, itemNames: [fundGuide.name], path: '/mandates/pages/confirm/index' });
    const ok = await elder.inject({ method: 'POST', url: `/api/v1/assists/${mandateId}/confirm`, payload: { code: code.text } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'active', consent: 'scan', kind: 'assisted' });
    problem(await elder.inject({ method: 'POST', url: `/api/v1/assists/${mandateId}/confirm`, payload: { code: code.text } }), 422, 'ASSIST_CODE_INVALID');

    const acting = await actingSession(helper, `/api/v1/mandates/${mandateId}/act`);
    const filed = await submit(acting, 'GJJ-0012');
    expect(filed.statusCode, filed.body).toBe(201);
    const clerk = await stack.login('staff-gjj');
    const seen = (await clerk.inject({ method: 'GET', url: `/api/v1/staff/cases/${filed.json().id}/mandate` })).json();
    expect(seen.mandate).toMatchObject({ kind: 'assisted', consent: 'scan', consentPhotoUrl: null });
    // Another department's clerk does not see the case at all.
    expect((await (await stack.login('staff-mzj')).inject({ method: 'GET', url: `/api/v1/staff/cases/${filed.json().id}/mandate` })).statusCode).toBe(404);
  });

  it('records a paper consent with a photo, which the receiving department sees', async () => {
    const helper = await stack.login('helper-330105');
    await stack.login('r012');
    const resident = await person('r012');
    const { mandateId } = (await helper.inject({ method: 'POST', url: '/api/v1/assists', payload: { resident: { name: resident.name, idNumber: resident.idNumber }, itemCodes: ['GJJ-0012'] } })).json();
    problem(await helper.inject({ method: 'POST', url: `/api/v1/assists/${mandateId}/paper-consent`, payload: { uploadId: 'up_nope' } }), 422, 'VALIDATION_FAILED');
    const upload = await helper.inject({ method: 'POST', url: '/api/v1/uploads', ...multipartFile('consent.jpg', fakeJpeg(), { type: 'image/jpeg' }) });
    expect(upload.statusCode, upload.body).toBe(201);
    const paper = await helper.inject({ method: 'POST', url: `/api/v1/assists/${mandateId}/paper-consent`, payload: { uploadId: upload.json().id } });
    expect(paper.statusCode, paper.body).toBe(200);
    expect(paper.json()).toMatchObject({ status: 'active', consent: 'paper' });
    const acting = await actingSession(helper, `/api/v1/mandates/${mandateId}/act`);
    const filed = await submit(acting, 'GJJ-0012');
    expect(filed.statusCode, filed.body).toBe(201);
    const seen = (await (await stack.login('staff-gjj')).inject({ method: 'GET', url: `/api/v1/staff/cases/${filed.json().id}/mandate` })).json();
    expect(seen.mandate).toMatchObject({ kind: 'assisted', consent: 'paper', consentPhotoUrl: expect.stringContaining('/api/v1/uploads/') });
  });
});

describe('长辈模式 home', () => {
  it('gives five tasks from the person\'s own usage first, the ID card for one-tap 亮证, the hall phone and the helper with a mandate', async () => {
    const elder = await stack.login('r004');
    const home = (await elder.inject({ method: 'GET', url: '/api/v1/home/elder' })).json();
    expect(home.tasks).toHaveLength(5);
    // r004 has an application for GJJ-0012 (filed for her in assisted mode): her own usage comes first.
    expect(home.tasks[0]).toMatchObject({ code: 'GJJ-0012', uses: 1 });
    expect(home.idCard.certificateId).toBe(await idCardOf(elder));
    expect(home.help.hall).toMatchObject({ name: expect.stringContaining('拱墅'), phone: '0571-88330105' });
    expect(home.help.helpers).toEqual([expect.objectContaining({ until: expect.any(String) })]);
  });
});
