import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { mandateRoutes } from '../../../contracts/mandates';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { QrCode } from '../../../components/QrCode';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { startActing } from '../../../services/acting';
import { call } from '../../../services/api';
import { relaunch } from '../../../services/nav';
import { lifeEventKey, statusKey } from '../../labels';
import '../../mandates.css';

/** One 委托书: who, what, until when, its signed code; accept, act or end it from here. */
export default function MandateDetailPage() {
  const { t, tError } = useI18n();
  const id = useRouter().params.id ?? '';
  const q = useQuery(() => call(mandateRoutes.detail, { params: { id } }), [id]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const m = q.data;
  const run = async (f: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await f();
    } catch (e) {
      setProblem(tError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Screen id='mandate-detail-page' title={t('mandates.document.title')}>
      <PageHeader back title={t('mandates.document.title')} subtitle={m ? m.document.number : undefined} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !m} error={q.error} onRetry={q.reload} />
        {m ? (
          <Card id='mandate-detail' title={t(statusKey(m.status))}>
            <View data-status={m.status} id='mandate-status' />
            <Text className='zsb-mandate__line'>{t('mandates.document.grantor', { name: m.grantor.name, id: m.grantor.idNumber })}</Text>
            <Text className='zsb-mandate__line'>{t('mandates.document.grantee', { name: m.grantee.name, id: m.grantee.idNumber })}</Text>
            <Text className='zsb-mandate__label'>{t('mandates.grant.items')}</Text>
            <Text id='mandate-items' className='zsb-mandate__line'>{[...m.itemNames, ...m.lifeEvents.map((e) => t(lifeEventKey(e)))].join('、') || '—'}</Text>
            <Text className='zsb-mandate__label'>{t('mandates.grant.certificates')}</Text>
            <Text className='zsb-mandate__line'>{t('mandates.document.certificates', { count: m.certificateIds.length })}</Text>
            <Text className='zsb-mandate__label'>{t('mandates.until', { date: m.until })}</Text>
            {m.consent ? <Text className='zsb-mandate__line'>{t(m.consent === 'scan' ? 'mandates.consent.scan' : 'mandates.consent.paper')}</Text> : null}
            <Text className='zsb-mandate__label'>{t('mandates.document.signed')}</Text>
            <QrCode id='mandate-document-qr' svg={m.document.svg} label={t('mandates.document.qrLabel')} />
            {problem ? <Notice id='mandate-detail-problem' kind='error' text={problem} /> : null}
            {m.role === 'grantee' && m.status === 'pending' && m.kind !== 'assisted' ? (
              <ActionButton id='mandate-accept' text={t('mandates.accept')} loading={busy} onClick={() => void run(async () => { await call(mandateRoutes.accept, { params: { id } }); q.reload(); })} />
            ) : null}
            {m.role === 'grantee' && m.status === 'active' ? (
              <ActionButton id='mandate-act' text={t('mandates.act', { name: m.grantor.name })} loading={busy} onClick={() => void run(async () => { await startActing({ mandateId: id }); await relaunch('home'); })} />
            ) : null}
            {m.status === 'pending' || m.status === 'active' ? (
              <ActionButton id='mandate-end' kind='danger' text={t('mandates.end')} loading={busy} onClick={() => void run(async () => { await call(mandateRoutes.end, { params: { id } }); q.reload(); })} />
            ) : null}
          </Card>
        ) : null}
      </View>
    </Screen>
  );
}
