import type { Material, ServiceItem } from '@zsb/shared/contracts/catalog';

/**
 * The service guide "职工提取住房公积金偿还住房贷款" from seed 000 (a municipal housing-fund
 * centre's guide), element by element: 项目名称, 法律依据, 申请条件, 申请材料 for the three loan
 * situations, 提取金额 rules, 办理程序, 承诺时限, 收费标准, 温馨提示 (spouse's fund). The city's
 * name in local rule and form titles is ours (杭州/浙江); every requirement is the guide's.
 * Elements the guide does not state (codes, phones, online channel) follow the rest of the catalog.
 */

export const HOUSING_FUND_LOAN_WITHDRAWAL_CODE = 'GJJ-0001';

const APPROVAL_FORM = '《杭州市住房公积金支取使用审批表》';
const ID_WITH_AGENT = '申请人的身份证原件和复印件（如委托他人办理，还需提供申请人亲笔书写并签名盖手印的委托书、代办人的身份证原件和复印件）';

function m(key: string, name: string, over: Partial<Material> = {}): Material {
  return {
    key, name, form: 'original', necessity: 'required', condition: null, count: 1, source: 'applicant', sourceNote: '申请人自备',
    certificateKind: null, blankForm: null, sample: null, note: null, ...over,
  };
}

const approvalForm = (key: string, condition: string, note: string) =>
  m(key, `已盖单位预留印鉴章的${APPROVAL_FORM}`, {
    necessity: 'conditional', condition, source: 'other', sourceNote: '申请人领取或从公积金网站下载打印，由所在单位核实盖章',
    blankForm: '杭州市住房公积金支取使用审批表.pdf', sample: '杭州市住房公积金支取使用审批表（示例）.pdf', note,
  });

/** 四、申请材料 — 1 住房公积金贷款; 2 银行贷款（第一次支取）; 3 银行贷款（第二次支取）; 温馨提示 spouse materials. */
const MATERIALS: Material[] = [
  approvalForm('approval_form_fund_loan', '住房公积金贷款', '情形1：住房公积金贷款'),
  approvalForm('approval_form_bank_first', '银行贷款第一次支取', '情形2：银行贷款（第一次支取）'),
  approvalForm('approval_form_bank_second', '银行贷款第二次及以后支取', '情形3：银行贷款（第二次支取），表须已经盖章'),
  m('id_card', ID_WITH_AGENT, {
    form: 'original_and_copy', source: 'government', sourceNote: '公安机关', certificateKind: 'id_card',
    note: '三种情形均需提供；电子身份证可替代原件，复印件免提交',
  }),
  m('purchase_and_loan_contracts', '购房合同、借款合同', {
    form: 'original_and_copy', necessity: 'conditional', condition: '银行贷款第一次支取',
  }),
  m('repayment_passbook', '有最近三期还款记录的还款存折', {
    form: 'original_and_copy', necessity: 'conditional', condition: '银行贷款（第一次或第二次支取）',
  }),
  m('previous_approval_copy', `前次支取时已审批过的${APPROVAL_FORM}第三联复印件`, {
    form: 'copy', necessity: 'conditional', condition: '银行贷款第二次及以后支取', source: 'government', sourceNote: '住房公积金管理中心前次审批',
  }),
  m('spouse_approval_form', `配偶单位加盖预留印鉴的${APPROVAL_FORM}`, {
    necessity: 'conditional', condition: '提取配偶住房公积金的', source: 'other', sourceNote: '由配偶所在单位核实盖章',
  }),
  m('marriage_certificate', '结婚证原件、复印件', {
    form: 'original_and_copy', necessity: 'conditional', condition: '提取配偶住房公积金的', source: 'government', sourceNote: '婚姻登记机关',
    certificateKind: 'marriage_certificate',
  }),
  m('spouse_id_card', '配偶的身份证原件、复印件', {
    form: 'original_and_copy', necessity: 'conditional', condition: '提取配偶住房公积金的', source: 'government', sourceNote: '公安机关',
  }),
];

/** The full item; the generator places it as GJJ-0001 and fills codes, place and phones like any other item. */
export function housingFundLoanWithdrawalGuide(): Omit<ServiceItem, 'code' | 'baseCode' | 'implementationCode' | 'departmentCode' | 'implementingBody' | 'region' | 'place' | 'enquiryPhone' | 'complaintPhone'> {
  return {
    name: '职工提取住房公积金偿还住房贷款',
    aliases: ['公积金还贷提取', '提取公积金还房贷', '公积金还房贷', '还贷提取', '公积金提取'],
    type: 'administrative_payment',
    legalBasis: ['《住房公积金管理条例》', '《浙江省住房公积金提取管理办法》', '《杭州市住房公积金提取管理实施细则》'],
    audience: ['personal'],
    lifeEvents: ['housing'],
    conditions: [
      '申请人在公积金中心、商业银行取得贷款后，从次年起即可办理支取。',
      '提取金额不大于当年的还款额。',
      '累计提取总额不得大于实际的还款本息总额。',
      '提取配偶住房公积金的，须提供结婚证。',
    ],
    materials: MATERIALS,
    procedure: [
      { name: '领取审批表', description: `申请人到住房公积金管理中心或区县管理部领取${APPROVAL_FORM}，也可以登录住房公积金网站下载打印。`, actor: '申请人' },
      { name: '单位核实盖章', description: '填表后交由所在单位核实并加盖预留印鉴章。', actor: '单位' },
      { name: '提交办理', description: `将支取所需所有材料及已经加盖单位预留印鉴章的${APPROVAL_FORM}交管理中心或区县管理部办理；手续齐备，现场办理。`, actor: '受理窗口' },
      { name: '网上办理', description: '也可在本应用在线申请：系统按贷款和还款记录自动核定可提取金额，提取配偶公积金时自动调用证照库中的结婚证，无需单位盖章和纸质材料。', actor: '申请人' },
    ],
    legalTimeLimitDays: null,
    promisedTimeLimitDays: 0,
    fee: { charged: false, standard: '不收费', basis: null },
    result: { kind: 'payment', name: '提取款项转入申请人本人银行账户', certificateKind: null, delivery: ['electronic'] },
    onlineDepth: 4,
    visits: 0,
    flags: { appointment: true, onlinePayment: false, expressDelivery: false, selfServiceTerminal: true },
    online: true,
    form: {
      version: 1,
      fields: [
        { key: 'applicantName', label: '申请人姓名', type: 'text', required: true, prefill: 'profile.name', readonlyWhenPrefilled: true },
        { key: 'applicantIdNumber', label: '公民身份号码', type: 'idNumber', required: true, prefill: 'profile.idNumber', readonlyWhenPrefilled: true },
        { key: 'loanNo', label: '贷款合同号', type: 'text', required: true, maxLength: 32 },
        {
          key: 'fundSource', label: '提取谁的住房公积金', type: 'radio', required: true,
          options: [{ value: 'self', label: '本人' }, { value: 'spouse', label: '配偶' }],
        },
        { key: 'marriageCertificate', label: '结婚证', type: 'certificate', required: false, prefill: 'wallet.marriage_certificate', certificateKind: 'marriage_certificate', help: '提取配偶住房公积金时必需' },
        { key: 'amountFen', label: '提取金额（元）', type: 'money', required: true, min: 1 },
      ],
    },
    applyChannel: 'housing_fund_withdrawal',
    faqs: [
      { question: '今年刚办的贷款，什么时候可以提取？', answer: '从取得贷款的次年起即可办理支取。' },
      { question: '每年最多能提取多少？', answer: '提取金额不大于当年的还款额，且累计提取总额不得大于实际的还款本息总额。' },
      { question: '可以提取配偶的住房公积金吗？', answer: '可以。需提供配偶单位加盖预留印鉴的审批表、结婚证和配偶身份证；在本应用中结婚证可从证照库直接调用，免于提交。' },
    ],
    tips: [
      '温馨提示：提取配偶住房公积金的，还需提供配偶单位加盖预留印鉴的审批表，结婚证原件、复印件，配偶的身份证原件、复印件。',
      '承诺时限：手续齐备，现场办理。',
    ],
  };
}
