import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { caseRoutes } from '../../../contracts/cases';
import { scanRoutes } from '../../../contracts/scan';
import { Card } from '../../../components/Card';
import { PageHeader } from '../../../components/PageHeader';
import { QrCode } from '../../../components/QrCode';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import '../../pay.css';

/** The pickup code of a finished case: the 取件码 and its signed QR the clerk scans at the window. */
export default function PickupPage() {
  const { t } = useI18n();
  const caseId = useRouter().params.caseId ?? '';
  const q = useQuery(async () => {
    const [c, code] = await Promise.all([
      call(caseRoutes.detail, { params: { caseId } }),
      call(scanRoutes.caseCode, { params: { caseId }, query: { purpose: 'pickup' } }),
    ]);
    return { c, code };
  }, [caseId]);
  return (
    <Screen id='pickup-page' title={t('delivery.pickupCode')}>
      <PageHeader back title={t('delivery.pickupCode')} subtitle={q.data?.c.title} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        {q.data ? (
          <Card id='pickup-card'>
            <View className='zsb-pickup'>
              <Text id='pickup-code' className='zsb-pickup__code'>{q.data.c.shipment?.pickupCode ?? ''}</Text>
              <QrCode id='pickup-qr' svg={q.data.code.svg} label={t('delivery.pickupCode')} />
              <Text>{t('delivery.pickupHint')}</Text>
            </View>
          </Card>
        ) : null}
      </View>
    </Screen>
  );
}
