import { Text, View } from '@tarojs/components';
import { STARS, STAR_LEVEL_KEYS } from '@zsb/shared/domain/rating';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import './index.css';

interface StarRowProps {
  /** Each star gets `<id>-<n>`. */
  id: string;
  /** Already translated dimension name, e.g. 整体满意度. */
  label: string;
  value: number | null | undefined;
  onChange: (stars: number) => void;
  large?: boolean;
}

/** One dimension rated 1–5: five stars as a radio group, with the level (非常不满意 … 非常满意) spelled out. */
export function StarRow({ id, label, value, onChange, large }: StarRowProps) {
  const { t } = useI18n();
  return (
    <View id={id} className={`zsb-stars ${large ? 'zsb-stars--large' : ''}`} data-value={value ?? ''} {...a11y('radiogroup', label, false)}>
      <Text className='zsb-stars__label'>{label}</Text>
      <View className='zsb-stars__row'>
        {STARS.map((n) => {
          const level = t(`rating.level.${STAR_LEVEL_KEYS[n - 1]}`);
          const on = value != null && n <= value;
          return (
            <Text
              key={n}
              id={`${id}-${n}`}
              className={`zsb-stars__star ${on ? 'zsb-stars__star--on' : ''}`}
              onClick={() => onChange(n)}
              aria-checked={value === n ? 'true' : 'false'}
              {...a11y('radio', t('rating.starLabel', { dimension: label, n, level }), true)}
            >
              {on ? '★' : '☆'}
            </Text>
          );
        })}
        <Text className='zsb-stars__level'>{value ? t(`rating.level.${STAR_LEVEL_KEYS[value - 1]}`) : ''}</Text>
      </View>
    </View>
  );
}
