import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { housingFundRoutes, type SpouseRequest } from '../../../contracts/housing-fund';
import { fenToYuan } from '@zsb/shared/domain/housing-fund';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';
import { FreshAuth, type FreshAuthProof } from '../../FreshAuth';
import { chinaTime } from '../../store';
import '../withdraw/index.css';

/** Withdrawals from my account my spouse asked for (accept with a fresh sign-in, or refuse), and the ones I asked for. */
export default function SpouseRequestsPage() {
  const { t, tError } = useI18n();
  const q = useQuery(() => call(housingFundRoutes.spouseRequests), []);
  useDidShow(() => q.reload());
  const [accepting, setAccepting] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const decide = async (r: SpouseRequest, body: { decision: 'refuse' } | { decision: 'accept'; auth: FreshAuthProof }) => {
    setBusy(true);
    setError(null);
    try {
      await call(housingFundRoutes.decideSpouseRequest, { params: { requestId: r.id }, body });
      setAccepting(null);
      q.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const items = q.data?.items ?? [];
  return (
    <Screen id='spouse-requests-page' title={t('fund.spouse.title')}>
      <PageHeader back title={t('fund.spouse.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        {error ? <Notice id='spouse-error' kind='error' text={tError(error)} /> : null}
        {q.data && items.length === 0 ? <Notice id='spouse-empty' kind='info' text={t('fund.spouse.empty')} /> : null}
        {items.map((r) => {
          const params = { name: r.otherName, account: r.accountNo, amount: fenToYuan(r.amountFen) };
          return (
            <Card key={`${r.direction}-${r.id}`} id={`spouse-request-${r.id}`} className={`zsb-fund__request zsb-fund__request--${r.direction}`}>
              <Text className='zsb-fund__value'>{t(r.direction === 'incoming' ? 'fund.spouse.incoming' : 'fund.spouse.outgoing', params)}</Text>
              <Text id={`spouse-request-${r.id}-status`} className='zsb-fund__hint' data-status={r.status}>
                {t(`fund.spouse.status.${r.status}`, { time: chinaTime(r.expiresAt) })}
              </Text>
              {r.direction === 'incoming' && r.status === 'awaiting_spouse' ? (
                accepting === r.id ? (
                  <FreshAuth id={`spouse-auth-${r.id}`} action={t('fund.spouse.accept')} busy={busy}
                    onProof={(auth) => void decide(r, { decision: 'accept', auth })} />
                ) : (
                  <View className='zsb-fund__actions'>
                    <ActionButton id={`spouse-accept-${r.id}`} text={t('fund.spouse.accept')} onClick={() => setAccepting(r.id)} />
                    <ActionButton id={`spouse-refuse-${r.id}`} kind='danger' text={t('fund.spouse.refuse')} loading={busy}
                      onClick={() => void decide(r, { decision: 'refuse' })} />
                  </View>
                )
              ) : null}
              {r.direction === 'outgoing' && r.caseId ? (
                <ActionButton id={`spouse-case-${r.id}`} kind='secondary' text={t('fund.result.case')} onClick={() => void navigate('caseDetail', { id: r.caseId! })} />
              ) : null}
            </Card>
          );
        })}
      </View>
    </Screen>
  );
}
