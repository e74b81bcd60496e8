import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { staffRoutes } from '../../../contracts/cases';
import { CaseRow } from '../../../components/CaseRow';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';
import './index.css';

type Tab = 'open' | 'near' | 'overdue';

export default function StaffQueuePage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('open');
  const q = useQuery(
    () => call(staffRoutes.queue, { query: { limit: 100, ...(tab === 'open' ? {} : { deadline: tab }) } }),
    [tab],
  );
  useDidShow(() => q.reload());
  const queue = q.data;
  const counts: Record<Tab, number | undefined> = { open: undefined, near: queue?.near, overdue: queue?.overdue };
  return (
    <Screen id='staff-queue-page' title={t('staff.queue.title')}>
      <PageHeader back title={t('staff.queue.title')} subtitle={queue ? t('staff.queue.count', { count: queue.total }) : undefined} />
      <View className='zsb-overlap zsb-staff'>
        <View className='zsb-staff__tabs' {...a11y('tablist', t('staff.queue.title'), false)}>
          {(['open', 'near', 'overdue'] as const).map((k) => (
            <View
              key={k}
              id={`queue-tab-${k}`}
              className={`zsb-staff__tab zsb-staff__tab--${k} ${tab === k ? 'zsb-staff__tab--on' : ''}`}
              onClick={() => setTab(k)}
              {...a11y('tab', t(`staff.queue.${k}`))}
              aria-selected={tab === k ? 'true' : 'false'}
            >
              <Text>{t(`staff.queue.${k}`)}</Text>
              {counts[k] !== undefined ? <Text className='zsb-staff__count' data-count={counts[k]}>{counts[k]}</Text> : null}
            </View>
          ))}
        </View>
        <StateView loading={q.loading && !queue} error={q.error} onRetry={q.reload} />
        {queue && queue.items.length === 0 ? <Text id='queue-empty' className='zsb-staff__empty'>{t('staff.queue.empty')}</Text> : null}
        {queue?.items.length ? (
          <View id='queue-list' {...a11y('list', t('staff.queue.title'), false)}>
            {queue.items.map((c, i) => (
              <CaseRow key={c.id} id={`queue-${i}`} item={c} subtitle={c.applicantName} onOpen={(x) => void navigate('staffCase', { id: x.id })} />
            ))}
          </View>
        ) : null}
      </View>
    </Screen>
  );
}
