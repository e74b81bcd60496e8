import { Text, View } from '@tarojs/components';
import type { CaseEvent } from '@zsb/shared/contracts/cases';
import { useI18n } from '../../hooks/useI18n';
import { chinaTime } from '../../services/time';
import { a11y } from '../a11y';
import './index.css';

/** Every step of a case, newest first: the status reached, who, when, and the note. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t } = useI18n();
  const newestFirst = [...events].reverse();
  return (
    <View id='case-timeline' className='zsb-timeline' {...a11y('list', t('cases.detail.timeline'), false)}>
      {newestFirst.map((e, i) => (
        <View key={`${e.at}-${i}`} className='zsb-timeline__step' data-to={e.to} {...a11y('listitem', undefined, false)}>
          <View className={`zsb-timeline__dot ${i === 0 ? 'zsb-timeline__dot--current' : ''}`} aria-hidden='true' />
          <View className='zsb-timeline__body'>
            <Text className='zsb-timeline__status'>{t(`cases.status.${e.to}`)}</Text>
            <Text className='zsb-timeline__meta'>
              {chinaTime(e.at)} · {e.actor.role === 'staff' ? e.actor.name ?? '' : t(`cases.detail.actor.${e.actor.role}`)}
            </Text>
            {e.note ? <Text className='zsb-timeline__note'>{e.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
