import { Text, View } from '@tarojs/components';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import './index.css';

export interface FieldRow {
  key: string;
  label: string;
  value: string;
  masked?: boolean;
}

/** Label/value rows; masked values carry a visible "已脱敏" tag. */
export function FieldList({ rows }: { rows: FieldRow[] }) {
  const { t } = useI18n();
  return (
    <View className='zsb-fields' {...a11y('list', undefined, false)}>
      {rows.map((r) => (
        <View key={r.key} className='zsb-field' data-field={r.key} data-masked={r.masked ? '1' : '0'} {...a11y('listitem', undefined, false)}>
          <Text className='zsb-field__label'>{r.label}</Text>
          <View className='zsb-field__value'>
            <Text className='zsb-field__text'>{r.value}</Text>
            {r.masked ? <Text className='zsb-field__masked'>{t('wallet.detail.masked')}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
