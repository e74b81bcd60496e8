import { Text, View } from '@tarojs/components';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import './index.css';

/** A search field look-alike that opens the services page, where the real search input is. */
export function SearchEntry({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n();
  return (
    <View id='home-search' className='zsb-search-entry' onClick={onOpen} {...a11y('link', t('catalog.entry'))}>
      <Text className='zsb-search-entry__icon' aria-hidden='true'>⌕</Text>
      <Text className='zsb-search-entry__text'>{t('catalog.searchPlaceholder')}</Text>
    </View>
  );
}
