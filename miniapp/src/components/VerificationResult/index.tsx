import { Text, View } from '@tarojs/components';
import type { Verification } from '@zsb/shared/contracts/verification';
import { useI18n } from '../../hooks/useI18n';
import { chinaTime } from '../../services/time';
import { a11y } from '../a11y';
import { FieldList, type FieldRow } from '../FieldList';
import './index.css';

/** A checker's answer at a glance: green with the disclosed summary (no photo), or red with why. */
export function VerificationResult({ result }: { result: Verification }) {
  const { t } = useI18n();
  const ok = result.result === 'valid';
  const rows: FieldRow[] = [];
  if (result.result === 'valid') {
    rows.push(
      { key: 'certificate', label: t('verify.certificate'), value: result.certificate.kindName },
      // Issuer and validity are known only when the holder chose to disclose them.
      ...(result.certificate.issuer !== undefined ? [{ key: 'issuer', label: t('verify.issuer'), value: result.certificate.issuer }] : []),
      ...(result.certificate.validUntil !== undefined
        ? [{ key: 'validUntil', label: t('verify.validUntil'), value: result.certificate.validUntil ?? t('verify.longTerm') }]
        : []),
      ...result.fields.map((f) => ({ key: `field-${f.key}`, label: f.label, value: f.value })),
      ...result.claims.map((c) => ({ key: `claim-${c.code}`, label: t('verify.claims'), value: `✓ ${t(`present.claim.${c.code}`)}` })),
      { key: 'purpose', label: t('verify.purpose'), value: result.presentation.purpose },
    );
  }
  return (
    <View id='verify-result' className={`zsb-verdict zsb-verdict--${ok ? 'ok' : 'bad'}`} data-result={result.result} {...a11y('alert', undefined, false)}>
      <View className='zsb-verdict__banner'>
        <Text className='zsb-verdict__glyph' aria-hidden='true'>
          {ok ? '✓' : '×'}
        </Text>
        <Text className='zsb-verdict__title'>{t(`verify.result.${result.result}`)}</Text>
      </View>
      {ok ? <FieldList rows={rows} /> : <Text className='zsb-verdict__hint'>{t('verify.hint.invalid')}</Text>}
      <Text className='zsb-verdict__time'>{t('verify.checkedAt', { time: chinaTime(result.checkedAt) })}</Text>
    </View>
  );
}
