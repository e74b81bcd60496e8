import { Text, View } from '@tarojs/components';
import { reportRoutes } from '../../../contracts/reports';
import { Card } from '../../../components/Card';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { chinaTime } from '../../../services/time';
import '../../asks.css';

/** The public, map-free list of reports: nobody named, text masked, positions rounded. */
export default function PublicReportsPage() {
  const { t } = useI18n();
  const q = useQuery(() => call(reportRoutes.publicList, { query: { limit: 50 } }), []);
  return (
    <Screen id='public-reports-page' guest title={t('asks.public.title')}>
      <PageHeader back title={t('asks.public.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        {q.data ? (
          <Card id='public-reports'>
            {q.data.items.length === 0 ? <Text className='zsb-asks__muted'>{t('asks.mine.none')}</Text> : null}
            {q.data.items.map((r) => (
              <View key={r.id} className='zsb-asks__row' data-status={r.status}>
                <Text className='zsb-asks__title'>{t(`asks.report.category.${r.category}`)} · {t(`asks.report.status.${r.status}`)}</Text>
                <Text className='zsb-asks__line'>{r.description}</Text>
                <Text className='zsb-asks__muted'>{t('asks.public.area', { region: r.regionName, lat: r.area.lat, lng: r.area.lng })} · {r.unitName} · {chinaTime(r.createdAt)}</Text>
              </View>
            ))}
          </Card>
        ) : null}
      </View>
    </Screen>
  );
}
