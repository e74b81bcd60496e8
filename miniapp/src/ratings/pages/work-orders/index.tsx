import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { meRoutes } from '../../../contracts/me';
import { workOrderRoutes } from '../../../contracts/work-orders';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { WorkOrderRow } from '../../../components/WorkOrderRow';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';
import '../../../staff/pages/queue/index.css';
import './index.css';

const TABS = ['unclosed', 'near', 'overdue', 'closed'] as const;
type Tab = (typeof TABS)[number];

/** 差评整改工单: the unit's orders (staff), all of them (operator), or the rater's own (resident), with warnings. */
export default function WorkOrdersPage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('unclosed');
  const me = useQuery(() => call(meRoutes.me), []);
  const q = useQuery(() => call(workOrderRoutes.list, {
    query: tab === 'closed' ? { status: 'closed', limit: 100 } : { status: 'unclosed', limit: 100, ...(tab === 'unclosed' ? {} : { deadline: tab }) },
  }), [tab]);
  useDidShow(() => q.reload());
  const items = q.data?.items ?? [];
  const title = me.data?.kind === 'resident' ? t('workOrders.mine') : t('workOrders.title');
  return (
    <Screen id='work-orders-page' title={title}>
      <PageHeader
        back
        title={title}
        extra={me.data?.kind === 'operator' ? (
          <Text id='wo-overview' className='zsb-wo-list__link' onClick={() => void navigate('ratingsOverview')} {...a11y('link', t('ratings.entry.overview'))}>{t('ratings.entry.overview')}</Text>
        ) : undefined}
      />
      <View className='zsb-overlap zsb-staff'>
        <View className='zsb-staff__tabs' {...a11y('tablist', title, false)}>
          {TABS.map((k) => (
            <View
              key={k}
              id={`wo-tab-${k}`}
              className={`zsb-staff__tab ${k === 'near' || k === 'overdue' ? `zsb-staff__tab--${k}` : ''} ${tab === k ? 'zsb-staff__tab--on' : ''}`}
              onClick={() => setTab(k)}
              {...a11y('tab', t(`workOrders.tab.${k}`))}
              aria-selected={tab === k ? 'true' : 'false'}
            >
              <Text>{t(`workOrders.tab.${k}`)}</Text>
            </View>
          ))}
        </View>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        {q.data && items.length === 0 ? <Text id='wo-empty' className='zsb-staff__empty'>{t('workOrders.empty')}</Text> : null}
        <View id='wo-list' {...a11y('list', title, false)}>
          {items.map((o, i) => (
            <WorkOrderRow key={o.id} id={`wo-${i}`} order={o} onOpen={(x) => void navigate('workOrder', { id: x.id })} />
          ))}
        </View>
      </View>
    </Screen>
  );
}
