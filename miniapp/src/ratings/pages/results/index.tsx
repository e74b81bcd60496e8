import { Image, Text, View } from '@tarojs/components';
import { chartLabel } from '../../../services/chart-label';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { hallRoutes, ratingRoutes, type RatingStats } from '../../../contracts/ratings';
import { DIMENSIONS, STARS } from '@zsb/shared/domain/rating';
import { chartSvg, svgDataUrl } from '@zsb/shared/domain/charts';
import { Card } from '../../../components/Card';
import { Chip } from '../../../components/Chip';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { chinaTime } from '../../../services/time';
import './index.css';

type Filter = { windowId?: string; hallId?: string; department?: string; region?: string; itemCode?: string };
const FILTER_KEYS = ['windowId', 'hallId', 'department', 'region', 'itemCode'] as const;

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** 评价结果公开: no sign-in; per window, hall, department, district or item, or the whole city. */
export default function RatingResultsPage() {
  const { t } = useI18n();
  const params = useRouter().params;
  const [filter, setFilter] = useState<Filter>(() => Object.fromEntries(FILTER_KEYS.flatMap((k) => (params[k] ? [[k, params[k]]] : []))));
  const halls = useQuery(() => call(hallRoutes.list), []);
  const q = useQuery(() => call(ratingRoutes.stats, { query: { ...filter, months: 12 } }), [JSON.stringify(filter)]);
  const s: RatingStats | undefined = q.data;
  const max = s ? Math.max(1, ...STARS.map((n) => s.summary.distribution[n])) : 1;
  return (
    <Screen id='results-page' guest title={t('results.title')}>
      <PageHeader back title={t('results.title')} subtitle={s?.scope.name ?? undefined} />
      <View className='zsb-overlap zsb-results'>
        <Card id='results-scopes' title={t('results.halls')}>
          <Chip id='results-scope-city' role='radio' text={t('results.city')} selected={Object.keys(filter).length === 0} onToggle={() => setFilter({})} />
          {(halls.data?.halls ?? []).map((h) => (
            <Chip key={h.id} id={`results-scope-${h.id}`} role='radio' text={h.name} selected={filter.hallId === h.id} onToggle={() => setFilter({ hallId: h.id })} />
          ))}
        </Card>
        <StateView loading={q.loading && !s} error={q.error} onRetry={q.reload} />
        {s ? (
          <>
            <Card id='results-summary' title={s.scope.name ?? t('results.title')}>
              <View className='zsb-results__figures'>
                <View className='zsb-results__figure'>
                  <Text id='results-count' className='zsb-results__value' data-count={s.summary.count}>{s.summary.count}</Text>
                  <Text className='zsb-results__caption'>{t('results.count')}</Text>
                </View>
                <View className='zsb-results__figure'>
                  <Text id='results-good-rate' className='zsb-results__value' data-rate={s.summary.goodRate ?? ''}>
                    {s.summary.goodRate === null ? t('results.none') : t('results.percent', { value: percent(s.summary.goodRate)! })}
                  </Text>
                  <Text className='zsb-results__caption'>{t('results.goodRate')}</Text>
                </View>
              </View>
              {s.defaults.count > 0 ? <Text id='results-defaults' className='zsb-results__note'>{t('results.defaults', { count: s.defaults.count })}</Text> : null}
            </Card>
            <Card id='results-distribution' title={t('results.distribution')}>
              {[...STARS].reverse().map((n) => (
                <View key={n} className='zsb-results__bar-row' {...a11y('img', t('results.barLabel', { n, count: s.summary.distribution[n] }), false)}>
                  <Text className='zsb-results__bar-label'>{t('rating.star', { n })}</Text>
                  <View className='zsb-results__bar'>
                    <View className={`zsb-results__bar-fill zsb-results__bar-fill--${n}`} style={{ width: `${(s.summary.distribution[n] / max) * 100}%` }} />
                  </View>
                  <Text className='zsb-results__bar-count'>{s.summary.distribution[n]}</Text>
                </View>
              ))}
            </Card>
            <Card id='results-averages' title={t('results.averages')}>
              {DIMENSIONS.filter((d) => s.summary.averages[d] !== null).map((d) => (
                <View key={d} className='zsb-results__avg' data-dimension={d}>
                  <Text>{t(`rating.dimension.${d}`)}</Text>
                  <Text className='zsb-results__avg-value'>{t('results.score', { score: s.summary.averages[d]!.toFixed(2) })}</Text>
                </View>
              ))}
            </Card>
            <Card id='results-trend' title={t('results.trend')}>
              <Image
                id='results-trend-chart' className='zsb-results__chart' mode='aspectFit'
                src={svgDataUrl(chartSvg({
                  title: t('results.trendChart'),
                  labels: s.trend.map((m) => m.month.slice(5)),
                  series: [{ name: t('overview.goodRate'), color: '#0f766e', values: s.trend.map((m) => (m.count === 0 ? null : m.goodRate)) }],
                  kind: 'line', percent: true,
                }))}
                {...chartLabel(`${t('results.trendChart')}：${s.trend.map((m) => `${m.month} ${m.count === 0 ? t('results.none') : t('results.monthLine', { count: m.count, rate: percent(m.goodRate)! })}`).join('；')}`)}
              />
              {s.trend.map((m) => (
                <View key={m.month} className='zsb-results__avg' data-month={m.month}>
                  <Text>{m.month}</Text>
                  <Text className='zsb-results__avg-value'>
                    {m.count === 0 ? t('results.none') : t('results.monthLine', { count: m.count, rate: percent(m.goodRate)! })}
                  </Text>
                </View>
              ))}
            </Card>
            <Card id='results-recent' title={t('results.recent')}>
              {s.recent.length === 0 ? <Text className='zsb-results__note'>{t('results.none')}</Text> : null}
              {s.recent.map((r, i) => (
                <View key={r.id} id={`results-recent-${i}`} className='zsb-results__comment' data-rating-id={r.id}>
                  <Text className='zsb-results__who'>
                    {t('results.byLine', { name: r.raterName ?? t('results.anonymous'), n: r.overall, time: chinaTime(r.createdAt) })}
                  </Text>
                  {r.comment ? <Text className='zsb-results__text'>{r.comment}</Text> : null}
                  {r.workOrder ? (
                    <Text className='zsb-results__wo' data-status={r.workOrder.status}>{t('results.workOrder', { status: t(`workOrders.status.${r.workOrder.status}`) })}</Text>
                  ) : null}
                  {r.workOrder?.rectificationNote ? <Text className='zsb-results__wo'>{t('results.rectification', { note: r.workOrder.rectificationNote })}</Text> : null}
                </View>
              ))}
            </Card>
          </>
        ) : null}
      </View>
    </Screen>
  );
}
