import type { BundleDefinition } from '@zsb/shared/contracts/bundles';
import { DISTRICTS } from '@zsb/shared/domain/regions';

/*
 * The 一件事 bundles. Item codes refer to the catalog dataset (catalog/dataset/items.json); a test
 * checks that each exists and can be applied for online. Each question's options decide which
 * items apply; a question may depend on an earlier answer (showIf).
 */

const YES_NO = [{ value: 'yes', label: '是' }, { value: 'no', label: '否' }];
const DISTRICT_OPTIONS = DISTRICTS.map((d) => ({ value: d.code, label: d.name }));

/** District-level items are one code per district, in DISTRICTS order. */
function perDistrict(question: string, codes: string[], also: BundleDefinition['items'][number]['when'] = []): BundleDefinition['items'] {
  return DISTRICTS.map((d, i) => ({ itemCode: codes[i]!, when: [...also, { question, in: [d.code] }] }));
}

export const BUNDLES: BundleDefinition[] = [
  {
    code: 'restaurant',
    name: '我要开饭店',
    aliases: ['开饭店', '开餐馆', '开餐厅', '开饭馆', '餐饮开店', '开小吃店'],
    audience: 'enterprise',
    lifeEvent: 'business_start',
    description: '开办餐饮店涉及的营业执照、食品经营许可、消防、招牌、排水、环评和餐厨垃圾收运，一次告知、一表申请。',
    notice: [
      '请提前确定经营场所，场所须为商业用房，不得设在居民住宅楼内。',
      '从业人员须持有效健康证明上岗。',
      '各事项由相关部门并联审批，任一事项需补正不影响其他事项办理。',
    ],
    questions: [
      {
        key: 'entityType', text: '您以什么主体开店？', help: null, showIf: [],
        options: [{ value: 'company', label: '新设公司' }, { value: 'individual', label: '个体工商户' }, { value: 'existing', label: '已有营业执照' }],
      },
      { key: 'district', text: '经营场所在哪个区？', help: '个体工商户由所在区市场监管局登记', options: DISTRICT_OPTIONS, showIf: [{ question: 'entityType', in: ['individual'] }] },
      { key: 'largeVenue', text: '营业面积是否超过150平方米？', help: '超过的，须在营业前通过消防安全检查', options: YES_NO, showIf: [] },
      { key: 'sign', text: '是否在门头设置店招店牌？', help: null, options: YES_NO, showIf: [] },
    ],
    items: [
      { itemCode: 'SCJGJ-0001', when: [{ question: 'entityType', in: ['company'] }] },
      ...perDistrict('district', ['SCJGJ-0002', 'SCJGJ-0003', 'SCJGJ-0004', 'SCJGJ-0005'], [{ question: 'entityType', in: ['individual'] }]),
      { itemCode: 'SCJGJ-0006', when: [] },
      { itemCode: 'XFJY-0001', when: [{ question: 'largeVenue', in: ['yes'] }] },
      { itemCode: 'CGJ-0005', when: [{ question: 'sign', in: ['yes'] }] },
      { itemCode: 'CGJ-0010', when: [] },
      { itemCode: 'STHJJ-0003', when: [] },
      { itemCode: 'CGJ-0009', when: [] },
    ],
  },
  {
    code: 'newborn',
    name: '新生儿出生',
    aliases: ['生孩子', '宝宝出生', '新生儿', '出生一件事', '生娃'],
    audience: 'personal',
    lifeEvent: 'birth',
    description: '出生医学证明、预防接种证、户口登记、医保参保、社保卡和生育津贴，一次申请、分别办结。',
    notice: [
      '请在婴儿出生后1个月内申报户口登记。',
      '新生儿出生后90日内参加医保的，自出生之日起享受待遇。',
      '父母的结婚证、户口簿可从证照库调用，无需上传。',
    ],
    questions: [
      { key: 'district', text: '新生儿随父或随母落户在哪个区？', help: null, options: DISTRICT_OPTIONS, showIf: [] },
      { key: 'motherInsured', text: '母亲是否参加职工生育保险？', help: '参保的可同时申领生育津贴', options: YES_NO, showIf: [] },
      { key: 'socialSecurityCard', text: '是否同时为新生儿申领社会保障卡？', help: null, options: YES_NO, showIf: [] },
    ],
    items: [
      { itemCode: 'WJW-0001', when: [] },
      { itemCode: 'WJW-0010', when: [] },
      ...perDistrict('district', ['GAJ-0004', 'GAJ-0005', 'GAJ-0006', 'GAJ-0007']),
      { itemCode: 'YBJ-0001', when: [] },
      { itemCode: 'RSJ-0007', when: [{ question: 'socialSecurityCard', in: ['yes'] }] },
      { itemCode: 'YBJ-0009', when: [{ question: 'motherInsured', in: ['yes'] }] },
    ],
  },
  {
    code: 'dog_licence',
    name: '我要办犬证',
    aliases: ['办犬证', '办狗证', '养狗', '犬证年检', '养犬'],
    audience: 'personal',
    lifeEvent: 'pets',
    description: '犬只狂犬病免疫和养犬登记（或年检）一次办理。',
    notice: ['重点管理区内每户限养一只犬，禁止饲养烈性犬、大型犬。', '犬只须植入电子标识并每年接种狂犬病疫苗。'],
    questions: [
      { key: 'kind', text: '办理新证还是年检？', help: null, options: [{ value: 'new', label: '首次登记' }, { value: 'renewal', label: '年检（延续）' }], showIf: [] },
      { key: 'vaccinated', text: '犬只今年是否已接种狂犬病疫苗？', help: null, options: YES_NO, showIf: [] },
    ],
    items: [
      { itemCode: 'NYNCJ-0001', when: [{ question: 'vaccinated', in: ['no'] }] },
      { itemCode: 'GAJ-0017', when: [{ question: 'kind', in: ['new'] }] },
      { itemCode: 'GAJ-0018', when: [{ question: 'kind', in: ['renewal'] }] },
    ],
  },
  {
    code: 'retirement',
    name: '退休一件事',
    aliases: ['退休', '办退休', '退休手续', '退休一件事'],
    audience: 'personal',
    lifeEvent: 'retirement',
    description: '养老金申领、退休人员医保待遇、公积金销户提取和老年优待证件一次申请。',
    notice: ['请在达到法定退休年龄前1个月内申请。', '养老金按月发放至本人社会保障卡金融账户。'],
    questions: [
      { key: 'housingFund', text: '是否缴存过住房公积金？', help: '缴存的可在退休时一次性提取账户余额', options: YES_NO, showIf: [] },
      { key: 'seniorCard', text: '是否已年满60周岁并需要老年公交卡？', help: null, options: YES_NO, showIf: [] },
      { key: 'seniorCertificate', text: '是否同时办理老年人优待证？', help: null, options: YES_NO, showIf: [{ question: 'seniorCard', in: ['yes'] }] },
    ],
    items: [
      { itemCode: 'RSJ-0006', when: [] },
      { itemCode: 'YBJ-0015', when: [] },
      { itemCode: 'GJJ-0004', when: [{ question: 'housingFund', in: ['yes'] }] },
      { itemCode: 'JTJ-0006', when: [{ question: 'seniorCard', in: ['yes'] }] },
      { itemCode: 'MZJ-0045', when: [{ question: 'seniorCertificate', in: ['yes'] }] },
    ],
  },
  {
    code: 'business_start',
    name: '企业开办',
    aliases: ['开公司', '注册公司', '企业开办一件事', '成立公司', '办企业'],
    audience: 'enterprise',
    lifeEvent: 'business_start',
    description: '营业执照、公章刻制、税务报到、发票领用、员工社保、医保和公积金开户，一表申请、一日办结。',
    notice: ['设立登记、刻章和税务信息确认当日办结。', '招用员工的，须在用工之日起30日内办理社保、医保和公积金开户。'],
    questions: [
      { key: 'invoice', text: '是否需要领用发票？', help: null, options: YES_NO, showIf: [] },
      { key: 'employees', text: '是否招用员工？', help: '招用的同时办理单位社保、医保和公积金开户', options: YES_NO, showIf: [] },
    ],
    items: [
      { itemCode: 'SCJGJ-0001', when: [] },
      { itemCode: 'GAJ-0024', when: [] },
      { itemCode: 'SWJ-0001', when: [] },
      { itemCode: 'SWJ-0002', when: [{ question: 'invoice', in: ['yes'] }] },
      { itemCode: 'RSJ-0013', when: [{ question: 'employees', in: ['yes'] }] },
      { itemCode: 'YBJ-0013', when: [{ question: 'employees', in: ['yes'] }] },
      { itemCode: 'GJJ-0010', when: [{ question: 'employees', in: ['yes'] }] },
    ],
  },
];
