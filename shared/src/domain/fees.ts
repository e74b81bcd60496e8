/**
 * Fees (统一公共支付) in fen, integers end to end: the guide's 收费标准 is text ("工本费每证20元"),
 * the payment platform takes an amount in fen. `FEE_SCHEDULE` is the 非税收入 project list of the
 * items this deployment charges for (执收项目: amount per application); an item that charges a fee
 * and is not listed falls back to the first amount its standard names.
 */
export interface FeeProject {
  /** 非税收入项目编码 printed on the electronic receipt. */
  projectCode: string;
  /** 项目名称 on the receipt. */
  projectName: string;
  amountFen: number;
}

export const FEE_SCHEDULE: Readonly<Record<string, FeeProject>> = {
  'GAJ-0001': { projectCode: '103050101', projectName: '居民身份证工本费', amountFen: 2000 },
  'GAJ-0002': { projectCode: '103050101', projectName: '居民身份证工本费', amountFen: 4000 },
  'GAJ-0003': { projectCode: '103050101', projectName: '临时居民身份证工本费', amountFen: 1000 },
  'GAJ-0014': { projectCode: '103050102', projectName: '普通护照工本费', amountFen: 12000 },
  'GAJ-0015': { projectCode: '103050103', projectName: '往来港澳通行证工本费', amountFen: 6000 },
  'GAJ-0016': { projectCode: '103050103', projectName: '往来台湾通行证工本费', amountFen: 6000 },
  'GAJ-0017': { projectCode: '103050199', projectName: '犬类登记费', amountFen: 50000 },
  'GAJ-0018': { projectCode: '103050199', projectName: '犬类年检费', amountFen: 30000 },
  'GAJ-0019': { projectCode: '103050104', projectName: '机动车驾驶证工本费', amountFen: 1000 },
  'GAJ-0020': { projectCode: '103050104', projectName: '机动车驾驶证工本费', amountFen: 1000 },
  'GAJ-0021': { projectCode: '103050105', projectName: '机动车号牌及行驶证工本费', amountFen: 11000 },
  'RSJ-0008': { projectCode: '103050301', projectName: '社会保障卡补卡工本费', amountFen: 2000 },
  'BDC-0001': { projectCode: '103052101', projectName: '不动产登记费', amountFen: 55000 },
  'BDC-0002': { projectCode: '103052101', projectName: '不动产登记费', amountFen: 8000 },
  'BDC-0003': { projectCode: '103052101', projectName: '不动产登记费', amountFen: 8000 },
  'BDC-0004': { projectCode: '103052101', projectName: '不动产登记费', amountFen: 8000 },
  'BDC-0007': { projectCode: '103052101', projectName: '不动产登记费', amountFen: 8000 },
  'BDC-0008': { projectCode: '103052102', projectName: '不动产权证书工本费', amountFen: 1000 },
  'BDC-0012': { projectCode: '103052101', projectName: '不动产登记费', amountFen: 8000 },
  'WJW-0009': { projectCode: '103059901', projectName: '预防性健康检查费', amountFen: 6000 },
  'SFJ-0005': { projectCode: '103059902', projectName: '公证费', amountFen: 8000 },
};

/** The fee of an item in fen, or null when it charges none. */
export function feeOf(item: { code: string; fee: { charged: boolean; standard: string | null } }): FeeProject | null {
  if (!item.fee.charged) return null;
  const listed = FEE_SCHEDULE[item.code];
  if (listed) return listed;
  const m = /(\d+(?:\.\d{1,2})?)元/.exec(item.fee.standard ?? '');
  if (!m) return null;
  return { projectCode: '103059999', projectName: item.fee.standard ?? '行政事业性收费', amountFen: yuanToFen(m[1]!) };
}

/** "12.5" → 1250, exactly (no floating point on money). */
export function yuanToFen(yuan: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(yuan);
  if (!m) throw new RangeError(`not an amount in yuan: ${yuan}`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 2000 → "20.00": for display and receipts; fen stay integers everywhere else. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount in fen: ${fen}`);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

export const PAYMENT_STATUSES = ['created', 'paid', 'refunding', 'refunded', 'closed'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * Which status a payment may move to from which: notices arrive duplicated and out of order, so a
 * late "paid" after "refunded" changes nothing (it is older news), and nothing leaves `refunded`.
 */
export const PAYMENT_MOVES: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  created: ['paid', 'closed'],
  // A payment the platform reports after we closed our side (paid in the last second) still counts.
  closed: ['paid'],
  paid: ['refunding'],
  refunding: ['refunded'],
  refunded: [],
};

export function canMovePayment(from: PaymentStatus, to: PaymentStatus): boolean {
  return PAYMENT_MOVES[from].includes(to);
}
