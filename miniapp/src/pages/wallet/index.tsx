import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { walletRoutes } from '../../contracts/wallet';
import { Card } from '../../components/Card';
import { CertificateItem } from '../../components/CertificateItem';
import { IdentitySwitcher } from '../../components/IdentitySwitcher';
import { OfflineBadge } from '../../components/OfflineBadge';
import { PageHeader } from '../../components/PageHeader';
import { Screen } from '../../components/Screen';
import { StateView } from '../../components/StateView';
import { a11y } from '../../components/a11y';
import { useI18n } from '../../hooks/useI18n';
import { useOfflineQuery } from '../../hooks/useOfflineQuery';
import { call } from '../../services/api';
import { WALLET } from '../../services/offline';
import { navigate } from '../../services/nav';
import { MANDATE_PAGES } from '../../contracts/mandates';
import Taro from '@tarojs/taro';
import { useTabBarTexts } from '../../hooks/useTabBarTexts';
import './index.css';

export default function WalletPage() {
  const { t } = useI18n();
  useTabBarTexts();
  const q = useOfflineQuery(WALLET, () => call(walletRoutes.list));
  // A tab page stays in memory: coming back to 证照 asks again (offline, the device copy marked 离线).
  useDidShow(() => {
    if (q.data) q.reload();
  });
  const wallet = q.data?.data;
  return (
    <Screen id='wallet-page' title={t('wallet.title')}>
      <PageHeader title={t('wallet.title')} subtitle={wallet ? t('wallet.holder', { name: wallet.holder.name }) : undefined} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !wallet} error={q.error} onRetry={q.reload} />
        {q.data?.offline ? <OfflineBadge savedAt={q.data.savedAt} /> : <IdentitySwitcher onSwitched={q.reload} />}
        {wallet ? (
          wallet.certificates.length === 0 ? (
            <Text id='wallet-empty' className='zsb-wallet__empty'>
              {t('wallet.empty')}
            </Text>
          ) : (
            <View id='wallet-list' {...a11y('list', t('wallet.title'), false)}>
              {wallet.certificates.map((cert, i) => (
                <CertificateItem
                  key={cert.id}
                  id={`cert-${i}`}
                  cert={cert}
                  onOpen={(c) => void navigate('certificate', { id: c.id })}
                />
              ))}
            </View>
          )
        ) : null}
        {/* 票据: the electronic receipts of fees paid (统一公共支付). */}
        {wallet && !q.data?.offline ? (
          <Card id='wallet-receipts' title={t('pay.receipts.entry')} label={t('pay.receipts.title')} onClick={() => void navigate('receipts')}>
            <Text>{t('pay.receipts.title')}</Text>
          </Card>
        ) : null}
        {/* 委托书 (mandates given and received) are signed documents kept beside the certificates. */}
        <Text id='wallet-mandates' className='zsb-link zsb-wallet__mandates' onClick={() => void Taro.navigateTo({ url: MANDATE_PAGES.list })} {...a11y('link', t('mandates.wallet.documents'))}>
          {`${t('mandates.wallet.documents')} ›`}
        </Text>
      </View>
    </Screen>
  );
}
