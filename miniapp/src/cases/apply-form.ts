import { formDataSchemaFor, type FormData, type FormField } from '@zsb/shared/contracts/catalog';
import type { Profile } from '@zsb/shared/contracts/me';
import type { CertificateSummary } from '@zsb/shared/contracts/wallet';
import type { FieldError } from '@zsb/shared/errors';
import type { FieldDraft } from './components/FormFieldInput';

/*
 * Pure rules of the application form: pre-filling from the profile and the wallet, turning what the
 * applicant typed into the submitted form data (and back), and placing the BFF's field errors.
 */

/** Prefill sources the BFF takes from the signed-in identity itself, so the applicant cannot change them. */
const IDENTITY_SOURCES = new Set(['profile.name', 'profile.idNumber', 'identity.name', 'identity.uscc']);

export function isLocked(field: FormField): boolean {
  return !!field.readonlyWhenPrefilled && !!field.prefill && IDENTITY_SOURCES.has(field.prefill);
}

/** A certificate that can stand in for a material or a certificate field: current, not expired or revoked. */
export const isUsableCertificate = (c: Pick<CertificateSummary, 'status'>) => c.status === 'valid' || c.status === 'expiring';

/** The value a field starts with, from the profile or the wallet; masked values are not offered as input. */
export function prefillValue(field: FormField, profile: Profile, certificates: CertificateSummary[]): FieldDraft | undefined {
  const source = field.prefill;
  if (!source) return undefined;
  const enterprise = profile.activeIdentity.kind === 'enterprise';
  const fromProfile: Record<string, string | null | undefined> = {
    'profile.name': profile.name,
    'profile.idNumber': profile.idNumber,
    'profile.phone': profile.phone,
    'profile.gender': profile.gender,
    'profile.region': profile.region,
    'identity.name': enterprise ? profile.activeIdentity.name : undefined,
    'identity.uscc': enterprise ? profile.activeIdentity.id : undefined,
  };
  if (source in fromProfile) {
    const v = fromProfile[source];
    // A masked phone is no use as input; identity fields stay masked but locked (the BFF fills them).
    if (!v || (v.includes('*') && !isLocked(field))) return undefined;
    return v;
  }
  const [, kind, key] = source.split('.');
  if (source.startsWith('wallet.') && !key) return certificates.find((c) => c.kind === kind && isUsableCertificate(c))?.id;
  return undefined;
}

/** Starting values: prefill, then whatever a saved draft or an earlier submission holds (not masked values). */
export function initialDrafts(
  fields: FormField[], profile: Profile, certificates: CertificateSummary[], saved: FormData | null,
): Record<string, FieldDraft> {
  const out: Record<string, FieldDraft> = {};
  const restored = saved ? fromFormData(fields, saved) : {};
  for (const f of fields) {
    const pre = prefillValue(f, profile, certificates);
    const kept = restored[f.key];
    const usableKept = kept !== undefined && !(typeof kept === 'string' && kept.includes('*'));
    const v = isLocked(f) ? pre : usableKept ? kept : pre;
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}

/** What was typed → the form data the contract expects (integers for number/money, fen for money). */
export function toFormData(fields: FormField[], drafts: Record<string, FieldDraft>): FormData {
  const out: FormData = {};
  for (const f of fields) {
    const v = drafts[f.key];
    if (f.type === 'checkbox') {
      out[f.key] = v === true;
      continue;
    }
    const text = typeof v === 'string' ? v.trim() : '';
    if (!text) {
      if (!f.required) out[f.key] = null;
      continue;
    }
    if (f.type === 'number') out[f.key] = Number.isFinite(Number(text)) ? Math.round(Number(text)) : text;
    else if (f.type === 'money') out[f.key] = Number.isFinite(Number(text)) ? Math.round(Number(text) * 100) : text;
    else out[f.key] = text;
  }
  return out;
}

/** Form data → editable values (money back to yuan). */
export function fromFormData(fields: FormField[], data: FormData): Record<string, FieldDraft> {
  const out: Record<string, FieldDraft> = {};
  for (const f of fields) {
    const v = data[f.key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'boolean') out[f.key] = v;
    else if (f.type === 'money' && typeof v === 'number') out[f.key] = String(v / 100);
    else out[f.key] = String(v);
  }
  return out;
}

/** What is wrong with one field, as an i18n key under `cases.apply.error.` and its parameters. */
export type FieldProblem =
  | { kind: 'required' | 'choose' | 'agree' | 'certificate' | 'invalid' }
  | { kind: `format.${'phone' | 'idNumber' | 'uscc' | 'date' | 'region' | 'number' | 'money'}` }
  | { kind: 'tooSmall' | 'tooLarge' | 'tooLong'; limit: string };

const FORMAT_TYPES = new Set(['phone', 'idNumber', 'uscc', 'date', 'region', 'number', 'money']);

/**
 * Why a field's value would be refused, by the same schema the BFF checks with: missing, which
 * format is expected, or which bound is crossed (money bounds in yuan). Null when it is fine.
 */
export function fieldProblem(field: FormField, value: FieldDraft | undefined): FieldProblem | null {
  const data = toFormData([field], { [field.key]: value ?? '' });
  if (formDataSchemaFor({ version: 1, fields: [field] }).safeParse(data).success) return null;
  if (field.type === 'checkbox') return { kind: 'agree' };
  if (!(field.key in data) || data[field.key] === null) {
    return { kind: field.type === 'select' || field.type === 'radio' ? 'choose' : field.type === 'certificate' ? 'certificate' : 'required' };
  }
  const v = data[field.key];
  if ((field.type === 'number' || field.type === 'money') && typeof v === 'number') {
    const shown = (n: number) => (field.type === 'money' ? String(n / 100) : String(n));
    if (field.min !== undefined && v < field.min) return { kind: 'tooSmall', limit: shown(field.min) };
    if (field.max !== undefined && v > field.max) return { kind: 'tooLarge', limit: shown(field.max) };
  }
  if (FORMAT_TYPES.has(field.type)) return { kind: `format.${field.type}` as `format.${'phone'}` };
  if (field.type === 'select' || field.type === 'radio') return { kind: 'choose' };
  if (typeof v === 'string' && field.maxLength && Array.from(v).length > field.maxLength) return { kind: 'tooLong', limit: String(field.maxLength) };
  return { kind: 'invalid' };
}

/**
 * What to say under a field the BFF refused although this form found nothing wrong (rules that changed
 * meanwhile): the message of its type — the expected format, the options, the length — never a bare
 * "check this field".
 */
export function refusedFieldProblem(field: FormField, value: FieldDraft | undefined): FieldProblem {
  const known = fieldProblem(field, value);
  if (known) return known;
  if (FORMAT_TYPES.has(field.type)) return { kind: `format.${field.type}` as `format.${'phone'}` };
  switch (field.type) {
    case 'select':
    case 'radio': return { kind: 'choose' };
    case 'certificate': return { kind: 'certificate' };
    case 'checkbox': return { kind: 'agree' };
    default: return { kind: 'tooLong', limit: String(field.maxLength ?? 2000) };
  }
}

/** The problems of every field the applicant can edit (locked identity fields are filled by the BFF). */
export function formProblems(fields: FormField[], drafts: Record<string, FieldDraft>): Record<string, FieldProblem> {
  const out: Record<string, FieldProblem> = {};
  for (const f of fields) {
    if (isLocked(f)) continue;
    const p = fieldProblem(f, drafts[f.key]);
    if (p) out[f.key] = p;
  }
  return out;
}

/** The BFF's field errors (`body.form.<key>`) by field key. */
export function formErrors(errors: FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const m = /^body\.form\.([A-Za-z0-9]+)/.exec(e.path);
    if (m) out[m[1]!] = e.message;
  }
  return out;
}

/** A fresh Idempotency-Key for one submission attempt (kept across retries of that attempt). */
export function newIdempotencyKey(random: () => number = Math.random): string {
  const part = () => Math.floor(random() * 2 ** 32).toString(36).padStart(7, '0');
  return `apply-${Date.now().toString(36)}-${part()}${part()}`;
}
