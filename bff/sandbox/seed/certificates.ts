import { ageOn } from '@zsb/shared/domain/id-number';
import { CERTIFICATE_KINDS, type CertificateKind, makeCertificateId } from '@zsb/shared/domain/certificate-id';
import { regionName } from '@zsb/shared/domain/regions';
import { addDays, addYears, yearOf } from './dates';
import type { IssuerRegistry } from './issuers';
import { MIGRANT_REGIONS } from './names';
import type { Rng } from './prng';
import type { Certificate, Enterprise, Issuer, Person } from './types';

type Validity = { validFrom: string; validUntil: string | null };

/** Validity arranged relative to the reference date: `until` days after it (negative = already expired). */
interface FixedValidity {
  untilInDays: number;
  years: number;
}

interface SpecialCertPlan {
  kinds: CertificateKind[];
  fixed?: Partial<Record<CertificateKind, FixedValidity>>;
  revoked?: CertificateKind[];
}

const SPECIAL_PLANS: Record<string, SpecialCertPlan> = {
  r001: {
    kinds: ['id_card', 'marriage_certificate', 'driving_licence', 'vehicle_licence', 'social_security_card', 'property_certificate'],
    fixed: { id_card: { untilInDays: 2400, years: 20 }, driving_licence: { untilInDays: 60, years: 10 }, vehicle_licence: { untilInDays: 400, years: 2 }, social_security_card: { untilInDays: 2600, years: 10 } },
  },
  r002: { kinds: ['id_card', 'marriage_certificate', 'driving_licence', 'social_security_card'], fixed: { id_card: { untilInDays: 1800, years: 20 }, driving_licence: { untilInDays: 1500, years: 10 }, social_security_card: { untilInDays: 2000, years: 10 } } },
  r003: { kinds: ['id_card', 'household_register', 'social_security_card'], fixed: { id_card: { untilInDays: 3000, years: 10 }, social_security_card: { untilInDays: 2200, years: 10 } } },
  r004: { kinds: ['id_card', 'social_security_card', 'household_register', 'property_certificate'], fixed: { social_security_card: { untilInDays: 1200, years: 10 } } },
  r005: { kinds: ['id_card', 'social_security_card', 'household_register', 'property_certificate'], fixed: { id_card: { untilInDays: 2100, years: 10 }, social_security_card: { untilInDays: 3000, years: 10 } } },
  r006: { kinds: ['id_card', 'social_security_card', 'household_register', 'driving_licence'], fixed: { id_card: { untilInDays: 3100, years: 20 }, social_security_card: { untilInDays: 1000, years: 10 }, driving_licence: { untilInDays: 900, years: 10 } } },
  r007: { kinds: ['id_card', 'social_security_card', 'property_certificate', 'driving_licence'], fixed: { id_card: { untilInDays: 1500, years: 20 }, social_security_card: { untilInDays: 800, years: 10 }, driving_licence: { untilInDays: 1900, years: 10 } } },
  r008: { kinds: ['id_card', 'driving_licence', 'social_security_card'], fixed: { id_card: { untilInDays: 2700, years: 20 }, driving_licence: { untilInDays: 1300, years: 10 }, social_security_card: { untilInDays: 1600, years: 10 } }, revoked: ['driving_licence'] },
  r009: { kinds: ['id_card', 'social_security_card'], fixed: { id_card: { untilInDays: 7, years: 10 }, social_security_card: { untilInDays: 3300, years: 10 } } },
  r010: { kinds: ['id_card', 'driving_licence', 'vehicle_licence'], fixed: { id_card: { untilInDays: 2900, years: 20 }, driving_licence: { untilInDays: 30, years: 6 }, vehicle_licence: { untilInDays: 500, years: 2 } } },
  r011: { kinds: ['id_card', 'residence_permit', 'social_security_card'], fixed: { id_card: { untilInDays: 2500, years: 20 }, residence_permit: { untilInDays: 90, years: 1 }, social_security_card: { untilInDays: 1400, years: 10 } } },
  r012: { kinds: ['id_card', 'residence_permit', 'driving_licence'], fixed: { id_card: { untilInDays: 1200, years: 10 }, residence_permit: { untilInDays: -15, years: 1 }, driving_licence: { untilInDays: -200, years: 6 } } },
  r013: { kinds: ['id_card', 'social_security_card', 'vehicle_licence', 'driving_licence'], fixed: { id_card: { untilInDays: 2000, years: 20 }, social_security_card: { untilInDays: 1700, years: 10 }, vehicle_licence: { untilInDays: 300, years: 2 }, driving_licence: { untilInDays: 2200, years: 10 } } },
  r014: { kinds: ['id_card', 'marriage_certificate', 'social_security_card', 'household_register'], fixed: { id_card: { untilInDays: 1000, years: 20 }, social_security_card: { untilInDays: 1900, years: 10 } } },
};

/** Residents whose marriage is in the population library but whose marriage certificates are not in the wallet. */
const NO_MARRIAGE_CERTIFICATE = new Set(['r006', 'r013']);

const KIND_NAME = Object.fromEntries(CERTIFICATE_KINDS.map((k) => [k.kind, k.name])) as Record<CertificateKind, string>;
const TYPE_CODE = Object.fromEntries(CERTIFICATE_KINDS.map((k) => [k.kind, k.typeCode])) as Record<CertificateKind, string>;
const GENDER_TEXT = { male: '男', female: '女' } as const;
const CAR_MODELS = ['大众牌SVW7153', '丰田牌GTM7200', '比亚迪牌BYD7006BEV', '吉利牌MR7153', '特斯拉牌TSL7000BEV', '本田牌HG7152'];

/**
 * Generates every certificate of the library: 2–6 for each resident (always an id_card), a business licence for
 * each enterprise and a food business licence for restaurants and food shops. Validity dates are placed relative
 * to `referenceDate` so the expiring and expired ones stay that way whatever day the sandbox starts.
 */
export function generateCertificates(
  rng: Rng,
  issuers: IssuerRegistry,
  referenceDate: string,
  people: Person[],
  enterprises: Enterprise[],
): Certificate[] {
  const byId = new Map(people.map((p) => [p.personaId, p]));
  const certs: Certificate[] = [];
  let serial = 0;

  const add = (
    kind: CertificateKind,
    holder: Certificate['holder'],
    issuer: Issuer,
    number: string,
    validity: Validity,
    fields: Record<string, string>,
    issuedOn = validity.validFrom,
  ): Certificate => {
    serial += 1;
    const cert: Certificate = {
      certificateId: makeCertificateId({
        typeCode: TYPE_CODE[kind],
        issuerUscc: issuer.uscc,
        serial: String(serial).padStart(10, '0'),
        version: '001',
      }),
      kind,
      kindName: KIND_NAME[kind],
      number,
      holder,
      issuer,
      issuedOn,
      validFrom: validity.validFrom,
      validUntil: validity.validUntil,
      status: 'active',
      fields,
    };
    certs.push(cert);
    return cert;
  };

  // Random validity: `years`-long term ending somewhere from 60 days ago to well in the future.
  const term = (years: number | null, fixed?: FixedValidity): Validity => {
    const offset = rng.int(-60, (years ?? 20) * 365 - 30);
    const pastStart = rng.int(200, 4000);
    if (fixed) {
      const until = addDays(referenceDate, fixed.untilInDays);
      return { validFrom: addYears(until, -fixed.years), validUntil: until };
    }
    if (years === null) return { validFrom: addDays(referenceDate, -pastStart), validUntil: null };
    const until = addDays(referenceDate, offset);
    return { validFrom: addYears(until, -years), validUntil: until };
  };

  const policeOf = (region: string) => issuers.get(`杭州市公安局${regionName(region)}分局`, region);
  const traffic = () => issuers.get('杭州市公安局交通警察支队', '330100');
  const person = (p: Person): Certificate['holder'] => ({ id: p.idNumber, name: p.name, type: 'person' });

  const marriageNumbers = new Map<string, { number: string; registeredOn: string }>();

  for (const p of people) {
    if (p.kind !== 'resident') continue;
    const plan = SPECIAL_PLANS[p.personaId];
    const age = ageOn(p.birthDate, referenceDate);
    const kinds = plan ? plan.kinds : randomKinds(rng, p, age);
    const fixed = plan?.fixed ?? {};

    for (const kind of kinds) {
      let cert: Certificate;
      switch (kind) {
        case 'id_card': {
          const years = age < 16 ? 5 : age <= 25 ? 10 : age <= 45 ? 20 : null;
          const v = term(fixed.id_card?.years ?? years, fixed.id_card);
          const migrant = MIGRANT_REGIONS.find((m) => m.code === p.idNumber.slice(0, 6));
          const issuer = migrant
            ? issuers.get(`${migrant.city}公安局${migrant.district.replace(/区$/, '')}分局`, migrant.code)
            : policeOf(p.idNumber.slice(0, 6));
          const address = migrant ? `${migrant.province}${migrant.city}${migrant.district}人民路${rng.int(1, 200)}号` : p.address;
          cert = add(kind, person(p), issuer, p.idNumber, v, {
            name: p.name,
            gender: GENDER_TEXT[p.gender],
            ethnicity: p.ethnicity.replace(/族$/, ''),
            birthDate: p.birthDate,
            address,
            idNumber: p.idNumber,
          });
          break;
        }
        case 'driving_licence': {
          const v = term(fixed.driving_licence?.years ?? rng.pick([6, 10, 10]), fixed.driving_licence);
          cert = add(kind, person(p), traffic(), p.idNumber, v, {
            name: p.name,
            gender: GENDER_TEXT[p.gender],
            nationality: '中国',
            idNumber: p.idNumber,
            address: p.address,
            birthDate: p.birthDate,
            licenceClass: rng.pick(['C1', 'C1', 'C2', 'B2']),
            firstIssuedOn: addYears(v.validFrom, -rng.int(0, 8)),
            fileNo: `3301${rng.digits(8)}`,
          });
          break;
        }
        case 'vehicle_licence': {
          const v = term(2, fixed.vehicle_licence);
          const ev = rng.chance(0.35);
          const plate = `浙A·${ev ? rng.pick(['D', 'F']) : ''}${rng.pick(['1', '2', '3', '5', '6', '8', '9'])}${rng.digits(ev ? 4 : 4)}`;
          const model = rng.pick(CAR_MODELS);
          cert = add(kind, person(p), traffic(), plate, v, {
            plateNo: plate,
            vehicleType: ev ? '小型新能源汽车' : '小型轿车',
            owner: p.name,
            address: p.address,
            useCharacter: '非营运',
            brandModel: model,
            vin: `LSV${rng.digits(6)}${rng.pick(['A', 'B', 'C'])}${rng.digits(7)}`,
            engineNo: rng.digits(8),
            registeredOn: addYears(v.validFrom, -rng.int(0, 6)),
            inspectionValidUntil: v.validUntil ?? '',
          });
          break;
        }
        case 'marriage_certificate': {
          const spouse = p.spousePersonaId ? byId.get(p.spousePersonaId) : undefined;
          if (!spouse) continue;
          const key = [p.personaId, spouse.personaId].sort().join('+');
          let reg = marriageNumbers.get(key);
          if (!reg) {
            const later = p.birthDate > spouse.birthDate ? p.birthDate : spouse.birthDate;
            const year = Math.min(yearOf(later) + rng.int(24, 30), 2024);
            const registeredOn =
              key === 'r001+r002' ? '2017-10-08' : `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
            reg = { number: `J${p.residenceRegion}-${registeredOn.slice(0, 4)}-${rng.digits(6)}`, registeredOn };
            marriageNumbers.set(key, reg);
          }
          const district = regionName(p.residenceRegion);
          cert = add(kind, person(p), issuers.get(`杭州市${district}民政局`, p.residenceRegion), reg.number, { validFrom: reg.registeredOn, validUntil: null }, {
            holderName: p.name,
            holderIdNumber: p.idNumber,
            spouseName: spouse.name,
            spouseIdNumber: spouse.idNumber,
            registeredOn: reg.registeredOn,
            registrationOffice: `杭州市${district}婚姻登记处`,
            certificateNo: reg.number,
          });
          break;
        }
        case 'social_security_card': {
          const v = term(10, fixed.social_security_card);
          const cardNo = `A${rng.digits(8)}`;
          cert = add(kind, person(p), issuers.get('杭州市人力资源和社会保障局', '330100'), cardNo, v, {
            name: p.name,
            socialSecurityNo: p.idNumber,
            cardNo,
            bank: rng.pick(['杭州银行', '中国工商银行', '中国建设银行', '浙江农商银行']),
            issuedOn: v.validFrom,
          });
          break;
        }
        case 'residence_permit': {
          const v = term(1, fixed.residence_permit);
          const number = `${p.idNumber.slice(0, 6)}${rng.digits(8)}`;
          const migrant = MIGRANT_REGIONS.find((m) => m.code === p.idNumber.slice(0, 6));
          cert = add(kind, person(p), policeOf(p.residenceRegion), number, v, {
            name: p.name,
            gender: GENDER_TEXT[p.gender],
            idNumber: p.idNumber,
            address: p.address,
            hukouAddress: migrant ? `${migrant.province}${migrant.city}${migrant.district}` : '',
          });
          break;
        }
        case 'household_register': {
          const v: Validity = { validFrom: p.birthDate > '1990-01-01' ? p.birthDate : addDays(referenceDate, -rng.int(2000, 8000)), validUntil: null };
          const spouse = p.spousePersonaId ? byId.get(p.spousePersonaId) : undefined;
          const householder = p.gender === 'female' && spouse ? spouse : p;
          cert = add(kind, person(p), policeOf(p.residenceRegion), p.householdNo, v, {
            householdNo: p.householdNo,
            householdType: '家庭户',
            householderName: householder.name,
            relationToHouseholder: householder === p ? '户主' : '配偶',
            name: p.name,
            idNumber: p.idNumber,
            address: p.address,
          });
          break;
        }
        case 'property_certificate': {
          const registeredYear = p.personaId === 'r005' ? yearOf(referenceDate) : rng.int(2008, 2024);
          const issuedOn = p.personaId === 'r005' ? (addDays(referenceDate, -20) < `${registeredYear}-01-01` ? `${registeredYear}-01-01` : addDays(referenceDate, -20)) : `${registeredYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
          const number = `浙（${registeredYear}）杭州市不动产权第${rng.digits(7)}号`;
          const spouse = p.spousePersonaId ? byId.get(p.spousePersonaId) : undefined;
          cert = add(kind, person(p), issuers.get('杭州市规划和自然资源局', '330100'), number, { validFrom: issuedOn, validUntil: null }, {
            owner: spouse && p.maritalStatus === 'married' ? `${p.name}、${spouse.name}` : p.name,
            coOwnership: spouse && p.maritalStatus === 'married' ? '共同共有' : '单独所有',
            location: p.address,
            realEstateUnitNo: `${p.residenceRegion}${rng.digits(6)}GB${rng.digits(5)}F${rng.digits(8)}`,
            rightType: '国有建设用地使用权/房屋所有权',
            use: '城镇住宅用地/住宅',
            area: `${rng.int(45, 160)}.${rng.digits(2)}平方米`,
            landUseTerm: `${registeredYear + 70}年12月31日止`,
          }, issuedOn);
          break;
        }
        default:
          continue;
      }
      if (plan?.revoked?.includes(kind)) {
        cert.status = 'revoked';
        cert.revokedOn = addDays(referenceDate, -45);
      }
    }
  }

  for (const e of enterprises) {
    const samr = issuers.get(`杭州市${regionName(e.region)}市场监督管理局`, e.region);
    const rep = byId.get(e.legalRepresentativePersonaId)!;
    const holder = { id: e.uscc, name: e.name, type: 'enterprise' as const };
    const licence = add('business_licence', holder, samr, e.uscc, { validFrom: e.establishedOn, validUntil: null }, {
      name: e.name,
      uscc: e.uscc,
      type: e.type,
      legalRepresentative: rep.name,
      registeredCapital: e.registeredCapital,
      establishedOn: e.establishedOn,
      businessTerm: '长期',
      address: e.address,
      businessScope: e.businessScope,
    }, addDays(referenceDate, -rng.int(30, 900)) < e.establishedOn ? e.establishedOn : addDays(referenceDate, -rng.int(30, 900)));
    if (e.status === 'cancelled') {
      licence.status = 'revoked';
      licence.revokedOn = addDays(referenceDate, -120);
    }
    if (e.food) {
      const v = e.name === '杭州湖畔咖啡有限公司' ? term(5, { untilInDays: 45, years: 5 }) : term(5);
      const restaurant = /餐饮服务/.test(e.businessScope);
      const number = `JY${restaurant ? '2' : '1'}${e.region}${rng.digits(7)}`;
      add('food_business_licence', holder, samr, number, v, {
        operatorName: e.name,
        socialCreditCode: e.uscc,
        legalRepresentative: rep.name,
        residence: e.address,
        businessPremises: e.address,
        mainBusiness: restaurant ? '餐饮服务经营者' : '食品销售经营者',
        businessItems: restaurant ? '热食类食品制售；冷食类食品制售；自制饮品制售' : '预包装食品（含冷藏冷冻食品）销售；散装食品销售',
        licenceNo: number,
        validUntil: v.validUntil ?? '',
      });
    }
  }
  return certs;
}

function randomKinds(rng: Rng, p: Person, age: number): CertificateKind[] {
  const kinds: CertificateKind[] = ['id_card'];
  const married = p.maritalStatus === 'married' && !!p.spousePersonaId && !NO_MARRIAGE_CERTIFICATE.has(p.personaId);
  if (married) kinds.push('marriage_certificate');
  if (!p.localHukou) kinds.push('residence_permit');
  const ss = rng.chance(0.9);
  const hr = rng.chance(0.5);
  const drive = rng.chance(0.55);
  const car = rng.chance(0.5);
  const home = rng.chance(0.35);
  if ((p.employerName || age >= 60) && ss) kinds.push('social_security_card');
  if (age >= 18 && drive) kinds.push('driving_licence');
  if (age >= 18 && drive && car) kinds.push('vehicle_licence');
  if (age >= 25 && home) kinds.push('property_certificate');
  if (p.localHukou && hr) kinds.push('household_register');
  if (kinds.length < 2) kinds.push(p.localHukou ? 'household_register' : 'social_security_card');
  return kinds.slice(0, 6);
}
