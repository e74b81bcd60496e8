import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { supervisionRoutes } from '../../../contracts/supervision';
import { Card } from '../../../components/Card';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { SUPERVISION_PAGES } from '../../paths';
import '../../supervision.css';

/** 情况通报: the monthly reports the caller may read (every unit for the operator, their own for a clerk), newest first. */
export default function SupervisionReportsPage() {
  const { t } = useI18n();
  const q = useQuery(() => call(supervisionRoutes.reports, { query: {} }), []);
  const items = q.data?.items ?? [];
  return (
    <Screen id='supervision-reports-page' title={t('supervision.reports.title')}>
      <PageHeader back title={t('supervision.reports.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        <Card id='supervision-reports'>
          {q.data && items.length === 0 ? <Text>{t('supervision.reports.empty')}</Text> : null}
          {items.map((r, i) => {
            const label = t('supervision.reports.line', { unit: r.departmentName ?? r.departmentCode, month: r.month });
            return (
              <View key={r.id} id={`supervision-report-${i}`} className='zsb-sv__row' data-report-id={r.id}
                onClick={() => void Taro.navigateTo({ url: `${SUPERVISION_PAGES.report}?id=${encodeURIComponent(r.id)}` })} {...a11y('link', label)}>
                <Text>{label}</Text>
                <Text className='zsb-sv__counts'>{t('supervision.reports.summary', { received: r.figures.received, overdue: r.figures.overdue })}</Text>
              </View>
            );
          })}
        </Card>
      </View>
    </Screen>
  );
}
