import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { supervisionRoutes } from '../../../contracts/supervision';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { SUPERVISION_PAGES } from '../../paths';
import '../../supervision.css';

/** The operator's 预警督办: open warnings and 督办 records by unit, most overdue first. */
export default function SupervisionOverviewPage() {
  const { t } = useI18n();
  const q = useQuery(() => call(supervisionRoutes.overview), []);
  useDidShow(() => q.reload());
  const units = q.data?.units ?? [];
  return (
    <Screen id='supervision-overview-page' title={t('supervision.title')}>
      <PageHeader back title={t('supervision.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        <Card id='supervision-reports-entry'>
          <View className='zsb-sv__actions'>
            <ActionButton id='supervision-open-reports' kind='secondary' text={t('supervision.reports.title')} onClick={() => void Taro.navigateTo({ url: SUPERVISION_PAGES.reports })} />
          </View>
        </Card>
        {q.data && units.length === 0 ? <Card id='supervision-empty'><Text>{t('supervision.empty')}</Text></Card> : null}
        {units.map((u) => (
          <Card key={u.departmentCode} id={`supervision-unit-${u.departmentCode}`}>
            <View className='zsb-sv__unit-head'>
              <Text className='zsb-sv__unit-name'>{u.departmentName ?? u.departmentCode}</Text>
              <Text className='zsb-sv__counts' data-escalated={u.escalated}>{t('supervision.counts', { escalated: u.escalated, warned: u.warned, days: u.maxDaysOverdue })}</Text>
            </View>
            {u.items.map((i) => (
              <View key={i.id} className='zsb-sv__item' data-stage={i.stage} data-days={i.daysOverdue}>
                <Text className='zsb-sv__title'>{i.title}</Text>
                <Text className={`zsb-sv__meta ${i.stage === 'escalated' ? 'zsb-sv__meta--late' : ''}`}>
                  {i.stage === 'escalated'
                    ? t('supervision.escalated', { number: i.number ?? '', due: i.dueDate, days: i.daysOverdue })
                    : t('supervision.warned', { due: i.dueDate })}
                </Text>
              </View>
            ))}
          </Card>
        ))}
      </View>
    </Screen>
  );
}
