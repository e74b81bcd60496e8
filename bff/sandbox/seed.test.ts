import { isValidCertificateId } from '@zsb/shared/domain/certificate-id';
import { ageOn, isValidIdNumber } from '@zsb/shared/domain/id-number';
import { DEPARTMENTS } from '@zsb/shared/domain/regions';
import { isValidUscc } from '@zsb/shared/domain/uscc';
import { describe, expect, it } from 'vitest';
import { addDays } from './seed/dates';
import { generateSeed, SPECIAL_PERSONAS } from './seed/index';

const REF = '2026-03-15';
const seed = generateSeed(REF);
const person = (id: string) => seed.people.find((p) => p.personaId === id)!;
const certsOf = (id: string) => seed.certificates.filter((c) => c.holder.id === person(id).idNumber);
const accountOf = (id: string) => seed.housingFund.find((a) => a.idNumber === person(id).idNumber);

describe('sandbox seed data', () => {
  it('gives every person a valid ID number and every enterprise and issuer a valid USCC, all unique', () => {
    for (const p of seed.people) expect(isValidIdNumber(p.idNumber, REF), p.personaId).toBe(true);
    for (const e of seed.enterprises) expect(isValidUscc(e.uscc), e.name).toBe(true);
    for (const c of seed.certificates) expect(isValidUscc(c.issuer.uscc), c.issuer.name).toBe(true);
    expect(new Set(seed.people.map((p) => p.idNumber)).size).toBe(seed.people.length);
    expect(new Set(seed.people.map((p) => p.phone)).size).toBe(seed.people.length);
    for (const p of seed.people) expect(p.phone).toMatch(/^1[3-9]\d{9}$/);
  });

  it('gives every certificate a valid, unique GB/T 36904 identifier', () => {
    for (const c of seed.certificates) expect(isValidCertificateId(c.certificateId), c.certificateId).toBe(true);
    expect(new Set(seed.certificates.map((c) => c.certificateId)).size).toBe(seed.certificates.length);
  });

  it('generates the same data on every build for the same reference date', () => {
    expect(generateSeed(REF)).toEqual(seed);
  });

  it('keeps names, ID numbers and certificate ids stable from one day to the next', () => {
    const tomorrow = generateSeed(addDays(REF, 1));
    expect(tomorrow.people.map((p) => p.idNumber)).toEqual(seed.people.map((p) => p.idNumber));
    expect(tomorrow.certificates.map((c) => c.certificateId)).toEqual(seed.certificates.map((c) => c.certificateId));
  });

  it('has at least 60 residents r001… each holding an id card and 2 to 6 certificates', () => {
    const residents = seed.people.filter((p) => p.kind === 'resident');
    expect(residents.length).toBeGreaterThanOrEqual(60);
    residents.forEach((p, i) => expect(p.personaId).toBe(`r${String(i + 1).padStart(3, '0')}`));
    for (const p of residents) {
      const certs = certsOf(p.personaId);
      expect(certs.length, p.personaId).toBeGreaterThanOrEqual(2);
      expect(certs.length, p.personaId).toBeLessThanOrEqual(6);
      expect(certs.some((c) => c.kind === 'id_card'), p.personaId).toBe(true);
    }
  });

  it('covers at least six certificate kinds held by residents and all ten overall', () => {
    const residentIds = new Set(seed.people.filter((p) => p.kind === 'resident').map((p) => p.idNumber));
    const residentKinds = new Set(seed.certificates.filter((c) => residentIds.has(c.holder.id)).map((c) => c.kind));
    expect(residentKinds.size).toBeGreaterThanOrEqual(6);
    expect(new Set(seed.certificates.map((c) => c.kind)).size).toBe(10);
  });

  it('places certificates expiring in exactly 7, 30 and 90 days and some already expired', () => {
    const expiring = (id: string, kind: string) => certsOf(id).find((c) => c.kind === kind)!.validUntil;
    expect(expiring(SPECIAL_PERSONAS.expiresIn7Days, 'id_card')).toBe(addDays(REF, 7));
    expect(expiring(SPECIAL_PERSONAS.expiresIn30Days, 'driving_licence')).toBe(addDays(REF, 30));
    expect(expiring(SPECIAL_PERSONAS.expiresIn90Days, 'residence_permit')).toBe(addDays(REF, 90));
    expect(expiring(SPECIAL_PERSONAS.expired, 'residence_permit')).toBe(addDays(REF, -15));
    const expired = seed.certificates.filter((c) => c.validUntil !== null && c.validUntil < REF);
    expect(expired.length).toBeGreaterThanOrEqual(2);
  });

  it('moves expiry dates with the reference date so "expiring soon" holds on any day', () => {
    const later = generateSeed('2031-07-01');
    const r009 = later.people.find((p) => p.personaId === SPECIAL_PERSONAS.expiresIn7Days)!;
    const idCard = later.certificates.find((c) => c.holder.id === r009.idNumber && c.kind === 'id_card')!;
    expect(idCard.validUntil).toBe('2031-07-08');
  });

  it('marries r001 and r002 with marriage certificates naming each other', () => {
    const a = person(SPECIAL_PERSONAS.ordinaryMarried);
    const b = person(SPECIAL_PERSONAS.spouse);
    expect(a.spousePersonaId).toBe(b.personaId);
    expect(b.spousePersonaId).toBe(a.personaId);
    const ma = certsOf(a.personaId).find((c) => c.kind === 'marriage_certificate')!;
    const mb = certsOf(b.personaId).find((c) => c.kind === 'marriage_certificate')!;
    expect(ma.fields.spouseIdNumber).toBe(b.idNumber);
    expect(mb.fields.spouseIdNumber).toBe(a.idNumber);
    expect(ma.number).toBe(mb.number);
  });

  it('gives r001 a loan from a previous year with repayments this year, and r002 a fund account', () => {
    const loan = accountOf(SPECIAL_PERSONAS.ordinaryMarried)!.loans[0];
    expect(loan.kind).toBe('commercial');
    expect(Number(loan.startDate.slice(0, 4))).toBeLessThan(2026);
    expect(loan.repaymentsThisYear.length).toBeGreaterThan(0);
    for (const r of loan.repaymentsThisYear) expect(r.date.startsWith('2026-') && r.date <= REF).toBe(true);
    expect(accountOf(SPECIAL_PERSONAS.spouse)!.balance).toBeGreaterThan(0);
  });

  it('still has r001 repaying this year on the first of January', () => {
    const jan1 = generateSeed('2027-01-01');
    const r001 = jan1.people.find((p) => p.personaId === 'r001')!;
    const loan = jan1.housingFund.find((a) => a.idNumber === r001.idNumber)!.loans[0];
    expect(loan.repaymentsThisYear).toHaveLength(1);
  });

  it('has a 17-year-old, an elder aged 60 or more and a loan that started this year', () => {
    expect(ageOn(person(SPECIAL_PERSONAS.minor).birthDate, REF)).toBe(17);
    const later = generateSeed('2030-12-31').people.find((p) => p.personaId === SPECIAL_PERSONAS.minor)!;
    expect(ageOn(later.birthDate, '2030-12-31')).toBe(17);
    expect(ageOn(person(SPECIAL_PERSONAS.elder).birthDate, REF)).toBeGreaterThanOrEqual(60);
    expect(accountOf(SPECIAL_PERSONAS.loanThisYear)!.loans[0].startDate.slice(0, 4)).toBe('2026');
  });

  it('has a married resident without a marriage certificate', () => {
    const p = person(SPECIAL_PERSONAS.marriedWithoutCertificate);
    expect(p.maritalStatus).toBe('married');
    expect(p.spousePersonaId).toBeDefined();
    expect(certsOf(p.personaId).some((c) => c.kind === 'marriage_certificate')).toBe(false);
  });

  it('has withdrawals 800.00 short of the total repaid for the near-limit resident', () => {
    const account = accountOf(SPECIAL_PERSONAS.nearWithdrawalLimit)!;
    const loan = account.loans[0];
    const withdrawn = account.withdrawals.filter((w) => w.loanNo === loan.loanNo).reduce((a, w) => a + w.amount, 0);
    expect(Math.round((loan.repaidTotal - withdrawn) * 100) / 100).toBe(800);
  });

  it('has a resident with a revoked certificate', () => {
    expect(certsOf(SPECIAL_PERSONAS.revokedCertificate).some((c) => c.status === 'revoked')).toBe(true);
  });

  it('links enterprises to resident legal representatives and makes r001 both representative and agent', () => {
    expect(seed.enterprises.length).toBeGreaterThanOrEqual(8);
    for (const e of seed.enterprises) {
      expect(person(e.legalRepresentativePersonaId).kind).toBe('resident');
      expect(seed.certificates.some((c) => c.holder.id === e.uscc && c.kind === 'business_licence')).toBe(true);
      if (e.food) expect(seed.certificates.some((c) => c.holder.id === e.uscc && c.kind === 'food_business_licence')).toBe(true);
    }
    expect(seed.enterprises.some((e) => e.legalRepresentativePersonaId === 'r001')).toBe(true);
    expect(seed.enterprises.some((e) => e.agentPersonaIds.includes('r001'))).toBe(true);
  });

  it('has a clerk per department, two district civil-affairs clerks and an operator', () => {
    for (const d of DEPARTMENTS) {
      const s = person(`staff-${d.code}`);
      expect(s.kind).toBe('staff');
      expect(s.departmentCode).toBe(d.code);
      expect(s.jurisdiction).toBe('330100');
    }
    expect(person('staff-mzj-330106').jurisdiction).toBe('330106');
    expect(person('staff-mzj-330102').jurisdiction).toBe('330102');
    expect(person('operator-1').kind).toBe('operator');
  });
});
