import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { housingFundRoutes, type WithdrawalResult } from '../../../contracts/housing-fund';
import { fenToYuan } from '@zsb/shared/domain/housing-fund';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { useI18n } from '../../../hooks/useI18n';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';
import Taro from '@tarojs/taro';
import { FreshAuth, type FreshAuthProof } from '../../FreshAuth';
import { chinaTime, confirmationStore } from '../../store';
import '../withdraw/index.css';

/** The confirmation page: amount, paying account and bank card, then a fresh sign-in before money moves. */
export default function FundConfirmPage() {
  const { t, tError } = useI18n();
  const id = useRouter().params.id ?? '';
  const c = confirmationStore.get(id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<WithdrawalResult | null>(null);

  const confirm = async (auth: FreshAuthProof) => {
    setBusy(true);
    setError(null);
    try {
      setDone(await call(housingFundRoutes.withdraw, { body: { confirmationId: id, auth } }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen id='fund-confirm-page' title={t('fund.confirm.title')}>
      <PageHeader back title={t('fund.confirm.title')} />
      <View className='zsb-overlap'>
        {!c ? (
          <>
            <Notice id='fund-confirm-missing' kind='info' text={t('fund.confirm.missing')} />
            <ActionButton id='fund-confirm-back' kind='secondary' text={t('fund.confirm.back')} onClick={() => void Taro.navigateBack()} />
          </>
        ) : (
          <>
            <Card id='fund-confirm-facts'>
              <Text className='zsb-fund__label'>{t('fund.confirm.amount')}</Text>
              <Text id='fund-confirm-amount' className='zsb-fund__max' data-fen={c.amountFen}>{t('fund.yuan', { amount: fenToYuan(c.amountFen) })}</Text>
              <Text className='zsb-fund__label'>{t('fund.confirm.account')}</Text>
              <Text id='fund-confirm-account' className='zsb-fund__value'>{t('fund.confirm.accountLine', { accountNo: c.account.accountNo, name: c.account.holderName })}</Text>
              <Text className='zsb-fund__label'>{t('fund.confirm.bank')}</Text>
              <Text id='fund-confirm-bank' className='zsb-fund__value'>{t('fund.confirm.bankLine', { bank: c.bank.name, card: c.bank.cardNo })}</Text>
              <Text className='zsb-fund__label'>{t('fund.confirm.loan')}</Text>
              <Text className='zsb-fund__value'>{c.loanNo}</Text>
              {c.needsSpouseConsent ? <Notice id='fund-confirm-spouse' kind='info' text={t('fund.confirm.spouseNote')} /> : null}
              <Text className='zsb-fund__hint'>{t('fund.confirm.expires', { time: chinaTime(c.expiresAt) })}</Text>
            </Card>
            {error ? <Notice id='fund-confirm-error' kind='error' text={tError(error)} /> : null}
            {done ? (
              <Card id='fund-confirm-done' className='zsb-fund--ok'>
                <Text id='fund-confirm-status' className='zsb-fund__max' data-status={done.status}>
                  {done.status === 'paid' ? t('fund.result.paid', { amount: fenToYuan(done.amountFen) })
                    : done.status === 'awaiting_spouse' ? t('fund.result.awaiting', { time: chinaTime(done.spouseRequest?.expiresAt ?? '') })
                      : t(`fund.result.${done.status}`)}
                </Text>
                {done.withdrawalId ? <Text className='zsb-fund__hint'>{t('fund.successRef', { id: done.withdrawalId })}</Text> : null}
                <ActionButton id='fund-confirm-case' kind='secondary' text={t('fund.result.case')} onClick={() => void navigate('caseDetail', { id: done.caseId })} />
              </Card>
            ) : (
              <FreshAuth id='fund-auth' action={t('fund.auth.weapp')} busy={busy} onProof={(p) => void confirm(p)} />
            )}
          </>
        )}
      </View>
    </Screen>
  );
}
