import { Text } from '@tarojs/components';
import { useI18n } from '../../hooks/useI18n';
import './index.css';

/**
 * "中文原文": the text beside it is 简体中文 because the BFF has no translation into the app's
 * language (the answer lists it in `untranslated`). Nothing is shown when it is translated.
 */
export function OriginalBadge({ show, id, onPrimary }: { show: boolean; id?: string; onPrimary?: boolean }) {
  const { t } = useI18n();
  if (!show) return null;
  return (
    <Text id={id} className={`zsb-original ${onPrimary ? 'zsb-original--on-primary' : ''}`} {...({ lang: 'zh-Hans' } as object)}>
      {t('common.originalChinese')}
    </Text>
  );
}
