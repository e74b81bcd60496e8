import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { walletRoutes } from '@zsb/shared/contracts/wallet';
import { Card } from '../../components/Card';
import { FieldList, type FieldRow } from '../../components/FieldList';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Screen } from '../../components/Screen';
import { StateView } from '../../components/StateView';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { call } from '../../services/api';
import './index.css';

export default function CertificatePage() {
  const { t } = useI18n();
  const certificateId = useRouter().params.id ?? '';
  const q = useQuery(() => call(walletRoutes.detail, { params: { certificateId } }), [certificateId]);
  const cert = q.data;
  const rows: FieldRow[] = cert
    ? [
        { key: 'holderName', label: t('wallet.detail.holder'), value: cert.holderName },
        { key: 'number', label: t('wallet.number'), value: cert.number, masked: true },
        { key: 'issuer', label: t('wallet.issuer'), value: cert.issuer },
        { key: 'issuedOn', label: t('wallet.detail.issuedOn'), value: cert.issuedOn },
        {
          key: 'validity',
          label: t('wallet.validity'),
          value: cert.validUntil
            ? t('wallet.validRange', { from: cert.validFrom, until: cert.validUntil })
            : t('wallet.validForever', { from: cert.validFrom }),
        },
        ...cert.fields.map((f) => ({ key: `field-${f.key}`, label: f.label, value: f.value, masked: f.masked })),
      ]
    : [];
  return (
    <Screen id='certificate-page' title={t('wallet.detail.title')}>
      <PageHeader back title={t('wallet.detail.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !cert} error={q.error} onRetry={q.reload} />
        {cert ? (
          <Card id='cert-detail' className='zsb-detail' label={cert.kindName}>
            <View className='zsb-detail__head' data-cert-id={cert.id}>
              <Text className='zsb-detail__kind'>{cert.kindName}</Text>
              <StatusBadge status={cert.status} />
            </View>
            <FieldList rows={rows} />
            <View className='zsb-detail__note'>
              <Notice kind='info' text={t('wallet.detail.maskedNote')} />
            </View>
          </Card>
        ) : null}
      </View>
    </Screen>
  );
}
