import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CERTIFICATE_FIELDS, certificateFieldLabel, isSensitiveField } from '@zsb/shared/domain/certificate-fields';
import { CERTIFICATE_KINDS } from '@zsb/shared/domain/certificate-id';
import { startStack, type Stack } from '../../test/harness';
import type { Certificate } from '@zsb/shared/domain/certificate-rules';
import { toCertificate, type LibraryCertificate } from '../../upstreams/certificates/certificates.client';

// Masking misses fields named …No (issue 12, defect 4): which fields are sensitive is declared per kind.

let stack: Stack;
let library: Certificate[];
beforeAll(async () => {
  stack = await startStack();
  // The sandbox's records, through the same adapter the BFF reads them with.
  library = ([...stack.sandbox.sandboxStore.certificatesById.values()] as LibraryCertificate[]).map(toCertificate);
});
afterAll(async () => { await stack.close(); });

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

describe('sensitive certificate fields are declared per kind', () => {
  it('the sandbox holds every kind, and every field of every certificate is declared for its kind', () => {
    expect(new Set(library.map((c) => c.kind))).toEqual(new Set(CERTIFICATE_KINDS.map((k) => k.kind)));
    const undeclared = new Set<string>();
    for (const c of library) {
      for (const key of Object.keys(c.fields)) {
        if (!(key in (CERTIFICATE_FIELDS as Record<string, Record<string, unknown>>)[c.kind])) undeclared.add(`${c.kind}.${key}`);
      }
    }
    expect([...undeclared]).toEqual([]);
  });

  it('masks every sensitive field of every certificate in the sandbox, in the list and in the detail', () => {
    for (const c of library) {
      const summary = stack.app.wallet.summarize(c);
      const detail = stack.app.wallet.present(c, false);
      const shown = JSON.stringify({ summary, fields: detail.fields.filter((f) => !isSensitiveField(c.kind, f.key)) });
      for (const [key, raw] of Object.entries(c.fields)) {
        const field = detail.fields.find((f) => f.key === key)!;
        expect(field.label).toBe(certificateFieldLabel(c.kind, key));
        if (!isSensitiveField(c.kind, key) || !raw) continue;
        expect(field, `${c.kind}.${key}`).toMatchObject({ masked: true });
        expect(field.value, `${c.kind}.${key}`).not.toBe(String(raw));
        expect(field.value).toContain('*');
        // Dates can coincide with validity dates; any other sensitive value must not appear anywhere else.
        if (!isDate(String(raw))) expect(shown, `${c.kind}.${key} leaks`).not.toContain(String(raw));
      }
      if (Object.entries(c.fields).some(([k, v]) => v === c.number && isSensitiveField(c.kind, k))) expect(summary.number).not.toBe(c.number);
    }
  });

  it('masks socialSecurityNo, cardNo, engineNo, the marriage certificateNo and realEstateUnitNo in the detail view', async () => {
    const s = await stack.login('r001');
    const certs = (await s.inject({ method: 'GET', url: '/api/v1/wallet' })).json().certificates as { id: string; kind: string }[];
    const expectations: Record<string, string[]> = {
      social_security_card: ['socialSecurityNo', 'cardNo'],
      vehicle_licence: ['engineNo', 'vin', 'plateNo'],
      marriage_certificate: ['certificateNo', 'holderIdNumber', 'spouseIdNumber', 'spouseName'],
      property_certificate: ['realEstateUnitNo', 'location'],
    };
    for (const [kind, keys] of Object.entries(expectations)) {
      const cert = certs.find((c) => c.kind === kind)!;
      const raw = stack.sandbox.sandboxStore.certificatesById.get(cert.id)!.fields;
      const detail = (await s.inject({ method: 'GET', url: `/api/v1/wallet/${encodeURIComponent(cert.id)}` })).json();
      for (const key of keys) {
        const f = detail.fields.find((x: { key: string }) => x.key === key);
        expect(f, `${kind}.${key}`).toMatchObject({ masked: true });
        expect(f.value).not.toBe(raw[key]);
        expect(JSON.stringify(detail)).not.toContain(raw[key]);
      }
    }
  });

  it('the reveal audit lists exactly the revealed sensitive fields', async () => {
    const s = await stack.login('r001');
    const certs = (await s.inject({ method: 'GET', url: '/api/v1/wallet' })).json().certificates as { id: string; kind: string }[];
    for (const kind of ['social_security_card', 'vehicle_licence', 'marriage_certificate', 'property_certificate', 'id_card']) {
      const cert = certs.find((c) => c.kind === kind)!;
      const r = await s.inject({ method: 'POST', url: `/api/v1/wallet/${encodeURIComponent(cert.id)}/reveal` });
      expect(r.statusCode).toBe(200);
      const raw = stack.sandbox.sandboxStore.certificatesById.get(cert.id)!.fields;
      expect(r.json().fields.map((f: { key: string; value: string }) => [f.key, f.value])).toEqual(Object.entries(raw));
      const audits = await stack.rows('auditEvents', { certificateId: cert.id, action: 'certificate.reveal' });
      const expected = Object.keys(raw).filter((k) => isSensitiveField(kind, k));
      expect(audits.at(-1)!.fields).toEqual(expected);
    }
  });

  it('labels the enterprise licence name 名称, not 姓名', () => {
    expect(certificateFieldLabel('business_licence', 'name')).toBe('名称');
    expect(certificateFieldLabel('id_card', 'name')).toBe('姓名');
  });

  it('masks a field the library adds that the declaration does not know', () => {
    const c = library.find((x) => x.kind === 'id_card')!;
    const detail = stack.app.wallet.present({ ...c, fields: { ...c.fields, bloodType: 'AB123456' } }, false);
    expect(detail.fields.find((f) => f.key === 'bloodType')).toMatchObject({ label: 'bloodType', masked: true });
  });
});
