import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '../../components/Card';
import { CertificateActions } from '../../components/CertificateActions';
import { FieldList, type FieldRow } from '../../components/FieldList';
import { Notice } from '../../components/Notice';
import { OfflineBadge } from '../../components/OfflineBadge';
import { PageHeader } from '../../components/PageHeader';
import { Screen } from '../../components/Screen';
import { StateView } from '../../components/StateView';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { useReveal } from '../../hooks/useReveal';
import { loadCertificate } from '../../services/offline';
import './index.css';

export default function CertificatePage() {
  const { t, tError } = useI18n();
  const certificateId = useRouter().params.id ?? '';
  const q = useQuery(() => loadCertificate(certificateId), [certificateId]);
  const cert = q.data?.data;
  const reveal = useReveal(certificateId);
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
        ...cert.fields.map((f) => ({
          key: `field-${f.key}`, label: f.label,
          value: reveal.values?.get(f.key) ?? f.value, masked: f.masked && !reveal.values?.has(f.key),
        })),
      ]
    : [];
  return (
    <Screen id='certificate-page' title={t('wallet.detail.title')}>
      <PageHeader back title={t('wallet.detail.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !cert} error={q.error} onRetry={q.reload} />
        {q.data?.offline ? <OfflineBadge savedAt={q.data.savedAt} /> : null}
        {cert ? (
          <Card id='cert-detail' className='zsb-detail' label={cert.kindName}>
            <View className='zsb-detail__head' data-cert-id={cert.id}>
              <Text className='zsb-detail__kind'>{cert.kindName}</Text>
              <StatusBadge status={cert.status} />
            </View>
            <FieldList rows={rows} />
            <View className='zsb-detail__note'>
              <Notice kind='info' text={t(q.data?.offline ? 'offline.summaryOnly' : 'wallet.detail.maskedNote')} />
            </View>
          </Card>
        ) : null}
        {cert && !q.data?.offline ? (
          <CertificateActions
            certificateId={cert.id}
            presentable={cert.status === 'valid' || cert.status === 'expiring'}
            revealSecondsLeft={reveal.secondsLeft}
            revealBusy={reveal.busy}
            revealError={reveal.error ? tError(reveal.error) : undefined}
            onReveal={() => void reveal.reveal()}
            onHide={reveal.hide}
          />
        ) : null}
      </View>
    </Screen>
  );
}
