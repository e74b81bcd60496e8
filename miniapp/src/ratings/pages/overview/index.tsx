import { Text, Textarea, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ratingRoutes, type ReviewRating } from '../../../contracts/ratings';
import { EXCLUSION_KINDS, type ExclusionKind } from '@zsb/shared/domain/rating';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';
import { chinaTime } from '../../../services/time';
import '../results/index.css';
import './index.css';

/** The operator's view: rating figures, open / near-due / overdue orders per office, and flagged ratings to decide on. */
export default function RatingsOverviewPage() {
  const { t, tError } = useI18n();
  const q = useQuery(() => Promise.all([call(ratingRoutes.overview), call(ratingRoutes.review, { query: { review: 'pending', limit: 50 } })]), []);
  useDidShow(() => q.reload());
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [overview, review] = q.data ?? [];

  const decide = async (r: ReviewRating, kind: ExclusionKind | 'clear') => {
    if (kind !== 'clear' && reason.trim().length < 2) {
      setReasonMissing(true);
      return;
    }
    setBusy(r.id);
    setFailure(null);
    setReasonMissing(false);
    try {
      if (kind === 'clear') await call(ratingRoutes.clear, { params: { ratingId: r.id } });
      else await call(ratingRoutes.exclude, { params: { ratingId: r.id }, body: { kind, reason: reason.trim() } });
      setReason('');
      q.reload();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(null);
    }
  };

  const figure = (id: string, value: string | number, caption: string) => (
    <View className='zsb-results__figure'>
      <Text id={id} className='zsb-results__value' data-value={value}>{value}</Text>
      <Text className='zsb-results__caption'>{caption}</Text>
    </View>
  );
  const rate = overview?.ratings.goodRate;
  return (
    <Screen id='ratings-overview-page' title={t('overview.title')}>
      <PageHeader back title={t('overview.title')} />
      <View className='zsb-overlap zsb-overview'>
        <StateView loading={q.loading && !overview} error={q.error} onRetry={q.reload} />
        {overview && review ? (
          <>
            <Card id='overview-ratings'>
              <View className='zsb-results__figures'>
                {figure('overview-today', overview.ratings.today, t('overview.today'))}
                {figure('overview-month', overview.ratings.thisMonth, t('overview.thisMonth'))}
                {figure('overview-total', overview.ratings.total, t('overview.total'))}
              </View>
              <View className='zsb-results__figures'>
                {figure('overview-good', rate == null ? t('results.none') : t('results.percent', { value: Math.round(rate * 1000) / 10 }), t('overview.goodRate'))}
                {figure('overview-flagged', overview.ratings.flaggedPending, t('overview.flagged'))}
                {figure('overview-excluded', overview.ratings.excluded, t('overview.excluded'))}
                {figure('overview-defaults', overview.ratings.defaults, t('overview.defaults'))}
              </View>
            </Card>
            <Card id='overview-orders' title={t('overview.orders')} onClick={() => void navigate('workOrders')} label={t('ratings.entry.workOrders')}>
              <View className='zsb-results__figures'>
                {figure('overview-open', overview.workOrders.open, t('overview.open'))}
                {figure('overview-near', overview.workOrders.near, t('overview.near'))}
                {figure('overview-overdue', overview.workOrders.overdue, t('overview.overdue'))}
                {figure('overview-awaiting', overview.workOrders.awaitingVerdict, t('overview.awaiting'))}
              </View>
            </Card>
            <Card id='overview-departments' title={t('overview.byDepartment')}>
              {overview.workOrders.byDepartment.map((d) => (
                <View key={d.departmentCode} className='zsb-results__avg' data-department={d.departmentCode} data-overdue={d.overdue}>
                  <Text>{d.departmentName}</Text>
                  <Text className={d.overdue ? 'zsb-overview__bad' : d.near ? 'zsb-overview__warn' : ''}>
                    {t('overview.departmentLine', { open: d.open, near: d.near, overdue: d.overdue })}
                  </Text>
                </View>
              ))}
            </Card>
            <Card id='overview-review' title={t('overview.review')}>
              {review.items.length === 0 ? <Text className='zsb-results__note'>{t('overview.reviewEmpty')}</Text> : (
                <Textarea
                  id='overview-reason'
                  className='zsb-overview__reason'
                  value={reason}
                  maxlength={500}
                  placeholder={t('overview.reasonPlaceholder')}
                  onInput={(e) => setReason(e.detail.value)}
                  {...fieldLabel(t('overview.reason'))}
                />
              )}
              {reasonMissing ? <Notice id='overview-reason-missing' kind='error' text={t('overview.reasonMissing')} /> : null}
              {failure ? <Notice id='overview-error' kind='error' text={tError(failure)} /> : null}
              {review.items.map((r, i) => (
                <View key={r.id} id={`review-${i}`} className='zsb-results__comment' data-rating-id={r.id}>
                  <Text className='zsb-results__who'>
                    {t('results.byLine', { name: r.raterName ?? t('results.anonymous'), n: r.overall, time: chinaTime(r.createdAt) })}
                  </Text>
                  {r.comment ? <Text className='zsb-results__text'>{r.comment}</Text> : null}
                  <Text className='zsb-overview__flags'>{r.flags.map((f) => t(`overview.flag.${f}`)).join(t('rating.tagSeparator'))}</Text>
                  <View className='zsb-overview__actions'>
                    {EXCLUSION_KINDS.map((k) => (
                      <ActionButton key={k} id={`review-${i}-${k}`} kind='danger' disabled={busy === r.id} text={t(`overview.exclude.${k}`)} onClick={() => void decide(r, k)} />
                    ))}
                    <ActionButton id={`review-${i}-clear`} kind='secondary' disabled={busy === r.id} text={t('overview.clear')} onClick={() => void decide(r, 'clear')} />
                  </View>
                </View>
              ))}
            </Card>
          </>
        ) : null}
      </View>
    </Screen>
  );
}
