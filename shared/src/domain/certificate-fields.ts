import { maskGeneric, maskIdNumber, maskPhone, maskUscc } from './masking';

/** Labels of certificate fields as printed on the certificates. Unknown keys fall back to the key. */
export const CERTIFICATE_FIELD_LABELS: Record<string, string> = {
  name: '姓名', holderName: '持证人', gender: '性别', ethnicity: '民族', birthDate: '出生日期', address: '住址',
  idNumber: '公民身份号码', spouseName: '配偶姓名', spouseIdNumber: '配偶身份证号', registeredOn: '登记日期',
  registrationOffice: '登记机关', class: '准驾车型', licenceNumber: '证号', plateNumber: '号牌号码', vehicleType: '车辆类型',
  owner: '所有人', vin: '车辆识别代号', engineNumber: '发动机号码', registerDate: '注册日期', cardNumber: '社会保障卡号',
  bankAccount: '金融账号', householdNo: '户号', householder: '户主', relation: '与户主关系', location: '坐落',
  propertyNumber: '不动产单元号', area: '面积', usage: '用途', uscc: '统一社会信用代码', type: '类型',
  legalRepresentative: '法定代表人', registeredCapital: '注册资本', establishedOn: '成立日期', businessScope: '经营范围',
  validUntil: '有效期至', issuedBy: '签发机关', phone: '联系电话', permitNumber: '许可证编号', operator: '经营者名称',
};

const SENSITIVE = /(idnumber|phone|address|location|bankaccount|vin|enginenumber|cardnumber|birthdate|householdno)$/i;

/** Whether a field is masked until the holder asks to reveal it. */
export function isSensitiveField(key: string): boolean {
  return SENSITIVE.test(key);
}

/** The masked form of a sensitive field, chosen by what the field holds. */
export function maskCertificateField(key: string, value: string): string {
  if (!isSensitiveField(key) || !value) return value;
  const k = key.toLowerCase();
  if (k.endsWith('idnumber')) return value.length === 18 ? maskIdNumber(value) : maskGeneric(value, 2, 2);
  if (k.endsWith('phone')) return maskPhone(value);
  if (k.endsWith('birthdate')) return `${value.slice(0, 4)}-**-**`;
  if (k.endsWith('address') || k.endsWith('location')) return maskGeneric(value, Math.min(6, value.length), 0);
  return maskGeneric(value, 2, 4);
}

/** The certificate's own number, masked in lists: ID-like numbers keep 4+4, USCCs 4+4, others 2+4. */
export function maskCertificateNumber(kind: string, number: string): string {
  if (kind === 'id_card' || kind === 'social_security_card' || kind === 'driving_licence') {
    return number.length === 18 ? maskIdNumber(number) : maskGeneric(number, 2, 4);
  }
  if (kind === 'business_licence') return number.length === 18 ? maskUscc(number) : maskGeneric(number, 2, 4);
  return maskGeneric(number, 2, 4);
}
