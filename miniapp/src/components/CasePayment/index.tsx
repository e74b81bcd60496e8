import { Text, View } from '@tarojs/components';
import type { PaymentView } from '@zsb/shared/contracts/payments';
import { formatFen } from '@zsb/shared/domain/fees';
import { useI18n } from '../../hooks/useI18n';
import { chinaTime } from '../../services/time';
import { ActionButton } from '../ActionButton';
import { Card } from '../Card';
import { FieldList, type FieldRow } from '../FieldList';
import { a11y } from '../a11y';
import './index.css';

/** The fee of a case: amount and status, the pay button while it is due, and the 非税 electronic receipt. */
export function CasePayment({ payment: p, onPay }: { payment: PaymentView; onPay?: () => void }) {
  const { t } = useI18n();
  const rows: FieldRow[] = [
    { key: 'project', label: t('pay.project'), value: p.projectName },
    { key: 'amount', label: t('pay.amount'), value: t('pay.yuan', { amount: formatFen(p.amountFen) }) },
    ...(p.paidAt ? [{ key: 'paidAt', label: t('pay.paidAt'), value: chinaTime(p.paidAt) }] : []),
    ...(p.refundedAt ? [{ key: 'refundedAt', label: t('pay.refundedAt'), value: chinaTime(p.refundedAt) }] : []),
  ];
  return (
    <Card id='case-payment' title={t('pay.section')} extra={<Text className='zsb-pay__status' data-status={p.status}>{t(`pay.status.${p.status}`)}</Text>}>
      <FieldList rows={rows} />
      {onPay && p.status === 'created' ? <ActionButton id='case-pay' text={t('pay.go')} onClick={onPay} /> : null}
      {p.receipt ? (
        <View id='case-receipt' className='zsb-pay__receipt' data-number={p.receipt.number} {...a11y('region', t('pay.receipt.title'), false)}>
          <Text className='zsb-pay__receipt-title'>{p.receipt.title || t('pay.receipt.title')}</Text>
          <FieldList rows={[
            { key: 'receiptNumber', label: t('pay.receipt.number'), value: p.receipt.number },
            { key: 'checkCode', label: t('pay.receipt.checkCode'), value: p.receipt.checkCode },
            { key: 'payee', label: t('pay.receipt.payee'), value: p.receipt.payee },
            { key: 'payer', label: t('pay.receipt.payer'), value: p.receipt.payerName },
            { key: 'issuedAt', label: t('pay.receipt.issuedAt'), value: chinaTime(p.receipt.issuedAt) },
          ]} />
        </View>
      ) : p.status !== 'created' && p.status !== 'closed' ? <Text className='zsb-pay__hint'>{t('pay.receipt.pending')}</Text> : null}
    </Card>
  );
}
