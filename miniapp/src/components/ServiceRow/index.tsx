import { Text, View } from '@tarojs/components';
import type { ServiceSummary } from '@zsb/shared/contracts/catalog';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import { Highlighted } from '../Highlighted';
import { OriginalBadge } from '../OriginalBadge';
import './index.css';

interface ServiceRowProps {
  item: ServiceSummary;
  onOpen: (code: string) => void;
}

/** One service in a result list: the name with its matched part marked, where it is handled, and how. */
export function ServiceRow({ item, onOpen }: ServiceRowProps) {
  const { t } = useI18n();
  return (
    // Always shown in the result list: the list item holds the tappable row.
    <View className='zsb-service-row__item' {...a11y('listitem', undefined, false)}>
      <View
        id={`search-result-${item.code}`}
        className='zsb-service-row'
        data-code={item.code}
        onClick={() => onOpen(item.code)}
        {...a11y('link', item.name)}
      >
        <View className='zsb-service-row__title'>
          <Highlighted className='zsb-service-row__name' runs={item.nameHighlight ?? [{ text: item.name, match: false }]} />
          <OriginalBadge id={`search-result-${item.code}-original`} show={!!item.untranslated?.includes('name')} />
        </View>
        {item.matchedIn ? (
          <View className='zsb-service-row__matched'>
            <Text className='zsb-service-row__matched-label'>{t(`catalog.matchedIn.${item.matchedIn.field}`)}</Text>
            <Highlighted runs={item.matchedIn.snippet} />
          </View>
        ) : null}
        <Text className='zsb-service-row__meta'>{t('catalog.where', { department: item.departmentName, region: item.regionName })}</Text>
        <View className='zsb-service-row__badges'>
          {item.online ? <Text className='zsb-service-row__badge zsb-service-row__badge--online'>{t('catalog.online')}</Text> : null}
          <Text className='zsb-service-row__badge'>
            {item.promisedTimeLimitDays === 0 ? t('catalog.promisedNow') : t('catalog.promised', { days: item.promisedTimeLimitDays })}
          </Text>
          <Text className='zsb-service-row__badge'>{t('catalog.visits', { count: item.visits })}</Text>
        </View>
      </View>
    </View>
  );
}
