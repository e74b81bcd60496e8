import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { disclosureRoutes } from '../../../contracts/disclosure';
import { enquiryRoutes } from '../../../contracts/enquiries';
import { meRoutes } from '../../../contracts/me';
import { reportRoutes } from '../../../contracts/reports';
import { Card } from '../../../components/Card';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';
import { go } from '../../services';
import '../../asks.css';

/** 咨询 · 随手拍 · 依申请公开: where to start each, and what I have asked, reported and requested. */
export default function AsksHubPage() {
  const { t } = useI18n();
  const q = useQuery(async () => {
    const me = await call(meRoutes.me);
    if (me.kind !== 'resident') return { me, enquiries: [], reports: [], disclosures: [] };
    const [e, r, d] = await Promise.all([call(enquiryRoutes.mine), call(reportRoutes.mine), call(disclosureRoutes.mine)]);
    return { me, enquiries: e.items, reports: r.items, disclosures: d.items };
  }, []);
  useDidShow(() => q.reload());
  const data = q.data;
  const link = (id: string, text: string, hint: string, onClick: () => void) => (
    <View id={id} className='zsb-asks__row' onClick={onClick} {...a11y('link', text)}>
      <Text className='zsb-asks__link'>{text}</Text>
      <Text className='zsb-asks__muted'>{hint}</Text>
    </View>
  );
  return (
    <Screen id='asks-hub-page' title={t('asks.hub.title')}>
      <PageHeader back title={t('asks.hub.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !data} error={q.error} onRetry={q.reload} />
        {data ? (
          <>
            <Card id='asks-start'>
              {data.me.kind === 'staff' ? link('asks-staff', t('asks.hub.staff'), '', () => void go('staff')) : null}
              {link('asks-enquiry', t('asks.hub.enquiry'), t('asks.hub.enquiryHint'), () => void navigate('services'))}
              {link('asks-report', t('asks.hub.report'), t('asks.hub.reportHint'), () => void go('reportNew'))}
              {link('asks-disclosure', t('asks.hub.disclosure'), t('asks.hub.disclosureHint'), () => void go('disclosureNew'))}
              {link('asks-public', t('asks.hub.publicReports'), '', () => void go('publicReports'))}
            </Card>
            {data.me.kind === 'resident' ? (
              <>
                <Card id='asks-my-enquiries' title={t('asks.mine.enquiries')}>
                  {data.enquiries.length === 0 ? <Text className='zsb-asks__muted'>{t('asks.mine.none')}</Text> : null}
                  {data.enquiries.map((e) => (
                    <View key={e.id} id={`asks-enquiry-${e.id}`} data-status={e.status} className='zsb-asks__row' onClick={() => void go('enquiry', { id: e.id })} {...a11y('link', e.itemName)}>
                      <Text className='zsb-asks__title'>{e.itemName}</Text>
                      <Text className='zsb-asks__muted'>{t(`asks.enquiry.status.${e.status}`)} · {e.question.slice(0, 40)}</Text>
                    </View>
                  ))}
                </Card>
                <Card id='asks-my-reports' title={t('asks.mine.reports')}>
                  {data.reports.length === 0 ? <Text className='zsb-asks__muted'>{t('asks.mine.none')}</Text> : null}
                  {data.reports.map((r) => (
                    <View key={r.id} id={`asks-report-${r.id}`} data-status={r.status} className='zsb-asks__row' onClick={() => void go('report', { id: r.id })} {...a11y('link', t(`asks.report.category.${r.category}`))}>
                      <Text className='zsb-asks__title'>{t(`asks.report.category.${r.category}`)}</Text>
                      <Text className='zsb-asks__muted'>{t(`asks.report.status.${r.status}`)} · {r.description.slice(0, 40)}</Text>
                    </View>
                  ))}
                </Card>
                <Card id='asks-my-disclosures' title={t('asks.mine.disclosures')}>
                  {data.disclosures.length === 0 ? <Text className='zsb-asks__muted'>{t('asks.mine.none')}</Text> : null}
                  {data.disclosures.map((d) => (
                    <View key={d.id} id={`asks-disclosure-${d.id}`} data-status={d.status} className='zsb-asks__row' onClick={() => void go('disclosure', { id: d.id })} {...a11y('link', d.departmentName)}>
                      <Text className='zsb-asks__title'>{d.departmentName}</Text>
                      <Text className='zsb-asks__muted'>{t(`asks.disclosure.status.${d.status}`)} · {t('asks.due', { date: d.dueDate })}</Text>
                    </View>
                  ))}
                </Card>
              </>
            ) : null}
          </>
        ) : null}
      </View>
    </Screen>
  );
}
