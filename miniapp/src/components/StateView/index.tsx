import { Text, View } from '@tarojs/components';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import { Notice } from '../Notice';
import './index.css';

interface StateViewProps {
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** The loading spinner text or the translated error for a page's main query; nothing once loaded. */
export function StateView({ loading, error, onRetry }: StateViewProps) {
  const { t, tError } = useI18n();
  if (error) {
    return (
      <View className='zsb-state'>
        <Notice id='page-error' kind='error' text={tError(error)} onRetry={onRetry} />
      </View>
    );
  }
  if (loading) {
    return (
      <View className='zsb-state' {...a11y('status', undefined, false)}>
        <Text className='zsb-state__loading'>{t('common.loading')}</Text>
      </View>
    );
  }
  return null;
}
