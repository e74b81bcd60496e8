import { idNumberCheckChar } from '@zsb/shared/domain/id-number';
import { DEPARTMENTS, DISTRICTS, regionName } from '@zsb/shared/domain/regions';
import { addMonths, ymd } from './dates';
import { EMPLOYERS, ETHNICITIES, FEMALE_CHARS, MALE_CHARS, MIGRANT_REGIONS, PHONE_PREFIXES, STREETS, SURNAMES } from './names';
import type { Rng } from './prng';
import type { Gender, MaritalStatus, Person } from './types';

/**
 * Residents with a fixed role that tests and demos rely on. Their certificates, loans and
 * relations are arranged in the other seed modules; docs/upstream-api.md lists what each one has.
 */
export const SPECIAL_PERSONAS = {
  /** 张伟: ordinary adult, married to `spouse` (both hold the marriage certificate), housing-fund account with a
   * commercial loan started two years before the reference year and repayments this year; legal representative
   * of 杭州云栖数智科技有限公司 and agent of 杭州知味小馆餐饮管理有限公司; driving licence expires in 60 days. */
  ordinaryMarried: 'r001',
  /** 王芳: r001's wife, housing-fund account with a balance (spouse withdrawals), no loan. */
  spouse: 'r002',
  /** 17 years old on the reference date (born on the 1st of a month 17½ years before it). */
  minor: 'r003',
  /** Born 1956, widowed, sealed (retired) housing-fund account, pension being paid. */
  elder: 'r004',
  /** Provident-fund housing loan that started in the reference date's year. */
  loanThisYear: 'r005',
  /** Married to r013 per the population library, but neither holds a marriage certificate. */
  marriedWithoutCertificate: 'r006',
  /** Commercial loan whose cumulative withdrawals are 800.00 below the total repaid. */
  nearWithdrawalLimit: 'r007',
  /** Holds a revoked driving licence. */
  revokedCertificate: 'r008',
  /** ID card expires exactly 7 days after the reference date. */
  expiresIn7Days: 'r009',
  /** Driving licence expires exactly 30 days after the reference date. */
  expiresIn30Days: 'r010',
  /** Residence permit expires exactly 90 days after the reference date. */
  expiresIn90Days: 'r011',
  /** Residence permit expired 15 days before the reference date; driving licence expired 200 days before it. */
  expired: 'r012',
  /** r006's husband (no marriage certificate either). */
  marriedWithoutCertificateSpouse: 'r013',
  /** Legal representative of 杭州知味小馆餐饮管理有限公司 (where r001 is an agent). */
  restaurantOwner: 'r014',
  /** A staff member of the housing fund centre (every department has `staff-<code>`). */
  staffHousingFund: 'staff-gjj',
  /** District clerks of 民政局 in 西湖区 and 上城区. */
  staffCivilAffairsXihu: 'staff-mzj-330106',
  staffCivilAffairsShangcheng: 'staff-mzj-330102',
  operator: 'operator-1',
  /** 网格员 of 拱墅区 (r004's district) and 西湖区: staff-like accounts that may receive mandates. */
  helperGongshu: 'helper-330105',
  helperXihu: 'helper-330106',
} as const;

/** Department code of community service stations' 网格员 / 代办员 (not a case-processing department). */
export const COMMUNITY_HELPER_DEPARTMENT = 'sqfw';

export type SpecialRole = keyof typeof SPECIAL_PERSONAS;

interface SpecialSpec {
  id: string;
  name: string;
  gender: Gender;
  /** Fixed birth date, or 'minor' for 17½ years before the reference date. */
  birth: string | 'minor';
  region: string;
  /** Birthplace region for residents without 杭州 hukou. */
  migrantFrom?: string;
  marital: MaritalStatus;
  spouse?: string;
  employer?: string;
  tag?: string;
}

const SPECIALS: SpecialSpec[] = [
  { id: 'r001', name: '张伟', gender: 'male', birth: '1989-05-12', region: '330106', marital: 'married', spouse: 'r002', employer: '杭州云栖数智科技有限公司' },
  { id: 'r002', name: '王芳', gender: 'female', birth: '1991-08-23', region: '330106', marital: 'married', spouse: 'r001', employer: '杭州市第一人民医院' },
  { id: 'r003', name: '陈思远', gender: 'male', birth: 'minor', region: '330102', marital: 'unmarried', tag: '未成年' },
  { id: 'r004', name: '刘桂英', gender: 'female', birth: '1956-03-08', region: '330105', marital: 'widowed', tag: '长辈' },
  { id: 'r005', name: '赵磊', gender: 'male', birth: '1995-11-02', region: '330108', marital: 'unmarried', employer: '杭州东方通信设备有限公司', tag: '今年新购房贷款' },
  { id: 'r006', name: '孙丽', gender: 'female', birth: '1988-02-17', region: '330106', marital: 'married', spouse: 'r013', employer: '杭州银行股份有限公司', tag: '已婚无结婚证' },
  { id: 'r007', name: '黄建国', gender: 'male', birth: '1979-09-30', region: '330102', marital: 'divorced', employer: '浙江省建工集团有限责任公司', tag: '公积金提取接近上限' },
  { id: 'r008', name: '吴敏', gender: 'female', birth: '1986-06-05', region: '330105', marital: 'unmarried', employer: '杭州联华华商集团有限公司', tag: '有吊销证照' },
  { id: 'r009', name: '郑浩', gender: 'male', birth: '2003-01-19', region: '330108', marital: 'unmarried', employer: '杭州地铁集团有限责任公司', tag: '身份证7天后到期' },
  { id: 'r010', name: '冯静', gender: 'female', birth: '1992-12-01', region: '330106', marital: 'unmarried', employer: '浙江大学', tag: '驾驶证30天后到期' },
  { id: 'r011', name: '何俊', gender: 'male', birth: '1990-04-26', region: '330108', migrantFrom: '340104', marital: 'unmarried', employer: '浙江钱塘信息技术有限公司', tag: '居住证90天后到期' },
  { id: 'r012', name: '许婷', gender: 'female', birth: '1997-07-14', region: '330105', migrantFrom: '430104', marital: 'unmarried', employer: '杭州联华华商集团有限公司', tag: '证照已过期' },
  { id: 'r013', name: '周强', gender: 'male', birth: '1986-10-09', region: '330106', marital: 'married', spouse: 'r006', employer: '浙江中烟工业有限责任公司' },
  { id: 'r014', name: '林海', gender: 'male', birth: '1983-03-21', region: '330102', marital: 'married', employer: '杭州知味小馆餐饮管理有限公司' },
];

/** How many residents the seed holds (`r001` … `r064`). */
export const RESIDENT_COUNT = 64;

/** Special tags shown in the persona note, by persona id. */
export const SPECIAL_TAGS: Record<string, string> = Object.fromEntries(
  SPECIALS.filter((s) => s.tag).map((s) => [s.id, s.tag as string]),
);

class PersonFactory {
  private readonly usedIds = new Set<string>();
  private readonly usedPhones = new Set<string>();

  constructor(private readonly rng: Rng) {}

  idNumber(region: string, birthDate: string, gender: Gender): string {
    for (;;) {
      const seq2 = this.rng.digits(2);
      const odd = [1, 3, 5, 7, 9], even = [0, 2, 4, 6, 8];
      const last = String(this.rng.pick(gender === 'male' ? odd : even));
      const first17 = `${region}${birthDate.replaceAll('-', '')}${seq2}${last}`;
      const id = first17 + idNumberCheckChar(first17);
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  phone(): string {
    for (;;) {
      const p = this.rng.pick(PHONE_PREFIXES) + this.rng.digits(8);
      if (!this.usedPhones.has(p)) {
        this.usedPhones.add(p);
        return p;
      }
    }
  }

  name(gender: Gender): string {
    const chars = gender === 'male' ? MALE_CHARS : FEMALE_CHARS;
    const given = this.rng.chance(0.55) ? this.rng.pick(chars) + this.rng.pick(chars) : this.rng.pick(chars);
    return this.rng.pick(SURNAMES) + given;
  }

  address(region: string): string {
    const street = this.rng.pick(STREETS[region]);
    return `浙江省杭州市${regionName(region)}${street}${this.rng.int(1, 399)}号${this.rng.int(1, 30)}幢${this.rng.int(1, 4)}单元${this.rng.int(1, 28)}0${this.rng.int(1, 4)}室`;
  }

  householdNo(): string {
    return String(this.rng.int(1, 9)) + this.rng.digits(8);
  }

  birthDate(year: number): string {
    return ymd(year, this.rng.int(1, 12), this.rng.int(1, 28));
  }
}

/**
 * Generates every person: the special residents, random residents (singles and couples) up to RESIDENT_COUNT,
 * one clerk per department, two district 民政局 clerks and one operator. Notes are filled in later by the seed.
 */
export function generatePeople(rng: Rng, referenceDate: string): Person[] {
  const f = new PersonFactory(rng);
  const people: Person[] = [];
  const byId = new Map<string, Person>();

  const make = (spec: {
    personaId: string;
    kind: Person['kind'];
    name?: string;
    gender: Gender;
    birthDate: string;
    region: string;
    migrantFrom?: string;
    maritalStatus: MaritalStatus;
    employerName?: string;
    householdNo?: string;
    address?: string;
  }): Person => {
    const local = !spec.migrantFrom;
    const person: Person = {
      personaId: spec.personaId,
      kind: spec.kind,
      name: spec.name ?? f.name(spec.gender),
      gender: spec.gender,
      birthDate: spec.birthDate,
      ethnicity: `${rng.pick(ETHNICITIES)}族`,
      idNumber: f.idNumber(spec.migrantFrom ?? spec.region, spec.birthDate, spec.gender),
      phone: f.phone(),
      residenceRegion: spec.region,
      address: spec.address ?? f.address(spec.region),
      localHukou: local,
      maritalStatus: spec.maritalStatus,
      householdNo: spec.householdNo ?? f.householdNo(),
      ...(spec.employerName ? { employerName: spec.employerName } : {}),
      note: '',
    };
    people.push(person);
    byId.set(person.personaId, person);
    return person;
  };

  // Special residents first so their ids stay r001…r014 whatever else changes.
  const minorBirth = (() => {
    const d = addMonths(referenceDate, -(17 * 12 + 6));
    return `${d.slice(0, 8)}01`;
  })();
  for (const s of SPECIALS) {
    const partner = s.spouse ? byId.get(s.spouse) : undefined;
    make({
      personaId: s.id,
      kind: 'resident',
      name: s.name,
      gender: s.gender,
      birthDate: s.birth === 'minor' ? minorBirth : s.birth,
      region: s.region,
      migrantFrom: s.migrantFrom,
      maritalStatus: s.marital,
      employerName: s.employer,
      householdNo: partner?.householdNo,
      address: partner?.address,
    });
  }
  for (const s of SPECIALS) if (s.spouse) byId.get(s.id)!.spousePersonaId = s.spouse;
  // r014's wife is a random resident created just below.
  let n = SPECIALS.length + 1;
  const nextId = () => `r${String(n++).padStart(3, '0')}`;
  const wifeOf014 = make({
    personaId: nextId(),
    kind: 'resident',
    gender: 'female',
    birthDate: f.birthDate(1985),
    region: '330102',
    maritalStatus: 'married',
    employerName: '杭州知味小馆餐饮管理有限公司',
    householdNo: byId.get('r014')!.householdNo,
    address: byId.get('r014')!.address,
  });
  wifeOf014.spousePersonaId = 'r014';
  byId.get('r014')!.spousePersonaId = wifeOf014.personaId;

  const districtCodes = DISTRICTS.map((d) => d.code);
  while (n <= RESIDENT_COUNT) {
    const region = rng.pick(districtCodes);
    const migrantFrom = rng.chance(0.25) ? rng.pick(MIGRANT_REGIONS).code : undefined;
    const year = rng.int(1952, 2003);
    const employed = year >= 1966 && rng.chance(0.85);
    const couple = year <= 1998 && n + 1 <= RESIDENT_COUNT && rng.chance(0.5);
    if (couple) {
      const husband = make({
        personaId: nextId(),
        kind: 'resident',
        gender: 'male',
        birthDate: f.birthDate(year),
        region,
        migrantFrom,
        maritalStatus: 'married',
        employerName: employed ? rng.pick(EMPLOYERS) : undefined,
      });
      const wifeYear = Math.min(2003, year + rng.int(-2, 4));
      const wife = make({
        personaId: nextId(),
        kind: 'resident',
        gender: 'female',
        birthDate: f.birthDate(wifeYear),
        region,
        migrantFrom,
        maritalStatus: 'married',
        employerName: wifeYear >= 1966 && rng.chance(0.85) ? rng.pick(EMPLOYERS) : undefined,
        householdNo: husband.householdNo,
        address: husband.address,
      });
      husband.spousePersonaId = wife.personaId;
      wife.spousePersonaId = husband.personaId;
    } else {
      const gender: Gender = rng.chance(0.5) ? 'male' : 'female';
      const status: MaritalStatus =
        year >= 1996 ? 'unmarried' : rng.pick(['unmarried', 'divorced', 'divorced', year < 1965 ? 'widowed' : 'unmarried'] as const);
      make({
        personaId: nextId(),
        kind: 'resident',
        gender,
        birthDate: f.birthDate(year),
        region,
        migrantFrom,
        maritalStatus: status,
        employerName: employed ? rng.pick(EMPLOYERS) : undefined,
      });
    }
  }

  // Staff are people too: a clerk per department (municipal) plus two district clerks of 民政局.
  const staffSpecs: { id: string; dept: string; jurisdiction: string }[] = [
    ...DEPARTMENTS.map((d) => ({ id: `staff-${d.code}`, dept: d.code, jurisdiction: '330100' })),
    { id: 'staff-mzj-330106', dept: 'mzj', jurisdiction: '330106' },
    { id: 'staff-mzj-330102', dept: 'mzj', jurisdiction: '330102' },
  ];
  for (const s of staffSpecs) {
    const gender: Gender = rng.chance(0.5) ? 'male' : 'female';
    const p = make({
      personaId: s.id,
      kind: 'staff',
      gender,
      birthDate: f.birthDate(rng.int(1972, 1998)),
      region: s.jurisdiction === '330100' ? rng.pick(districtCodes) : s.jurisdiction,
      maritalStatus: rng.chance(0.6) ? 'married' : 'unmarried',
      employerName: DEPARTMENTS.find((d) => d.code === s.dept)!.name,
    });
    p.departmentCode = s.dept;
    p.jurisdiction = s.jurisdiction;
    // Staff spouses are not in the seed; a married clerk simply has no spouse record.
  }
  const op = make({
    personaId: 'operator-1',
    kind: 'operator',
    gender: 'female',
    birthDate: f.birthDate(1993),
    region: '330108',
    maritalStatus: 'unmarried',
    employerName: '杭州市数据资源管理局',
  });
  op.jurisdiction = '330100';
  // Created after everyone else so the people above keep the values the other seed modules expect.
  const helpers: { id: string; region: string; station: string }[] = [
    { id: 'helper-330105', region: '330105', station: '拱墅区米市巷街道社区服务站' },
    { id: 'helper-330106', region: '330106', station: '西湖区北山街道社区服务站' },
  ];
  for (const h of helpers) {
    const p = make({
      personaId: h.id, kind: 'staff', gender: rng.chance(0.5) ? 'male' : 'female', birthDate: f.birthDate(rng.int(1975, 1995)),
      region: h.region, maritalStatus: 'married', employerName: h.station,
    });
    p.departmentCode = COMMUNITY_HELPER_DEPARTMENT;
    p.jurisdiction = h.region;
    p.communityStation = h.station;
  }
  // The minor lives in r014's household; r014 and his wife are the guardians the household register names.
  const minor = byId.get('r003')!;
  minor.householdNo = byId.get('r014')!.householdNo;
  minor.address = byId.get('r014')!.address;
  minor.guardianPersonaIds = ['r014', wifeOf014.personaId];
  return people;
}
