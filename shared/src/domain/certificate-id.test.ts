import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_KINDS,
  certificateKindInfo,
  isValidCertificateId,
  makeCertificateId,
  mod3736CheckChar,
  parseCertificateId,
} from './certificate-id';

const ISSUER = '91350100M000100Y43';

describe('GB/T 36904 electronic certificate identifiers', () => {
  it('computes the ISO 7064 MOD 37,36 example check character', () => {
    expect(mod3736CheckChar('A12425GABC1234002')).toBe('M');
  });
  it('builds an identifier whose check character covers the dot-less prefix and parts', () => {
    const id = makeCertificateId({ typeCode: '111000000000000001', issuerUscc: ISSUER, serial: '0000000001', version: '001' });
    const body = `1.2.156.3005.2.111000000000000001.${ISSUER}.0000000001.001`;
    expect(id).toBe(`${body}.${mod3736CheckChar(body.replaceAll('.', ''))}`);
    expect(isValidCertificateId(id)).toBe(true);
  });
  it('parses the parts back and names the kind', () => {
    const id = makeCertificateId({ typeCode: '111000000000000004', issuerUscc: ISSUER, serial: 'A1B2', version: '1' });
    expect(parseCertificateId(id)).toMatchObject({
      typeCode: '111000000000000004',
      issuerUscc: ISSUER,
      serial: 'A1B2',
      version: '1',
      kind: 'marriage_certificate',
    });
  });
  it('rejects an identifier with any serial character changed', () => {
    const id = makeCertificateId({ typeCode: '111000000000000001', issuerUscc: ISSUER, serial: '0000000123', version: '001' });
    const serialStart = id.indexOf('.0000000123') + 1;
    for (let i = serialStart; i < serialStart + 10; i++) {
      const mutated = id.slice(0, i) + (id[i] === '9' ? '8' : '9') + id.slice(i + 1);
      expect(isValidCertificateId(mutated), mutated).toBe(false);
    }
  });
  it('rejects a wrong check character, a wrong prefix and a missing part', () => {
    const id = makeCertificateId({ typeCode: '111000000000000001', issuerUscc: ISSUER, serial: '7', version: '001' });
    const other = id.endsWith('0') ? '1' : '0';
    expect(isValidCertificateId(id.slice(0, -1) + other)).toBe(false);
    expect(isValidCertificateId(id.replace('1.2.156.3005.2', '1.2.156.3005.3'))).toBe(false);
    expect(isValidCertificateId(id.split('.').filter((_, i) => i !== 8).join('.'))).toBe(false);
  });
  it('refuses to build from malformed parts', () => {
    expect(() => makeCertificateId({ typeCode: '1110', issuerUscc: ISSUER, serial: '1', version: '001' })).toThrow(RangeError);
    expect(() =>
      makeCertificateId({ typeCode: '111000000000000001', issuerUscc: '91350100M000100Y44', serial: '1', version: '001' }),
    ).toThrow(RangeError);
    expect(() =>
      makeCertificateId({ typeCode: '111000000000000001', issuerUscc: ISSUER, serial: 'a-1', version: '001' }),
    ).toThrow(RangeError);
  });
  it('catalogues ten kinds with distinct 18-digit type codes', () => {
    expect(CERTIFICATE_KINDS).toHaveLength(10);
    expect(new Set(CERTIFICATE_KINDS.map((k) => k.typeCode)).size).toBe(10);
    for (const k of CERTIFICATE_KINDS) expect(k.typeCode).toMatch(/^\d{18}$/);
    expect(certificateKindInfo('id_card')?.name).toBe('居民身份证');
    expect(certificateKindInfo('111000000000000009')?.kind).toBe('business_licence');
  });
});
