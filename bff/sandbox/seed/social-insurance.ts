import { ageOn } from '@zsb/shared/domain/id-number';
import { addMonths, addYears } from './dates';
import type { Rng } from './prng';
import type { InsuranceType, Person, SocialInsuranceRecord } from './types';

const TYPES: InsuranceType[] = ['pension', 'medical', 'unemployment', 'injury', 'maternity'];
// 杭州 employee rates: personal 8% pension + 2% medical + 0.5% unemployment; employer 14% + 9.5% + 0.5% + 0.4% injury.
const PERSONAL_RATE = 0.105;
const EMPLOYER_RATE = 0.244;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Social-insurance records for every person: employees pay all five insurances with contributions for the
 * 12 months before the reference month; minors have resident medical insurance only; people aged 60+ draw a pension.
 */
export function generateSocialInsurance(
  rng: Rng,
  referenceDate: string,
  people: Person[],
  employmentStart: Map<string, string>,
): SocialInsuranceRecord[] {
  return people.map((p) => {
    const age = ageOn(p.birthDate, referenceDate);
    const base = rng.int(4462, 24930);
    const record: SocialInsuranceRecord = { idNumber: p.idNumber, name: p.name, insurances: [], contributions: [] };
    if (age < 18) {
      record.insurances.push({ type: 'medical', status: 'active', since: `${p.birthDate.slice(0, 4)}-12-01` });
    } else if (age >= 60) {
      record.insurances.push({ type: 'pension', status: 'retired', since: addYears(p.birthDate, p.gender === 'male' ? 60 : 55) });
      record.insurances.push({ type: 'medical', status: 'active', since: '1998-12-01' });
    } else if (p.employerName) {
      const since = employmentStart.get(p.personaId) ?? '2010-07-01';
      for (const type of TYPES) record.insurances.push({ type, status: 'active', since });
      for (let i = 12; i >= 1; i--) {
        const month = addMonths(`${referenceDate.slice(0, 7)}-01`, -i).slice(0, 7);
        record.contributions.push({
          month,
          base,
          personal: round2(base * PERSONAL_RATE),
          employer: round2(base * EMPLOYER_RATE),
          employerName: p.employerName,
        });
      }
    } else {
      const since = addYears(p.birthDate, 22);
      record.insurances.push({ type: 'pension', status: 'suspended', since });
      record.insurances.push({ type: 'medical', status: 'active', since });
    }
    return record;
  });
}
