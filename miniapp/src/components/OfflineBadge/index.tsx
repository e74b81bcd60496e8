import { Text, View } from '@tarojs/components';
import { useI18n } from '../../hooks/useI18n';
import { chinaTime } from '../../services/time';
import { a11y } from '../a11y';
import './index.css';

/** "离线" and when the shown copy was saved. */
export function OfflineBadge({ savedAt }: { savedAt: string | null }) {
  const { t } = useI18n();
  return (
    <View id='offline-badge' className='zsb-offline' {...a11y('status', undefined, false)}>
      <Text className='zsb-offline__badge'>{t('offline.badge')}</Text>
      {savedAt ? <Text className='zsb-offline__time'>{t('offline.cachedAt', { time: chinaTime(savedAt) })}</Text> : null}
    </View>
  );
}
