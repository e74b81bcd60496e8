import { Image, Text, View } from '@tarojs/components';
import { chartLabel } from '../../../services/chart-label';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { REPORT_DOWNLOAD_PATHS, supervisionRoutes, type MonthlyReport } from '../../../contracts/supervision';
import { chartSvg, svgDataUrl } from '@zsb/shared/domain/charts';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { downloadFile } from '../../../services/download';
import '../../supervision.css';

/** One unit's 情况通报: the month's figures, charts of the last months, CSV and PDF downloads. */
export default function SupervisionReportPage() {
  const { t, tError } = useI18n();
  const id = useRouter().params.id ?? '';
  const q = useQuery(() => call(supervisionRoutes.report, { params: { reportId: id } }), [id]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const r = q.data;
  const percent = (v: number | null) => (v === null ? t('supervision.none') : `${Math.round(v * 1000) / 10}%`);

  const download = async (report: MonthlyReport, kind: 'csv' | 'pdf') => {
    setBusy(kind);
    setFailure(null);
    try {
      await downloadFile(REPORT_DOWNLOAD_PATHS[kind], { reportId: report.id }, `${report.departmentCode}-${report.month}.${kind}`);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(null);
    }
  };

  const figure = (key: keyof MonthlyReport['figures'], value: string | number) => (
    <View className='zsb-sv__figure' key={key}>
      <Text id={`report-${key}`} className='zsb-sv__value' data-value={value}>{value}</Text>
      <Text className='zsb-sv__caption'>{t(`supervision.figure.${key}`)}</Text>
    </View>
  );

  const casesChart = r ? chartSvg({
    title: t('supervision.chart.cases'),
    labels: r.history.map((h) => h.month.slice(5)),
    series: [
      { name: t('supervision.figure.received'), color: '#1f5fbf', values: r.history.map((h) => h.received) },
      { name: t('supervision.figure.finishedOnTime'), color: '#16a34a', values: r.history.map((h) => h.finishedOnTime) },
      { name: t('supervision.figure.overdue'), color: '#dc2626', values: r.history.map((h) => h.overdue) },
    ],
  }) : '';
  const rateChart = r ? chartSvg({
    title: t('supervision.chart.goodRate'), kind: 'line', percent: true,
    labels: r.history.map((h) => h.month.slice(5)),
    series: [{ name: t('supervision.figure.goodRate'), color: '#0f766e', values: r.history.map((h) => h.goodRate) }],
  }) : '';
  const describe = (rows: string[]) => rows.join('；');

  return (
    <Screen id='supervision-report-page' title={t('supervision.reports.title')}>
      <PageHeader back title={r ? t('supervision.reports.line', { unit: r.departmentName ?? r.departmentCode, month: r.month }) : t('supervision.reports.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !r} error={q.error} onRetry={q.reload} />
        {r ? (
          <>
            <Card id='report-figures' title={t('supervision.reports.month', { month: r.month })}>
              <View className='zsb-sv__figures'>
                {figure('received', r.figures.received)}
                {figure('finished', r.figures.finished)}
                {figure('finishedOnTime', r.figures.finishedOnTime)}
                {figure('overdue', r.figures.overdue)}
                {figure('ratings', r.figures.ratings)}
                {figure('goodRate', percent(r.figures.goodRate))}
                {figure('badRatings', r.figures.badRatings)}
                {figure('callbacks', r.figures.callbacks)}
                {figure('escalations', r.figures.escalations)}
              </View>
            </Card>
            <Card id='report-charts' title={t('supervision.chart.title')}>
              <Image id='report-chart-cases' className='zsb-sv__chart' mode='aspectFit' src={svgDataUrl(casesChart)}
                {...chartLabel(describe(r.history.map((h) => t('supervision.chart.casesLine', { month: h.month, received: h.received, onTime: h.finishedOnTime, overdue: h.overdue }))))} />
              <Image id='report-chart-rate' className='zsb-sv__chart' mode='aspectFit' src={svgDataUrl(rateChart)}
                {...chartLabel(describe(r.history.map((h) => `${h.month} ${percent(h.goodRate)}`)))} />
            </Card>
            <Card id='report-downloads'>
              <View className='zsb-sv__actions'>
                <ActionButton id='report-download-csv' kind='secondary' loading={busy === 'csv'} text={t('supervision.download.csv')} onClick={() => void download(r, 'csv')} />
                <ActionButton id='report-download-pdf' kind='secondary' loading={busy === 'pdf'} text={t('supervision.download.pdf')} onClick={() => void download(r, 'pdf')} />
              </View>
            </Card>
            {failure ? <Notice id='report-error' kind='error' text={tError(failure)} /> : null}
          </>
        ) : null}
      </View>
    </Screen>
  );
}
