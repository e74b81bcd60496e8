import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import type { FormField } from '@zsb/shared/contracts/catalog';
import type { CertificateSummary } from '@zsb/shared/contracts/wallet';
import { a11y, fieldLabel } from '../../../components/a11y';
import { IS_H5 } from '../../../services/env';
import { useI18n } from '../../../hooks/useI18n';
import { isUsableCertificate } from '../../apply-form';
import './index.css';

/** What the form keeps per field while editing: text for typed fields, booleans for checkboxes. */
export type FieldDraft = string | boolean;

interface FormFieldInputProps {
  field: FormField;
  value: FieldDraft | undefined;
  onChange: (value: FieldDraft) => void;
  /** Filled from the signed-in identity and not editable. */
  locked: boolean;
  /** Translated error under the field, if any. */
  error?: string;
  /** Certificates the applicant may pick for a `certificate` field. */
  certificates: CertificateSummary[];
}

type Keyboard = 'text' | 'number' | 'idcard' | 'digit';
const KEYBOARD: Partial<Record<FormField['type'], Keyboard>> = {
  number: 'number', money: 'digit', phone: 'number', idNumber: 'idcard',
};

/**
 * The input's type. A phone number is digits but not a quantity: on H5 it is `tel` (the phone keypad, a
 * landline's hyphen allowed, no spinner or wheel changing it); the mini-program's `number` is its digit pad.
 */
const keyboardOf = (type: FormField['type']): Keyboard => (IS_H5 && type === 'phone' ? ('tel' as Keyboard) : KEYBOARD[type] ?? 'text');

/** One field of an application form, rendered for its type; every control is reachable by `#field-<key>`. */
export function FormFieldInput({ field, value, onChange, locked, error, certificates }: FormFieldInputProps) {
  const { t } = useI18n();
  const id = `field-${field.key}`;
  const text = typeof value === 'string' ? value : '';
  const choices = (options: { value: string; label: string }[]) => (
    <View className='zsb-form-field__choices' {...a11y('radiogroup', field.label, false)}>
      {options.map((o, i) => (
        <View
          key={o.value}
          id={`${id}-opt-${i}`}
          className={`zsb-form-field__choice ${text === o.value ? 'zsb-form-field__choice--on' : ''}`}
          onClick={() => !locked && onChange(o.value)}
          {...a11y('radio', o.label)}
          aria-checked={text === o.value ? 'true' : 'false'}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  );

  let control;
  switch (field.type) {
    case 'checkbox':
      control = (
        <View
          className={`zsb-form-field__check ${value === true ? 'zsb-form-field__check--on' : ''}`}
          onClick={() => !locked && onChange(value !== true)}
          {...a11y('checkbox', field.label)}
          aria-checked={value === true ? 'true' : 'false'}
        >
          <Text className='zsb-form-field__box' aria-hidden='true'>{value === true ? '✓' : ''}</Text>
          <Text>{field.label}</Text>
        </View>
      );
      break;
    case 'select':
    case 'radio':
      control = choices(field.options ?? []);
      break;
    case 'certificate': {
      const usable = certificates.filter((c) => c.kind === field.certificateKind && isUsableCertificate(c));
      control = usable.length
        ? choices(usable.map((c) => ({ value: c.id, label: `${c.kindName} ${c.number}` })))
        : <Text className='zsb-form-field__hint'>{t('cases.apply.noCertificate')}</Text>;
      break;
    }
    case 'date':
      control = (
        <Picker mode='date' value={text} onChange={(e) => onChange(String(e.detail.value))} disabled={locked}>
          <View className='zsb-form-field__input zsb-form-field__picker' {...a11y('button', field.label)}>
            <Text>{text || t('cases.apply.chooseDate')}</Text>
          </View>
        </Picker>
      );
      break;
    case 'textarea':
      control = (
        <Textarea
          className='zsb-form-field__input zsb-form-field__textarea'
          value={text}
          maxlength={field.maxLength ?? 2000}
          placeholder={field.placeholder}
          disabled={locked}
          onInput={(e) => onChange(e.detail.value)}
          {...fieldLabel(field.label)}
        />
      );
      break;
    default:
      control = (
        <View className='zsb-form-field__row'>
          <Input
            className='zsb-form-field__input'
            type={keyboardOf(field.type)}
            value={text}
            maxlength={field.maxLength ?? 200}
            placeholder={field.placeholder}
            disabled={locked}
            onInput={(e) => onChange(e.detail.value)}
            {...fieldLabel(field.label)}
          />
          {field.type === 'money' ? <Text className='zsb-form-field__unit'>{t('cases.apply.yuan')}</Text> : null}
        </View>
      );
  }

  return (
    <View id={id} className={`zsb-form-field ${error ? 'zsb-form-field--error' : ''}`} data-type={field.type} data-locked={locked ? '1' : '0'}>
      {field.type !== 'checkbox' ? (
        <Text className='zsb-form-field__label'>
          {field.label}
          {field.required ? null : <Text className='zsb-form-field__optional'>{t('cases.apply.optional')}</Text>}
        </Text>
      ) : null}
      {control}
      {locked ? <Text className='zsb-form-field__hint'>{t('cases.apply.prefilled')}</Text> : null}
      {field.help ? <Text className='zsb-form-field__hint'>{field.help}</Text> : null}
      {error ? <Text className='zsb-form-field__error' {...a11y('alert', undefined, false)}>{error}</Text> : null}
    </View>
  );
}
