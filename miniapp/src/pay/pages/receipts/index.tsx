import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { paymentRoutes } from '../../../contracts/payments';
import { formatFen } from '@zsb/shared/domain/fees';
import { Card } from '../../../components/Card';
import { FieldList } from '../../../components/FieldList';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { pageUrl } from '../../../services/nav';
import { chinaTime } from '../../../services/time';
import '../../pay.css';

/** The wallet's 票据: every 非税收入 electronic receipt of my payments, newest first. */
export default function ReceiptsPage() {
  const { t } = useI18n();
  const q = useQuery(() => call(paymentRoutes.receipts), []);
  return (
    <Screen id='receipts-page' title={t('pay.receipts.title')}>
      <PageHeader back title={t('pay.receipts.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        {q.data?.items.length === 0 ? <Card id='receipts-empty'><Text>{t('pay.receipts.empty')}</Text></Card> : null}
        {q.data?.items.map((r, i) => (
          <Card key={r.number} id={`receipt-${i}`} title={r.title} label={r.caseTitle}
            onClick={() => void Taro.navigateTo({ url: pageUrl('caseDetail', { id: r.caseId }) })}>
            <View className='zsb-receipt' data-number={r.number}>
              <Text className='zsb-pay__amount'>{t('pay.yuan', { amount: formatFen(r.amountFen) })}</Text>
              <FieldList rows={[
                { key: 'project', label: t('pay.project'), value: `${r.projectName}（${r.caseTitle}）` },
                { key: 'number', label: t('pay.receipt.number'), value: r.number },
                { key: 'checkCode', label: t('pay.receipt.checkCode'), value: r.checkCode },
                { key: 'payee', label: t('pay.receipt.payee'), value: r.payee },
                { key: 'issuedAt', label: t('pay.receipt.issuedAt'), value: chinaTime(r.issuedAt) },
              ]} />
            </View>
          </Card>
        ))}
      </View>
    </Screen>
  );
}
