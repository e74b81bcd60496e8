import { Image, Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { reportRoutes, type Report } from '../../../contracts/reports';
import { VERDICTS, type Verdict } from '../../../contracts/work-orders';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { API_BASE } from '../../../services/env';
import { chinaTime } from '../../../services/time';
import { runAction } from '../../services';
import '../../asks.css';

/** One of my reports: where it is, who handles it, its history; the outcome is rated once resolved. */
export default function ReportPage() {
  const { t, tError } = useI18n();
  const id = useRouter().params.id ?? '';
  const q = useQuery(() => call(reportRoutes.get, { params: { reportId: id } }), [id]);
  useDidShow(() => q.reload());
  const [current, setCurrent] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const r = current ?? q.data;
  const rate = (verdict: Verdict) => runAction(setBusy, setFailure, async () => setCurrent(await call(reportRoutes.verdict, { params: { reportId: id }, body: { verdict } })));
  return (
    <Screen id='report-page' title={t('asks.report.title')}>
      <PageHeader back title={t('asks.report.title')} subtitle={r ? t(`asks.report.category.${r.category}`) : undefined} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !r} error={q.error} onRetry={q.reload} />
        {r ? (
          <>
            <Card id='report-status' title={t(`asks.report.status.${r.status}`)} extra={<Text className='zsb-asks__muted'>{t('asks.report.round', { round: r.round })}</Text>}>
              <View data-status={r.status} data-round={r.round}>
                <Text className='zsb-asks__line'>{t('asks.report.unit', { unit: r.unit.name, region: r.regionName })}</Text>
                <Text id='report-hotline' className='zsb-asks__muted' data-state={r.hotline.state}>{t(`asks.report.hotline.${r.hotline.state}`, { ticket: r.hotline.ticketNo ?? '' })}</Text>
              </View>
              <Text className='zsb-asks__quote'>{r.description}</Text>
              <Text className='zsb-asks__muted'>{r.location.address ?? `${r.location.lat.toFixed(5)}, ${r.location.lng.toFixed(5)}`}</Text>
              <View className='zsb-asks__photos'>
                {r.photos.map((p, i) => <Image key={p.id} className='zsb-asks__photo' src={`${API_BASE}${p.url}`} mode='aspectFill' nativeProps={{ alt: t('asks.report.photoAlt', { n: i + 1 }) }} />)}
              </View>
            </Card>
            {r.status === 'resolved' ? (
              <Card id='report-rate' title={t('asks.report.rate')}>
                {VERDICTS.map((v) => <ActionButton key={v} id={`report-verdict-${v}`} kind={v === 'dissatisfied' ? 'secondary' : 'primary'} text={t(`asks.report.verdict.${v}`)} loading={busy} onClick={() => void rate(v)} />)}
              </Card>
            ) : null}
            {r.verdict ? <Notice id='report-verdict-given' kind='info' text={t('asks.report.verdictGiven', { verdict: t(`asks.report.verdict.${r.verdict.verdict}`) })} /> : null}
            {failure ? <Notice id='report-error' kind='error' text={tError(failure)} /> : null}
            <Card id='report-history' title={t('asks.history')}>
              {r.history.map((h, i) => (
                <View key={i} className='zsb-asks__row' data-status={h.status}>
                  <Text className='zsb-asks__title'>{t(`asks.report.status.${h.status}`)} · {t(`asks.report.actor.${h.actor as 'unit'}`)}</Text>
                  {h.note ? <Text className='zsb-asks__line'>{h.note}</Text> : null}
                  <Text className='zsb-asks__muted'>{chinaTime(h.at)}</Text>
                </View>
              ))}
            </Card>
          </>
        ) : null}
      </View>
    </Screen>
  );
}
