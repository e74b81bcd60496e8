import { isValidUscc } from './uscc';

/**
 * National electronic certificate identifier (电子证照标识, GB/T 36904):
 * `1.2.156.3005.2.{证照类型代码}.{颁发机构代码}.{流水号}.{版本号}.{校验位}`.
 *
 * Choices this project makes where the standard leaves room or our copy is not authoritative:
 * - 证照类型代码 is 18 digits: `11100000000000` followed by a 4-digit kind number (see CERTIFICATE_KINDS).
 * - 颁发机构代码 is the issuing body's USCC (18 characters, valid GB 32100 check character).
 * - 流水号 is 1–32 characters of 0-9A-Z; 版本号 is 1–6 digits (we issue `001`).
 * - 校验位 is ISO/IEC 7064 MOD 37,36 (hybrid system, alphabet 0-9A-Z) computed over the
 *   concatenation of every component before it with the dots removed, the fixed prefix included:
 *   `1215630052` + typeCode + issuerUscc + serial + version.
 */

/** The fixed object-identifier arc every identifier starts with. */
export const CERTIFICATE_ID_PREFIX = '1.2.156.3005.2';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const TYPE_CODE = /^\d{18}$/;
const SERIAL = /^[0-9A-Z]{1,32}$/;
const VERSION = /^\d{1,6}$/;

/** The certificate kinds the wallet knows, with their 证照类型代码. */
export const CERTIFICATE_KINDS = [
  { kind: 'id_card', name: '居民身份证', typeCode: '111000000000000001' },
  { kind: 'driving_licence', name: '机动车驾驶证', typeCode: '111000000000000002' },
  { kind: 'vehicle_licence', name: '机动车行驶证', typeCode: '111000000000000003' },
  { kind: 'marriage_certificate', name: '结婚证', typeCode: '111000000000000004' },
  { kind: 'social_security_card', name: '社会保障卡', typeCode: '111000000000000005' },
  { kind: 'residence_permit', name: '居住证', typeCode: '111000000000000006' },
  { kind: 'household_register', name: '户口簿', typeCode: '111000000000000007' },
  { kind: 'property_certificate', name: '不动产权证书', typeCode: '111000000000000008' },
  { kind: 'business_licence', name: '营业执照', typeCode: '111000000000000009' },
  { kind: 'food_business_licence', name: '食品经营许可证', typeCode: '111000000000000010' },
] as const;

export type CertificateKind = (typeof CERTIFICATE_KINDS)[number]['kind'];

/** Looks a kind up by its key or by its type code. */
export function certificateKindInfo(kindOrTypeCode: string): (typeof CERTIFICATE_KINDS)[number] | undefined {
  return CERTIFICATE_KINDS.find((k) => k.kind === kindOrTypeCode || k.typeCode === kindOrTypeCode);
}

export interface CertificateIdParts {
  typeCode: string;
  issuerUscc: string;
  serial: string;
  version: string;
}

export interface ParsedCertificateId extends CertificateIdParts {
  checkChar: string;
  /** The kind whose type code this is, when it is one of ours. */
  kind?: CertificateKind;
}

/**
 * ISO/IEC 7064 MOD 37,36 check character over `payload` (characters 0-9A-Z).
 * @throws RangeError on any other character.
 */
export function mod3736CheckChar(payload: string): string {
  const m = 36;
  let p = m;
  for (const ch of payload) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new RangeError(`character ${ch} is outside 0-9A-Z`);
    let s = (p + v) % m;
    if (s === 0) s = m;
    p = (s * 2) % (m + 1);
  }
  return ALPHABET[(m + 1 - p) % m];
}

/**
 * Builds an identifier from its parts and appends the check character.
 * @throws RangeError when a part does not have the shape documented above.
 */
export function makeCertificateId(parts: CertificateIdParts): string {
  const { typeCode, issuerUscc, serial, version } = parts;
  if (!TYPE_CODE.test(typeCode)) throw new RangeError('typeCode must be 18 digits');
  if (!isValidUscc(issuerUscc)) throw new RangeError('issuerUscc must be a valid USCC');
  if (!SERIAL.test(serial)) throw new RangeError('serial must be 1-32 characters of 0-9A-Z');
  if (!VERSION.test(version)) throw new RangeError('version must be 1-6 digits');
  const body = `${CERTIFICATE_ID_PREFIX}.${typeCode}.${issuerUscc}.${serial}.${version}`;
  return `${body}.${mod3736CheckChar(body.replaceAll('.', ''))}`;
}

/** The parts of a well-formed identifier, or `null` when it is not one (shape or check character). */
export function parseCertificateId(s: string): ParsedCertificateId | null {
  if (typeof s !== 'string' || !s.startsWith(`${CERTIFICATE_ID_PREFIX}.`)) return null;
  const rest = s.slice(CERTIFICATE_ID_PREFIX.length + 1).split('.');
  if (rest.length !== 5) return null;
  const [typeCode, issuerUscc, serial, version, checkChar] = rest;
  if (!TYPE_CODE.test(typeCode) || !isValidUscc(issuerUscc) || !SERIAL.test(serial) || !VERSION.test(version)) {
    return null;
  }
  if (!/^[0-9A-Z]$/.test(checkChar)) return null;
  const expected = mod3736CheckChar(s.slice(0, s.length - 2).replaceAll('.', ''));
  if (expected !== checkChar) return null;
  const kind = CERTIFICATE_KINDS.find((k) => k.typeCode === typeCode)?.kind;
  return { typeCode, issuerUscc, serial, version, checkChar, ...(kind ? { kind } : {}) };
}

/** Whether `s` is a well-formed identifier with the right check character. */
export function isValidCertificateId(s: string): boolean {
  return parseCertificateId(s) !== null;
}
