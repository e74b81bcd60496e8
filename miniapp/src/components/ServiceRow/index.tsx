import { Text, View } from '@tarojs/components';
import type { ServiceSummary } from '@zsb/shared/contracts/catalog';
import { useState } from 'react';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import { Highlighted } from '../Highlighted';
import { OriginalBadge } from '../OriginalBadge';
import './index.css';

interface ServiceRowProps {
  item: ServiceSummary;
  onOpen: (code: string) => void;
}

/**
 * One service in a result list: the name with its matched part marked, where it is handled, and how.
 * A grouped row (the same item in several districts, `variants`) opens a district choice first.
 */
export function ServiceRow({ item, onOpen }: ServiceRowProps) {
  const { t } = useI18n();
  const [choosing, setChoosing] = useState(false);
  const variants = item.variants && item.variants.length > 1 ? item.variants : null;
  return (
    // Always shown in the result list: the list item holds the tappable row.
    <View className='zsb-service-row__item' {...a11y('listitem', undefined, false)}>
      <View
        id={`search-result-${item.code}`}
        className='zsb-service-row'
        data-code={item.code}
        data-variants={variants ? String(variants.length) : '1'}
        onClick={() => (variants ? setChoosing(!choosing) : onOpen(item.code))}
        {...a11y(variants ? 'button' : 'link', item.name)}
        {...(variants ? { 'aria-expanded': choosing ? 'true' : 'false' } : {})}
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
        <Text className='zsb-service-row__meta'>
          {variants
            ? t('catalog.whereMany', { department: item.departmentName, count: variants.length })
            : t('catalog.where', { department: item.departmentName, region: item.regionName })}
        </Text>
        <View className='zsb-service-row__badges'>
          {item.online ? <Text className='zsb-service-row__badge zsb-service-row__badge--online'>{t('catalog.online')}</Text> : null}
          <Text className='zsb-service-row__badge'>
            {item.promisedTimeLimitDays === 0 ? t('catalog.promisedNow') : t('catalog.promised', { days: item.promisedTimeLimitDays })}
          </Text>
          <Text className='zsb-service-row__badge'>{t('catalog.visits', { count: item.visits })}</Text>
        </View>
      </View>
      {variants && choosing ? (
        <View id={`search-variants-${item.code}`} className='zsb-service-row__variants' {...a11y('group', t('catalog.chooseRegion'), false)}>
          <Text className='zsb-service-row__variants-title'>{t('catalog.chooseRegion')}</Text>
          {variants.map((v) => (
            <Text key={v.code} id={`search-variant-${v.code}`} className='zsb-service-row__variant' data-region={v.region} onClick={() => onOpen(v.code)} {...a11y('link', `${item.name} · ${v.regionName}`)}>
              {v.regionName}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
