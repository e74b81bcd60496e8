import { Text, View } from '@tarojs/components';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import './index.css';

interface NoticeProps {
  id?: string;
  kind: 'degraded' | 'error' | 'info';
  text: string;
  onRetry?: () => void;
}

/** An inline message: a section that could not load, an error, or a hint. */
export function Notice({ id, kind, text, onRetry }: NoticeProps) {
  const { t } = useI18n();
  return (
    <View id={id} className={`zsb-notice zsb-notice--${kind}`} {...a11y(kind === 'error' ? 'alert' : 'status', undefined, false)}>
      <Text className='zsb-notice__icon' aria-hidden='true'>
        {kind === 'info' ? 'i' : '!'}
      </Text>
      <Text className='zsb-notice__text'>{text}</Text>
      {onRetry ? (
        <Text className='zsb-notice__retry' onClick={onRetry} {...a11y('button', t('common.retry'))}>
          {t('common.retry')}
        </Text>
      ) : null}
    </View>
  );
}
