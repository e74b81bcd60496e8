import { ageOn } from '@zsb/shared/domain/id-number';
import { departmentName, regionName } from '@zsb/shared/domain/regions';
import { generateCertificates } from './certificates';
import { ymd, yearOf } from './dates';
import { generateEnterprises } from './enterprises';
import { generateHousingFund } from './housing-fund';
import { IssuerRegistry } from './issuers';
import { generatePeople, SPECIAL_TAGS } from './personas';
import { Rng } from './prng';
import { generateSocialInsurance } from './social-insurance';
import type { Person, SeedData } from './types';

export * from './types';
export { SPECIAL_PERSONAS, RESIDENT_COUNT } from './personas';

const MARITAL_TEXT = { unmarried: '未婚', married: '已婚', divorced: '离异', widowed: '丧偶' } as const;

/**
 * All synthetic data of the sandbox for one reference date. Each part has its own fixed PRNG seed, so the same
 * reference date always gives the same data, and identities (names, ID numbers, USCCs, certificate ids) do not
 * change from day to day (the minor's birth date moves once a month to keep them 17).
 */
export function generateSeed(referenceDate: string): SeedData {
  const people = generatePeople(new Rng(11643), referenceDate);
  const enterprises = generateEnterprises(new Rng(32100));
  const issuers = new IssuerRegistry(new Rng(2260));
  const certificates = generateCertificates(new Rng(36904), issuers, referenceDate, people, enterprises);

  const jobRng = new Rng(12345);
  const employmentStart = new Map<string, string>();
  for (const p of people) {
    const year = Math.max(yearOf(p.birthDate) + 22, 1995) + jobRng.int(0, 4);
    employmentStart.set(p.personaId, ymd(Math.min(year, 2024), jobRng.int(1, 12), 1));
  }
  const housingFund = generateHousingFund(new Rng(1991), referenceDate, people, employmentStart);
  const socialInsurance = generateSocialInsurance(new Rng(1951), referenceDate, people, employmentStart);

  for (const p of people) p.note = noteFor(p, referenceDate, enterprises);
  return { referenceDate, people, enterprises, certificates, housingFund, socialInsurance };
}

function noteFor(p: Person, referenceDate: string, enterprises: SeedData['enterprises']): string {
  if (p.kind === 'operator') return '运营人员';
  if (p.kind === 'staff') {
    const district = p.jurisdiction && p.jurisdiction !== '330100' ? `（${regionName(p.jurisdiction)}）` : '';
    return `工作人员，${departmentName(p.departmentCode ?? '')}${district}`;
  }
  const parts = ['个人'];
  const age = ageOn(p.birthDate, referenceDate);
  if (age < 18) parts.push('未成年');
  else if (age >= 60) parts.push('长辈');
  parts.push(MARITAL_TEXT[p.maritalStatus]);
  if (enterprises.some((e) => e.legalRepresentativePersonaId === p.personaId)) parts.push('名下企业');
  if (enterprises.some((e) => e.agentPersonaIds.includes(p.personaId))) parts.push('企业代办人');
  const tag = SPECIAL_TAGS[p.personaId];
  if (tag && !parts.includes(tag)) parts.push(tag);
  return parts.join('，');
}
