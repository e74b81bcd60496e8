import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { disclosureRoutes } from '../../../contracts/disclosure';
import { enquiryRoutes } from '../../../contracts/enquiries';
import { reportRoutes } from '../../../contracts/reports';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { go } from '../../services';
import '../../asks.css';

type Tab = 'enquiries' | 'reports' | 'disclosures';
interface Row { id: string; title: string; status: string; line: string; overdue: boolean }

/** The department's inbox: questions to answer, reports in the unit's queue, information requests. */
export default function AsksStaffPage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('enquiries');
  const q = useQuery(async (): Promise<Row[]> => {
    if (tab === 'enquiries') {
      return (await call(enquiryRoutes.staffList, { query: {} })).items.map((e) => ({
        id: e.id, title: e.itemName, status: t(`asks.enquiry.status.${e.status}`), line: e.question.slice(0, 60), overdue: e.overdue,
      }));
    }
    if (tab === 'reports') {
      return (await call(reportRoutes.staffList, { query: {} })).items.map((r) => ({
        id: r.id, title: t(`asks.report.category.${r.category}`), status: t(`asks.report.status.${r.status}`), line: `${r.regionName} · ${r.description.slice(0, 50)}`, overdue: false,
      }));
    }
    return (await call(disclosureRoutes.staffList, { query: {} })).items.map((d) => ({
      id: d.id, title: d.description.slice(0, 30), status: t(`asks.disclosure.status.${d.status}`), line: t('asks.due', { date: d.dueDate }), overdue: d.overdue,
    }));
  }, [tab]);
  useDidShow(() => q.reload());
  const kind = { enquiries: 'enquiry', reports: 'report', disclosures: 'disclosure' }[tab];
  return (
    <Screen id='asks-staff-page' title={t('asks.staff.title')}>
      <PageHeader back title={t('asks.staff.title')} />
      <View className='zsb-overlap'>
        <View className='zsb-asks__tabs' {...a11y('tablist', t('asks.staff.title'), false)}>
          {(['enquiries', 'reports', 'disclosures'] as const).map((k) => (
            <View key={k} id={`asks-staff-tab-${k}`} className={`zsb-asks__tab ${tab === k ? 'zsb-asks__tab--on' : ''}`} onClick={() => setTab(k)}
              {...a11y('tab', t(`asks.staff.tab.${k}`))} aria-selected={tab === k ? 'true' : 'false'}>
              <Text>{t(`asks.staff.tab.${k}`)}</Text>
            </View>
          ))}
        </View>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        {q.data && q.data.length === 0 ? <Text className='zsb-asks__muted'>{t('asks.staff.none')}</Text> : null}
        <View id='asks-staff-list' className='zsb-asks__list'>
          {q.data?.map((r) => (
            <View key={r.id} id={`asks-staff-${kind}-${r.id}`} className='zsb-asks__row' data-id={r.id} onClick={() => void go('staffItem', { kind, id: r.id })} {...a11y('link', r.title)}>
              <Text className='zsb-asks__title'>{r.title}</Text>
              <Text className='zsb-asks__muted'>{r.overdue ? `${t('asks.staff.overdue')} · ` : ''}{r.status} · {r.line}</Text>
            </View>
          ))}
        </View>
      </View>
    </Screen>
  );
}
