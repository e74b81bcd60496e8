import { generateSeed, type Certificate, type HousingFundAccount, type Person, type SeedData } from './seed/index';

export const UPSTREAMS = [
  'identity',
  'population',
  'legal',
  'certificates',
  'housingFund',
  'socialInsurance',
  'hotline',
  'catalog',
  'payment',
  'courier',
  'halls',
  'wechat',
  'sms',
] as const;
export type Upstream = (typeof UPSTREAMS)[number];

export interface Switch {
  latencyMs: number;
  failRate: number;
  failStatus: number;
}

export const DEFAULT_SWITCH: Switch = { latencyMs: 0, failRate: 0, failStatus: 503 };

export interface WorkOrder {
  ticketNo: string;
  externalId: string;
  kind: 'bad_rating' | 'street_report' | 'overdue_enquiry';
  title: string;
  content: string;
  departmentCode: string;
  region: string;
  dueDate: string;
  status: 'received' | 'resolved';
  receivedAt: string;
  resolvedAt?: string;
  note?: string;
}

export interface WithdrawalAnswer {
  withdrawalId: string;
  status: 'accepted';
  amount: number;
  date: string;
  /** Balance of the paying account after the withdrawal. */
  balance: number;
}

/**
 * Everything the sandbox holds in memory: the generated seed (mutable copy, so revocations and withdrawals stick
 * until a data reset), the control switches, one-time login codes and hotline work orders.
 */
export class SandboxStore {
  readonly referenceDate: string;
  private readonly pristine: SeedData;
  data!: SeedData;
  peopleById!: Map<string, Person>;
  peopleByIdNumber!: Map<string, Person>;
  certificatesById!: Map<string, Certificate>;
  accountsByIdNumber!: Map<string, HousingFundAccount>;
  withdrawalsByRequestId!: Map<string, WithdrawalAnswer>;
  /** Certificates issued through the library's issuing endpoint, by the issuer's request id (a retry gets the same one). */
  issuancesByRequestId!: Map<string, Certificate>;
  issuanceSeq = 0;
  workOrders!: Map<string, WorkOrder>;
  workOrdersByExternalId!: Map<string, string>;
  authCodes!: Map<string, { personaId: string; expiresAt: number }>;
  switches!: Record<Upstream, Switch>;
  ticketSeq = 0;
  withdrawalSeq = 0;

  constructor(referenceDate: string) {
    this.referenceDate = referenceDate;
    this.pristine = generateSeed(referenceDate);
    this.resetData();
    this.resetSwitches();
  }

  /** Back to the generated data: forgets withdrawals, revocations, work orders and login codes. */
  resetData(): void {
    this.data = structuredClone(this.pristine);
    this.peopleById = new Map(this.data.people.map((p) => [p.personaId, p]));
    this.peopleByIdNumber = new Map(this.data.people.map((p) => [p.idNumber, p]));
    this.certificatesById = new Map(this.data.certificates.map((c) => [c.certificateId, c]));
    this.accountsByIdNumber = new Map(this.data.housingFund.map((a) => [a.idNumber, a]));
    this.withdrawalsByRequestId = new Map();
    this.issuancesByRequestId = new Map();
    this.issuanceSeq = 0;
    this.workOrders = new Map();
    this.workOrdersByExternalId = new Map();
    this.authCodes = new Map();
    this.ticketSeq = 0;
    this.withdrawalSeq = 0;
  }

  resetSwitches(): void {
    this.switches = Object.fromEntries(UPSTREAMS.map((u) => [u, { ...DEFAULT_SWITCH }])) as Record<Upstream, Switch>;
  }

  residents(): Person[] {
    return this.data.people.filter((p) => p.kind === 'resident');
  }
}
