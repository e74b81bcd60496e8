import { Text, View } from '@tarojs/components';
import type { CertificateSummary } from '@zsb/shared/contracts/wallet';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import { StatusBadge } from '../StatusBadge';
import './index.css';

interface CertificateItemProps {
  id: string;
  cert: CertificateSummary;
  onOpen: (cert: CertificateSummary) => void;
}

/** One certificate in the wallet: kind, masked number, issuer, validity and status. */
export function CertificateItem({ id, cert, onOpen }: CertificateItemProps) {
  const { t } = useI18n();
  const validity = cert.validUntil
    ? t('wallet.validRange', { from: cert.validFrom, until: cert.validUntil })
    : t('wallet.validForever', { from: cert.validFrom });
  return (
    // Always shown in the wallet list: the list item holds the tappable card.
    <View className='zsb-cert-item' {...a11y('listitem', undefined, false)}>
      <View
        id={id}
        className={`zsb-cert zsb-cert--${cert.status}`}
        data-cert-id={cert.id}
        data-status={cert.status}
        onClick={() => onOpen(cert)}
        {...a11y('button', t('wallet.openDetail', { name: cert.kindName }))}
      >
        <View className='zsb-cert__top'>
          <View className='zsb-cert__emblem' aria-hidden='true'>
            <Text>{cert.kindName.slice(0, 1)}</Text>
          </View>
          <Text className='zsb-cert__kind'>{cert.kindName}</Text>
          <StatusBadge status={cert.status} />
        </View>
        <View className='zsb-cert__rows'>
          <View className='zsb-cert__row'>
            <Text className='zsb-cert__label'>{t('wallet.number')}</Text>
            <Text className='zsb-cert__value zsb-cert__number'>{cert.number}</Text>
          </View>
          <View className='zsb-cert__row'>
            <Text className='zsb-cert__label'>{t('wallet.issuer')}</Text>
            <Text className='zsb-cert__value'>{cert.issuer}</Text>
          </View>
          <View className='zsb-cert__row'>
            <Text className='zsb-cert__label'>{t('wallet.validity')}</Text>
            <Text className='zsb-cert__value'>
              {validity}
              {cert.status === 'expiring' && cert.daysToExpiry !== null ? (
                <Text className='zsb-cert__days'>{` · ${t('wallet.daysLeft', { days: cert.daysToExpiry })}`}</Text>
              ) : null}
            </Text>
          </View>
        </View>
      </View>
    </View>
  );
}
