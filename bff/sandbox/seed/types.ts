import type { CertificateKind } from '@zsb/shared/domain/certificate-id';

export type Gender = 'male' | 'female';
export type MaritalStatus = 'unmarried' | 'married' | 'divorced' | 'widowed';
export type PersonaKind = 'resident' | 'staff' | 'operator';

/** A person known to the population library; residents, staff and operators are all people. */
export interface Person {
  personaId: string;
  kind: PersonaKind;
  name: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string;
  idNumber: string;
  phone: string;
  /** District code where the person lives (population record `region`). */
  residenceRegion: string;
  address: string;
  /** Whether the household registration (户籍) is in 杭州市; otherwise a residence permit applies. */
  localHukou: boolean;
  maritalStatus: MaritalStatus;
  spousePersonaId?: string;
  householdNo: string;
  employerName?: string;
  /** Role note shown on the login page. */
  note: string;
  departmentCode?: string;
  /** Jurisdiction of staff and operators (identity `region`). */
  jurisdiction?: string;
  /** Minors: the household members who are their guardians (监护人). */
  guardianPersonaIds?: string[];
  /** 网格员 / 代办员 of a community service station (staff-like accounts that may receive mandates). */
  communityStation?: string;
}

export interface Issuer {
  name: string;
  uscc: string;
}

export interface Certificate {
  certificateId: string;
  kind: CertificateKind;
  kindName: string;
  number: string;
  holder: { id: string; name: string; type: 'person' | 'enterprise' };
  issuer: Issuer;
  issuedOn: string;
  validFrom: string;
  validUntil: string | null;
  status: 'active' | 'revoked';
  /** Set when status is revoked. */
  revokedOn?: string;
  fields: Record<string, string>;
}

export interface Enterprise {
  uscc: string;
  name: string;
  type: string;
  legalRepresentativePersonaId: string;
  agentPersonaIds: string[];
  registeredCapital: string;
  establishedOn: string;
  address: string;
  region: string;
  status: 'active' | 'cancelled';
  businessScope: string;
  /** Restaurants and food shops also hold a food business licence. */
  food: boolean;
}

export interface Repayment {
  date: string;
  amount: number;
}

export interface Loan {
  loanNo: string;
  kind: 'commercial' | 'provident';
  startDate: string;
  principal: number;
  totalInterest: number;
  repaidTotal: number;
  repaymentsThisYear: Repayment[];
}

export interface Withdrawal {
  withdrawalId: string;
  date: string;
  amount: number;
  loanNo: string;
  reason: string;
  /** Whose fund paid (the account holder's own or the spouse's). */
  fromIdNumber: string;
}

export interface HousingFundAccount {
  accountNo: string;
  idNumber: string;
  name: string;
  status: 'normal' | 'sealed';
  balance: number;
  monthlyDeposit: number;
  employerName: string;
  openedOn: string;
  loans: Loan[];
  /** Withdrawals made against this holder's loans, whichever fund paid. */
  withdrawals: Withdrawal[];
  /** Withdrawals this fund paid towards a spouse's loan (also listed on the spouse's account). */
  paidForOthers: Withdrawal[];
}

export type InsuranceType = 'pension' | 'medical' | 'unemployment' | 'injury' | 'maternity';

export interface SocialInsuranceRecord {
  idNumber: string;
  name: string;
  insurances: { type: InsuranceType; status: 'active' | 'suspended' | 'retired'; since: string }[];
  contributions: { month: string; base: number; personal: number; employer: number; employerName: string }[];
}

export interface SeedData {
  referenceDate: string;
  people: Person[];
  enterprises: Enterprise[];
  certificates: Certificate[];
  housingFund: HousingFundAccount[];
  socialInsurance: SocialInsuranceRecord[];
}
