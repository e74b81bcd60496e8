import type { ServiceGuide } from '@zsb/shared/contracts/catalog';
import type { Session, Stack } from '../../test/harness';
import { sampleFormData } from '../cases';
import { fakeJpeg, multipartFile } from '../uploads/uploads.test-support';

let keySeq = 0;

/** Submits a real application for `itemCode`: the catalog form filled, ID card from the wallet, other required materials uploaded. */
export async function applyFor(s: Session, itemCode: string, extra: Record<string, unknown> = {}) {
  const guide = (await s.inject({ method: 'GET', url: `/api/v1/services/${itemCode}` })).json() as ServiceGuide;
  const materials = [];
  for (const m of guide.materials) {
    if (m.necessity !== 'required' || m.certificateKind === 'id_card') continue;
    const up = (await s.inject({ method: 'POST', url: '/api/v1/uploads', ...multipartFile(`${m.key}.jpg`, fakeJpeg()) })).json();
    materials.push({ source: 'upload', materialKey: m.key, uploadIds: [up.id] });
  }
  return s.inject({
    method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': `pay-test-${Date.now()}-${++keySeq}` },
    payload: { itemCode, form: sampleFormData(guide.form!), materials, ...extra },
  });
}

export const move = (s: Session, id: string, to: string, note?: string) =>
  s.inject({ method: 'POST', url: `/api/v1/staff/cases/${id}/transitions`, payload: { to, ...(note ? { note } : {}) } });

/** Walks a case through the clerk's steps, failing loudly on the first refusal. */
export async function walk(clerk: Session, id: string, steps: string[], note?: string) {
  for (const to of steps) {
    const r = await move(clerk, id, to, note);
    if (r.statusCode !== 200) throw new Error(`move to ${to}: ${r.statusCode} ${r.body}`);
  }
}

export async function sandbox(stack: Stack, method: 'GET' | 'POST', path: string, body?: unknown) {
  const r = await fetch(`${stack.sandboxUrl}${path}`, {
    method, ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: r.status, json: (r.status === 204 ? null : await r.json()) as any };
}

/** Waits until `check` is true (asynchronous notifications), at most `ms`. */
export async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}
