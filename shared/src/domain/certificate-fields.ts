import { type CertificateKind, certificateKindInfo, parseCertificateId } from './certificate-id';
import { maskGeneric, maskIdNumber, maskName, maskPhone, maskUscc } from './masking';

/**
 * The fields of every certificate kind, declared: label as printed on the certificate and, for the
 * fields that identify or locate a person, the masking rule applied until the holder reveals them.
 * Declared per kind rather than guessed from key names, because the library's names do not say
 * what a field holds (`socialSecurityNo` is an ID number, `cardNo` a card number, `name` on a
 * business licence is the company's name and not personal).
 */

/** How a sensitive field is masked. */
export type MaskRule =
  /** 18-character ID number: first 4 and last 4 kept. */
  | 'id_number'
  /** `YYYY-**-**`. */
  | 'birth_date'
  /** The first 6 characters (province, city) kept. */
  | 'address'
  /** A number of a person or their property: first 2 and last 4 kept. */
  | 'number'
  /** A person's name other than the holder's: the first character kept. */
  | 'name'
  | 'phone';

export interface FieldDeclaration {
  label: string;
  /** Masked with this rule in lists and the detail until revealed; absent for fields shown as they are. */
  sensitive?: MaskRule;
}

const f = (label: string, sensitive?: MaskRule): FieldDeclaration => (sensitive ? { label, sensitive } : { label });

/** Every field of every kind the wallet knows, in the order the certificate prints them. */
export const CERTIFICATE_FIELDS: Record<CertificateKind, Record<string, FieldDeclaration>> = {
  id_card: {
    name: f('姓名'), gender: f('性别'), ethnicity: f('民族'), birthDate: f('出生', 'birth_date'),
    address: f('住址', 'address'), idNumber: f('公民身份号码', 'id_number'),
  },
  driving_licence: {
    name: f('姓名'), gender: f('性别'), nationality: f('国籍'), idNumber: f('身份证明号码', 'id_number'),
    address: f('住址', 'address'), birthDate: f('出生日期', 'birth_date'), licenceClass: f('准驾车型'),
    firstIssuedOn: f('初次领证日期'), fileNo: f('档案编号', 'number'),
  },
  vehicle_licence: {
    plateNo: f('号牌号码', 'number'), vehicleType: f('车辆类型'), owner: f('所有人'), address: f('住址', 'address'),
    useCharacter: f('使用性质'), brandModel: f('品牌型号'), vin: f('车辆识别代号', 'number'),
    engineNo: f('发动机号码', 'number'), registeredOn: f('注册日期'), inspectionValidUntil: f('检验有效期至'),
  },
  marriage_certificate: {
    holderName: f('持证人'), holderIdNumber: f('身份证件号', 'id_number'), spouseName: f('配偶姓名', 'name'),
    spouseIdNumber: f('配偶身份证件号', 'id_number'), registeredOn: f('登记日期'), registrationOffice: f('登记机关'),
    certificateNo: f('结婚证字号', 'number'),
  },
  social_security_card: {
    name: f('姓名'), socialSecurityNo: f('社会保障号码', 'id_number'), cardNo: f('卡号', 'number'),
    bank: f('开户银行'), issuedOn: f('发卡日期'),
  },
  residence_permit: {
    name: f('姓名'), gender: f('性别'), idNumber: f('公民身份号码', 'id_number'), address: f('居住地址', 'address'),
    hukouAddress: f('户籍地址', 'address'),
  },
  household_register: {
    householdNo: f('户号', 'number'), householdType: f('户别'), householderName: f('户主姓名'),
    relationToHouseholder: f('与户主关系'), name: f('姓名'), idNumber: f('公民身份号码', 'id_number'),
    address: f('住址', 'address'),
  },
  property_certificate: {
    owner: f('权利人'), coOwnership: f('共有情况'), location: f('坐落', 'address'),
    realEstateUnitNo: f('不动产单元号', 'number'), rightType: f('权利类型'), use: f('用途'), area: f('面积'),
    landUseTerm: f('使用期限'),
  },
  // An enterprise's register entries are public (国家企业信用信息公示系统): nothing to mask.
  business_licence: {
    name: f('名称'), uscc: f('统一社会信用代码'), type: f('类型'), legalRepresentative: f('法定代表人'),
    registeredCapital: f('注册资本'), establishedOn: f('成立日期'), businessTerm: f('营业期限'), address: f('住所'),
    businessScope: f('经营范围'),
  },
  food_business_licence: {
    operatorName: f('经营者名称'), socialCreditCode: f('社会信用代码'), legalRepresentative: f('法定代表人'),
    residence: f('住所'), businessPremises: f('经营场所'), mainBusiness: f('主体业态'), businessItems: f('经营项目'),
    licenceNo: f('许可证编号'), validUntil: f('有效期至'),
  },
};

// A field the library sends that we have not declared is treated as sensitive: masking too much is
// the safe mistake, and the test over the sandbox's data keeps the declaration complete.
const UNDECLARED: MaskRule = 'number';

/** The declaration of `key` on a certificate of `kind`; an undeclared field is labelled by its key and masked. */
export function certificateField(kind: string, key: string): FieldDeclaration {
  const declared = (CERTIFICATE_FIELDS as Record<string, Record<string, FieldDeclaration>>)[kind]?.[key];
  return declared ?? { label: key, sensitive: UNDECLARED };
}

/** The printed label of `key` on a certificate of `kind`. */
export function certificateFieldLabel(kind: string, key: string): string {
  return certificateField(kind, key).label;
}

/** The kind of a certificate from its national identifier's type code, when it is one of ours. */
export function kindOfCertificateId(certificateId: string | null | undefined): CertificateKind | undefined {
  return certificateId ? parseCertificateId(certificateId)?.kind : undefined;
}

/** Whether `key` on a certificate of `kind` is masked until the holder reveals it. */
export function isSensitiveField(kind: string, key: string): boolean {
  return certificateField(kind, key).sensitive !== undefined;
}

/** `value` masked by `rule`. */
export function applyMaskRule(rule: MaskRule, value: string): string {
  if (!value) return value;
  switch (rule) {
    case 'id_number':
      return value.length === 18 ? maskIdNumber(value) : maskGeneric(value, 2, 2);
    case 'birth_date':
      return `${value.slice(0, 4)}-**-**`;
    case 'address':
      return maskGeneric(value, Math.min(6, Array.from(value).length - 1), 0);
    case 'name':
      return maskName(value);
    case 'phone':
      return maskPhone(value);
    case 'number':
      return maskGeneric(value, 2, 4);
  }
}

/** A field's value as shown before any reveal: masked when the kind declares it sensitive. */
export function maskCertificateField(kind: string, key: string, value: string): string {
  const rule = certificateField(kind, key).sensitive;
  return rule ? applyMaskRule(rule, value) : value;
}

/** The rule for each kind's own number (证号), as the list shows it. */
const NUMBER_RULES: Partial<Record<CertificateKind, 'id_number' | 'uscc'>> = {
  id_card: 'id_number', driving_licence: 'id_number', social_security_card: 'id_number', business_licence: 'uscc',
};

/** The certificate's own number, masked in lists: ID-like numbers keep 4+4, USCCs 4+4, others 2+4. */
export function maskCertificateNumber(kind: string, number: string): string {
  const rule = NUMBER_RULES[kind as CertificateKind];
  if (rule === 'uscc') return number.length === 18 ? maskUscc(number) : maskGeneric(number, 2, 4);
  if (rule === 'id_number') return number.length === 18 ? maskIdNumber(number) : maskGeneric(number, 2, 4);
  return maskGeneric(number, 2, 4);
}

/** Whether `kind` is one the wallet declares. */
export function isDeclaredKind(kind: string): kind is CertificateKind {
  return certificateKindInfo(kind) !== undefined;
}
