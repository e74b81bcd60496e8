import type { FormField, Material } from '@zsb/shared/contracts/catalog';

/*
 * Building blocks the catalog generator assembles items from: materials that recur across
 * items (most of them certificates the wallet may hold) and form fields with stable keys
 * (one key = one fact, which lets a bundle ask it once).
 */

type MaterialBase = Omit<Material, 'key'>;

const cert = (name: string, certificateKind: string, sourceNote: string): MaterialBase => ({
  name, form: 'original', necessity: 'required', condition: null, count: 1, source: 'government', sourceNote,
  certificateKind, blankForm: null, sample: null, note: null,
});

const own = (name: string, form: Material['form'] = 'original', count = 1, note: string | null = null): MaterialBase => ({
  name, form, necessity: 'required', condition: null, count, source: 'applicant', sourceNote: '申请人自备',
  certificateKind: null, blankForm: null, sample: null, note,
});

/** Materials by key; items list keys, the generator copies them. */
export const MATERIALS: Record<string, MaterialBase> = {
  id_card: cert('居民身份证', 'id_card', '公安机关'),
  household_register: cert('居民户口簿', 'household_register', '公安机关'),
  marriage_certificate: cert('结婚证', 'marriage_certificate', '婚姻登记机关'),
  driving_licence: cert('机动车驾驶证', 'driving_licence', '公安机关交通管理部门'),
  vehicle_licence: cert('机动车行驶证', 'vehicle_licence', '公安机关交通管理部门'),
  social_security_card: cert('社会保障卡', 'social_security_card', '人力资源和社会保障部门'),
  residence_permit: cert('居住证', 'residence_permit', '公安机关'),
  property_certificate: cert('不动产权证书', 'property_certificate', '不动产登记机构'),
  business_licence: cert('营业执照', 'business_licence', '市场监督管理部门'),
  food_business_licence: cert('食品经营许可证', 'food_business_licence', '市场监督管理部门'),
  photo: { ...own('近期免冠彩色证件照片（白底）', 'original', 2), note: '2寸，6个月内拍摄' },
  bank_card: { ...own('本人银行借记卡', 'copy'), note: '用于发放款项' },
  lease_contract: own('房屋租赁合同', 'original_and_copy'),
  purchase_contract: own('商品房买卖合同或存量房买卖合同', 'original_and_copy'),
  loan_contract: own('借款合同', 'original_and_copy'),
  labour_contract: own('劳动合同', 'copy'),
  medical_record: own('病历、诊断证明等医疗资料', 'original_and_copy'),
  invoices: own('医疗费用票据及费用清单', 'original'),
  premises_proof: { ...own('经营场所使用证明（产权证明或租赁协议）', 'copy'), note: '产权已登记的可由登记信息核验' },
  articles: own('公司章程', 'original'),
  floor_plan: own('经营场所平面布局图及设备布局图', 'original'),
  hygiene_rules: own('食品安全管理制度文本', 'original'),
  health_certificates: own('从业人员健康证明', 'copy'),
  engineering_drawings: own('施工图设计文件', 'original'),
  eia_report: own('环境影响报告表', 'original', 2),
  site_photos: own('现场照片', 'original', 3),
  authorization: {
    ...own('授权委托书及受托人身份证件', 'original'),
    necessity: 'conditional', condition: '委托他人代为办理的',
  },
  death_certificate: { ...own('居民死亡医学证明（推断）书', 'original'), source: 'government', sourceNote: '医疗卫生机构' },
  birth_certificate: { ...own('出生医学证明', 'original'), source: 'government', sourceNote: '助产医疗机构' },
  disability_assessment: { ...own('残疾评定表', 'original'), source: 'government', sourceNote: '指定评残医院' },
  discharge_certificate: { ...own('退出现役证', 'original'), source: 'government', sourceNote: '部队' },
  income_statement: own('家庭成员收入及财产状况申报表', 'original'),
  commitment: own('申请人承诺书', 'original'),
};

export type MaterialKey = keyof typeof MATERIALS;

/** The application form of an item, as a blank form (空白表格) with a filled sample (示例样表). */
export function applicationForm(itemName: string): MaterialBase {
  return {
    ...own(`《${itemName}申请表》`, 'original'),
    blankForm: `${itemName}申请表.pdf`,
    sample: `${itemName}申请表（示例）.pdf`,
    note: '网上申办的，由系统根据填报内容自动生成，无需另行提交',
  };
}

type FieldBase = Omit<FormField, 'key'>;

/** Fields shared by many forms; the same key always means the same fact. */
export const FIELDS: Record<string, FieldBase> = {
  applicantName: { label: '申请人姓名', type: 'text', required: true, prefill: 'profile.name', readonlyWhenPrefilled: true },
  applicantIdNumber: { label: '公民身份号码', type: 'idNumber', required: true, prefill: 'profile.idNumber', readonlyWhenPrefilled: true },
  phone: { label: '联系电话', type: 'phone', required: true, prefill: 'profile.phone' },
  address: { label: '联系地址', type: 'text', required: true, maxLength: 120 },
  residenceRegion: { label: '居住区县', type: 'region', required: true, prefill: 'profile.region' },
  enterpriseName: { label: '单位名称', type: 'text', required: true, prefill: 'identity.name', readonlyWhenPrefilled: true },
  uscc: { label: '统一社会信用代码', type: 'uscc', required: true, prefill: 'identity.uscc', readonlyWhenPrefilled: true },
  legalRepresentative: { label: '法定代表人（负责人）', type: 'text', required: true, maxLength: 30 },
  contactPerson: { label: '经办人', type: 'text', required: true, prefill: 'profile.name' },
  businessName: { label: '企业（字号）名称', type: 'text', required: true, maxLength: 60, help: '新办企业填写拟用名称，例如：杭州某某餐饮有限公司' },
  businessAddress: { label: '经营场所地址', type: 'text', required: true, maxLength: 120 },
  businessArea: { label: '经营场所面积（平方米）', type: 'number', required: true, min: 1, max: 100000 },
  businessScope: { label: '经营范围', type: 'textarea', required: true, maxLength: 500 },
  registeredCapital: { label: '注册资本（元）', type: 'money', required: true, min: 100, max: 10_000_000_000_00 },
  employeeCount: { label: '从业人员人数', type: 'number', required: true, min: 0, max: 100000 },
  bankAccount: { label: '收款银行账号', type: 'text', required: true, maxLength: 32 },
  bankName: { label: '开户银行', type: 'text', required: true, maxLength: 60 },
  reason: { label: '申请事由', type: 'textarea', required: true, maxLength: 500 },
  remark: { label: '备注', type: 'textarea', required: false, maxLength: 500 },
  spouseName: { label: '配偶姓名', type: 'text', required: true, prefill: 'wallet.marriage_certificate.spouseName' },
  spouseIdNumber: { label: '配偶公民身份号码', type: 'idNumber', required: true, prefill: 'wallet.marriage_certificate.spouseIdNumber' },
  marriageCertificate: { label: '结婚证', type: 'certificate', required: true, prefill: 'wallet.marriage_certificate', certificateKind: 'marriage_certificate' },
  childName: { label: '新生儿姓名', type: 'text', required: true, maxLength: 20 },
  childBirthDate: { label: '出生日期', type: 'date', required: true },
  childGender: { label: '新生儿性别', type: 'radio', required: true, options: [{ value: 'male', label: '男' }, { value: 'female', label: '女' }] },
  birthHospital: { label: '出生医院', type: 'text', required: true, maxLength: 60 },
  propertyAddress: { label: '房屋坐落', type: 'text', required: true, maxLength: 120 },
  plateNumber: { label: '号牌号码', type: 'text', required: true, maxLength: 10, prefill: 'wallet.vehicle_licence.plateNumber' },
  deliveryMethod: {
    label: '领取方式', type: 'radio', required: true,
    options: [{ value: 'window', label: '窗口领取' }, { value: 'express', label: '快递送达（到付）' }, { value: 'electronic', label: '电子证照' }],
  },
  agreeCommitment: { label: '本人承诺所填信息真实有效，愿承担相应法律责任', type: 'checkbox', required: true },
};

export type FieldKey = keyof typeof FIELDS;

/**
 * An item-specific field in one line: `key:type[!]:label[:v1=l1|v2=l2]` (`!` = required).
 * Keeps the item templates readable.
 */
export function parseFieldSpec(spec: string): FormField {
  const [key, typeSpec, label, opts] = spec.split(':');
  if (!key || !typeSpec || !label) throw new Error(`bad field spec: ${spec}`);
  const required = typeSpec.endsWith('!');
  const type = typeSpec.replace('!', '') as FormField['type'];
  const field: FormField = { key, label, type, required };
  if (opts) field.options = opts.split('|').map((o) => { const [value, l] = o.split('='); return { value: value!, label: l ?? value! }; });
  if (type === 'textarea' || type === 'text') field.maxLength = type === 'text' ? 120 : 500;
  return field;
}

/** A field by library key or inline spec. */
export function field(keyOrSpec: string): FormField {
  const base = FIELDS[keyOrSpec];
  if (base) return { key: keyOrSpec, ...base };
  return parseFieldSpec(keyOrSpec);
}
