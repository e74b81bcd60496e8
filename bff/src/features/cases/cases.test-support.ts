import type { FormData, FormField, FormSchema } from '@zsb/shared/contracts/catalog';

/** A valid value for any form field, for tests and benchmarks that submit real catalog forms. */
function sampleValue(f: FormField): FormData[string] {
  switch (f.type) {
    case 'number':
    case 'money':
      return f.min ?? 1;
    case 'checkbox':
      return true;
    case 'date':
      return '2026-03-02';
    case 'phone':
      return '13800001111';
    case 'idNumber':
      return '330106198905127476';
    case 'uscc':
      return '91330106MA2H0TXY58';
    case 'region':
      return '330106';
    case 'select':
    case 'radio':
      return f.options?.[0]?.value ?? '';
    case 'certificate':
      return null;
    default:
      return '测试填写';
  }
}

/** Every field of `form` filled with a valid value (optional ones too, except certificate references). */
export function sampleFormData(form: FormSchema, overrides: FormData = {}): FormData {
  const out: FormData = {};
  for (const f of form.fields) {
    const v = sampleValue(f);
    if (v !== null) out[f.key] = v;
  }
  return { ...out, ...overrides };
}
