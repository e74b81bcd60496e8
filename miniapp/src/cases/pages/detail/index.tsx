import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { caseRoutes } from '../../../contracts/cases';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { CaseDetailView } from '../../../components/CaseDetailView';
import { CaseResult } from '../../../components/CaseResult';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';

export default function CaseDetailPage() {
  const { t } = useI18n();
  const caseId = useRouter().params.id ?? '';
  const q = useQuery(() => call(caseRoutes.detail, { params: { caseId } }), [caseId]);
  useDidShow(() => q.reload());
  const c = q.data;
  return (
    <Screen id='case-page' title={t('cases.detail.title')}>
      <PageHeader back title={t('cases.detail.title')} subtitle={c?.title} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !c} error={q.error} onRetry={q.reload} />
        {c ? (
          <CaseDetailView
            detail={c}
            onOpenChild={(id) => void navigate('caseDetail', { id })}
            onPay={() => void navigate('pay', { caseId: c.id })}
            onShowPickupCode={() => void navigate('pickupCode', { caseId: c.id })}
            top={c.correction ? (
              <Card id='case-correction' title={t('cases.detail.correction')}>
                <Text className='zsb-case__correction'>{c.correction.note}</Text>
                <ActionButton id='case-correct' text={t('cases.detail.correct')} onClick={() => void navigate('apply', { case: c.id })} />
              </Card>
            ) : c.partial ? <Notice kind='info' text={t('cases.detail.partial')} /> : c.kind === 'item' && (c.status === 'completed' || c.status === 'delivered') ? (
              <>
                <CaseResult caseId={c.id} />
                <ActionButton id='case-rate' text={t('rate.fromCase')} onClick={() => void navigate('rate', { caseId: c.id })} />
              </>
            ) : null}
          />
        ) : null}
      </View>
    </Screen>
  );
}
