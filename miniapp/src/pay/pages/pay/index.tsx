import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { caseRoutes, type CaseDetail } from '../../../contracts/cases';
import { paymentRoutes } from '../../../contracts/payments';
import { formatFen } from '@zsb/shared/domain/fees';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { CasePayment } from '../../../components/CasePayment';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { IS_H5 } from '../../../services/env';
import { pageUrl } from '../../../services/nav';
import '../../pay.css';

/**
 * Paying a case's fee: H5 goes to the payment platform's cashier page and comes back here
 * (`returned=1`, then the platform is asked at once); the mini-program pays with `requestPayment`.
 */
async function load(caseId: string, returned: boolean): Promise<CaseDetail> {
  const c = await call(caseRoutes.detail, { params: { caseId } });
  if (returned && c.payment?.status === 'created') {
    await call(paymentRoutes.get, { params: { paymentId: c.payment.id } });
    return call(caseRoutes.detail, { params: { caseId } });
  }
  return c;
}

export default function PayPage() {
  const { t, tError } = useI18n();
  const params = useRouter().params;
  const caseId = params.caseId ?? '';
  const [returned, setReturned] = useState(params.returned === '1');
  const q = useQuery(() => load(caseId, returned), [caseId, returned]);
  useDidShow(() => q.reload());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);
  const c = q.data;
  const p = c?.payment ?? null;

  const pay = async () => {
    if (!c || !p) return;
    setBusy(true);
    setFailure(null);
    setCancelled(false);
    try {
      const order = await call(paymentRoutes.create, { params: { caseId: c.id }, body: { channel: IS_H5 ? 'h5' : 'weapp', amountFen: p.amountFen } });
      if (order.payUrl) {
        window.location.href = order.payUrl;
        return;
      }
      if (order.payParams) {
        try {
          await Taro.requestPayment({ ...order.payParams, signType: order.payParams.signType });
        } catch {
          setCancelled(true);
        }
        setReturned(true);
        q.reload();
      }
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen id='pay-page' title={t('pay.title')}>
      <PageHeader back title={t('pay.title')} subtitle={c?.title} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !c} error={q.error} onRetry={q.reload} />
        {c && p ? (
          <View id='pay-detail' data-status={p.status}>
            {p.status === 'created' ? (
              <Card id='pay-due' title={t('pay.amount')}>
                <Text id='pay-amount' className='zsb-pay__amount'>{t('pay.yuan', { amount: formatFen(p.amountFen) })}</Text>
                <Text className='zsb-pay__project'>{p.projectName}</Text>
                {returned ? <Notice id='pay-not-yet' kind='info' text={t('pay.notYet')} /> : null}
                {cancelled ? <Notice kind='info' text={t('pay.cancelled')} /> : null}
                {failure ? <Notice id='pay-error' kind='error' text={tError(failure)} /> : null}
                {c.status === 'awaiting_payment' ? (
                  <ActionButton id='pay-now' text={busy ? t('pay.paying') : t('pay.payNow')} disabled={busy} onClick={() => void pay()} />
                ) : null}
                {returned ? <ActionButton id='pay-refresh' kind='secondary' text={t('pay.refresh')} onClick={q.reload} /> : null}
              </Card>
            ) : (
              <>
                {p.status === 'paid' ? <Notice id='pay-done' kind='info' text={t('pay.done')} /> : null}
                <CasePayment payment={p} />
              </>
            )}
            <ActionButton id='pay-back' kind='secondary' text={t('pay.backToCase')} onClick={() => void Taro.redirectTo({ url: pageUrl('caseDetail', { id: c.id }) })} />
          </View>
        ) : null}
      </View>
    </Screen>
  );
}
