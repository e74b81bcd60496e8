import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { housingFundRoutes, type HousingFundRefusalView } from '../../../contracts/housing-fund';
import { fenToYuan, yuanToFen } from '@zsb/shared/domain/housing-fund';
import { Card } from '../../../components/Card';
import { Chip } from '../../../components/Chip';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y, fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';
import { ActionButton } from '../../../components/ActionButton';
import { confirmationStore } from '../../store';
import './index.css';

/** Refusal params as the sentence needs them: `…Fen` amounts become yuan under the name without `Fen`. */
function refusalParams(r: HousingFundRefusalView): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(r.params)) {
    if (k.endsWith('Fen') && typeof v === 'number') out[k.slice(0, -3)] = fenToYuan(v);
    else out[k] = v;
  }
  return out;
}

/** Yuan typed by the user → fen, or null when it is not an amount with at most two decimals. */
function parseYuan(text: string): number | null {
  try {
    return /^\d+(\.\d{1,2})?$/.test(text.trim()) ? yuanToFen(text.trim()) : null;
  } catch {
    return null;
  }
}

export default function FundWithdrawPage() {
  const { t, tError } = useI18n();
  const account = useQuery(() => call(housingFundRoutes.account), []);
  const a = account.data;
  const [loanNo, setLoanNo] = useState<string | null>(null);
  const [source, setSource] = useState<'self' | 'spouse'>('self');
  const [amount, setAmount] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const loan = loanNo ?? a?.loans[0]?.loanNo ?? null;

  const allowance = useQuery(
    () => (loan ? call(housingFundRoutes.allowance, { query: { loanNo: loan, source } }) : Promise.resolve(null)),
    [loan, source],
  );
  const al = allowance.data;
  // Back from the confirmation page: the balance and the allowance may have moved.
  useDidShow(() => { account.reload(); allowance.reload(); });

  const fen = parseYuan(amount);
  const invalid = amount !== '' && (fen === null || fen <= 0 || (al !== null && al !== undefined && fen > al.maxFen));

  const submit = async () => {
    if (!loan || fen === null || invalid || busy) return;
    setBusy(true);
    setError(null);
    try {
      // Nothing moves here: the confirmation page shows amount, account and bank, then asks for a fresh sign-in.
      const c = await call(housingFundRoutes.prepare, { body: { loanNo: loan, source, amountFen: fen } });
      confirmationStore.set(c);
      setAmount('');
      await navigate('fundConfirm', { id: c.confirmationId });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen id='fund-page' title={t('fund.title')}>
      <PageHeader back title={t('fund.title')} subtitle={a ? t('fund.employerLine', { name: a.employerName }) : undefined} />
      <View className='zsb-overlap'>
        <StateView loading={account.loading && !a} error={a ? null : account.error} onRetry={account.reload} />
        {a ? (
          <>
            <Card id='fund-account' title={t('fund.account')}>
              <View className='zsb-fund__figures'>
                <View className='zsb-fund__figure'>
                  <Text className='zsb-fund__label'>{t('fund.balance')}</Text>
                  <Text id='fund-balance' className='zsb-fund__value' data-fen={a.balanceFen}>{t('fund.yuan', { amount: fenToYuan(a.balanceFen) })}</Text>
                </View>
                <View className='zsb-fund__figure'>
                  <Text className='zsb-fund__label'>{t('fund.monthly')}</Text>
                  <Text className='zsb-fund__value'>{t('fund.yuan', { amount: fenToYuan(a.monthlyDepositFen) })}</Text>
                </View>
                <View className='zsb-fund__figure'>
                  <Text className='zsb-fund__label'>{t('fund.status')}</Text>
                  <Text className='zsb-fund__value'>{t(a.active ? 'fund.status.normal' : a.status === 'sealed' ? 'fund.status.sealed' : 'fund.status.inactive')}</Text>
                </View>
              </View>
            </Card>

            {a.loans.length === 0 ? <Notice id='fund-no-loan' kind='info' text={t('fund.noLoan')} /> : (
              <>
                <Card id='fund-choices' title={t('fund.loan')}>
                  {a.loans.map((l) => (
                    <Chip
                      key={l.loanNo}
                      id={`fund-loan-${l.loanNo}`}
                      role='radio'
                      selected={loan === l.loanNo}
                      onToggle={() => setLoanNo(l.loanNo)}
                      text={t('fund.loanItem', { kind: t(`fund.loanKind.${l.kind}`), no: l.loanNo, date: l.startDate })}
                    />
                  ))}
                  <Text className='zsb-fund__label'>{t('fund.source')}</Text>
                  <View>
                    {(['self', 'spouse'] as const).map((s) => (
                      <Chip key={s} id={`fund-source-${s}`} role='radio' selected={source === s} onToggle={() => setSource(s)} text={t(`fund.source.${s}`)} />
                    ))}
                  </View>
                  {al?.spouseName ? <Text id='fund-spouse' className='zsb-fund__hint'>{t('fund.spouse', { name: al.spouseName })}</Text> : null}
                </Card>

                <StateView loading={allowance.loading && !al} error={al ? null : allowance.error} onRetry={allowance.reload} />
                {al ? (
                  <Card id='fund-allowance' className={al.eligible ? '' : 'zsb-fund--refused'}>
                    {al.eligible ? (
                      <>
                        <Text className='zsb-fund__label'>{t('fund.allowance')}</Text>
                        <Text id='fund-max' className='zsb-fund__max' data-fen={al.maxFen}>{t('fund.yuan', { amount: fenToYuan(al.maxFen) })}</Text>
                        {al.limitedBy ? <Text className='zsb-fund__hint'>{t(`fund.limitedBy.${al.limitedBy}`)}</Text> : null}
                      </>
                    ) : (
                      <View id='fund-refusals' {...a11y('alert', undefined, false)}>
                        <Text className='zsb-fund__label'>{t('fund.refused')}</Text>
                        {al.refusals.map((r) => (
                          <Text key={r.code} id={`fund-refusal-${r.code}`} className='zsb-fund__refusal'>{t(`fund.refusal.${r.code}`, refusalParams(r))}</Text>
                        ))}
                      </View>
                    )}
                    <Text className='zsb-fund__hint'>
                      {t('fund.breakdown.year', { repaid: fenToYuan(al.breakdown.repaymentsThisYearFen), withdrawn: fenToYuan(al.breakdown.withdrawnThisYearFen) })}
                    </Text>
                    <Text className='zsb-fund__hint'>
                      {t('fund.breakdown.cumulative', { repaid: fenToYuan(al.breakdown.cumulativeCapFen), withdrawn: fenToYuan(al.breakdown.withdrawnTotalFen) })}
                    </Text>
                  </Card>
                ) : null}

                {al?.eligible ? (
                  <Card id='fund-form'>
                    <Text className='zsb-fund__label'>{t('fund.amount')}</Text>
                    <Input
                      id='fund-amount'
                      className='zsb-fund__input'
                      type='digit'
                      value={amount}
                      placeholder={t('fund.amountPlaceholder', { max: fenToYuan(al.maxFen) })}
                      onInput={(e) => setAmount(e.detail.value)}
                      {...fieldLabel(t('fund.amount'))}
                    />
                    {invalid ? <Text id='fund-amount-error' className='zsb-fund__refusal'>{t('fund.amountInvalid', { max: fenToYuan(al.maxFen) })}</Text> : null}
                    {error ? <Notice id='fund-error' kind='error' text={tError(error)} /> : null}
                    <Text
                      id='fund-submit'
                      className={`zsb-fund__submit ${fen === null || invalid || busy ? 'zsb-fund__submit--off' : ''}`}
                      onClick={() => void submit()}
                      aria-disabled={fen === null || invalid || busy ? 'true' : 'false'}
                      {...a11y('button', t('fund.next'))}
                    >
                      {busy ? t('fund.submitting') : t('fund.next')}
                    </Text>
                  </Card>
                ) : null}
              </>
            )}

            <ActionButton id='fund-spouse-requests' kind='secondary' text={t('fund.spouse.entry')} onClick={() => void navigate('spouseRequests')} />

            {a.withdrawals.length > 0 ? (
              <Card id='fund-history' title={t('fund.history')}>
                {[...a.withdrawals].reverse().map((w) => (
                  <Text key={w.withdrawalId} className='zsb-fund__history'>
                    {t('fund.historyItem', { date: w.date, amount: fenToYuan(w.amountFen) }) + (w.fromSpouse ? t('fund.historySpouse') : '')}
                  </Text>
                ))}
              </Card>
            ) : null}
          </>
        ) : null}
      </View>
    </Screen>
  );
}
