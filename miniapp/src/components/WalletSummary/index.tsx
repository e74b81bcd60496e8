import { Text, View } from '@tarojs/components';
import type { Home } from '@zsb/shared/contracts/home';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import { Card } from '../Card';
import { Notice } from '../Notice';
import './index.css';

interface WalletSummaryProps {
  section: Home['wallet'];
  onOpen: () => void;
}

/** Home card: how many certificates are valid, expiring and expired; a notice when the library is down. */
export function WalletSummary({ section, onOpen }: WalletSummaryProps) {
  const { t } = useI18n();
  const extra = (
    <Text id='home-wallet-link' className='zsb-link' onClick={onOpen} {...a11y('link', t('common.viewAll'))}>
      {`${t('common.viewAll')} ›`}
    </Text>
  );
  if (section.status === 'degraded') {
    return (
      <Card id='home-wallet-card' title={t('home.wallet.title')} extra={extra} className='zsb-wallet-summary' label={t('home.wallet.title')}>
        <Notice id='home-wallet-degraded' kind='degraded' text={t('common.degraded')} />
      </Card>
    );
  }
  const { items, expiring, expired, total } = section.data;
  const valid = items.filter((c) => c.status === 'valid').length;
  const stats = [
    { key: 'valid', value: valid, label: t('home.wallet.valid') },
    { key: 'expiring', value: expiring, label: t('home.wallet.expiring') },
    { key: 'expired', value: expired, label: t('home.wallet.expired') },
  ] as const;
  return (
    <Card id='home-wallet-card' title={t('home.wallet.title')} extra={extra} className='zsb-wallet-summary' label={t('home.wallet.title')}>
      <View className='zsb-wallet-summary__stats' onClick={onOpen}>
        {stats.map((s) => (
          <View key={s.key} id={`home-wallet-${s.key}`} className={`zsb-stat zsb-stat--${s.key}`} data-count={String(s.value)}>
            <Text className='zsb-stat__value'>{String(s.value)}</Text>
            <Text className='zsb-stat__label'>{s.label}</Text>
          </View>
        ))}
      </View>
      <Text className='zsb-wallet-summary__total'>{t('home.wallet.total', { count: total })}</Text>
    </Card>
  );
}
