import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { homeRoutes, type Home } from '../../contracts/home';
import { Card } from '../../components/Card';
import { CountBadge } from '../../components/CountBadge';
import { HotServices } from '../../components/HotServices';
import { PageHeader } from '../../components/PageHeader';
import { PrefsBar } from '../../components/PrefsBar';
import { Screen } from '../../components/Screen';
import { SearchEntry } from '../../components/SearchEntry';
import { StateView } from '../../components/StateView';
import { WalletSummary } from '../../components/WalletSummary';
import { ElderHome } from '../../components/ElderHome';
import { usePrefs } from '../../hooks/usePrefs';
import { a11y } from '../../components/a11y';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { call } from '../../services/api';
import { navigate } from '../../services/nav';
import { offlineCache, WALLET } from '../../services/offline';
import type { Wallet } from '@zsb/shared/contracts/wallet';
import { useTabBarTexts } from '../../hooks/useTabBarTexts';
import { HALL_PAGES } from '../../contracts/hall-pages';
import { MANDATE_PAGES } from '../../contracts/mandates';
import Taro from '@tarojs/taro';
import './index.css';

/** The ID card to show with one tap: valid or about to expire (an expired card is opened in the wallet instead). */
function presentableIdCard(home: Home | null | undefined): string | null {
  const usable = (c: { kind: string; status: string }) => c.kind === 'id_card' && (c.status === 'valid' || c.status === 'expiring');
  if (home && home.wallet.status === 'ok') return home.wallet.data.items.find(usable)?.id ?? null;
  // Offline or the library is down: the device copy of the wallet still knows which card it is (亮证 then says why no code).
  return offlineCache.peek<Wallet>(WALLET)?.data.certificates.find(usable)?.id ?? null;
}

export default function HomePage() {
  const { t } = useI18n();
  useTabBarTexts();
  const q = useQuery(() => call(homeRoutes.home), []);
  // Coming back from another page refreshes counts (a certificate may have been read, a message marked).
  useDidShow(() => {
    if (q.data) q.reload();
  });
  const home = q.data;
  const { elder } = usePrefs();
  const idCard = presentableIdCard(home);
  // 长辈模式: residents get the one-column home of their own most-used tasks.
  if (elder && home?.profile.kind === 'resident') return <ElderHome home={q} />;
  return (
    <Screen id='home-page' firstScreen title={t('home.title')}>
      <PageHeader
        title={home ? t('home.greeting', { name: home.profile.name }) : t('common.appName')}
        subtitle={home ? t('home.idNumber', { value: home.profile.idNumber }) : undefined}
        extra={<PrefsBar />}
      >
        <Text id='home-scan' className='zsb-home__scan' onClick={() => void Taro.navigateTo({ url: HALL_PAGES.scan })} {...a11y('button', t('hall.scan.button'))}>⌗ {t('hall.scan.button')}</Text>
        <Text
          id='home-present-id'
          className='zsb-home__scan'
          onClick={() => void (idCard ? navigate('present', { id: idCard }) : navigate('wallet'))}
          {...a11y('button', t('shell.home.presentId'))}
        >
          {t('shell.home.presentId')}
        </Text>
        {home && home.profile.activeIdentity.kind === 'enterprise' ? (
          <Text className='zsb-home__identity'>{t('home.actingAs', { name: home.profile.activeIdentity.name })}</Text>
        ) : null}
      </PageHeader>
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !home} error={home ? null : q.error} onRetry={q.reload} />
        {home ? (
          <>
            <WalletSummary section={home.wallet} onOpen={() => void navigate('wallet')} />
            <SearchEntry onOpen={() => void navigate('services')} />
            <Card id='home-work' title={t('home.work.title')}>
              <View className='zsb-home__tools'>
                <Text id='home-appointments' className='zsb-home__tool' onClick={() => void Taro.navigateTo({ url: HALL_PAGES.appointments })} {...a11y('link', t('hall.appointments.title'))}>{t('hall.appointments.title')}</Text>
                <Text id='home-my-cases' className='zsb-home__tool' onClick={() => void navigate('myCases')} {...a11y('link', t('cases.list.title'))}>{t('cases.list.title')}</Text>
                <Text id='home-asks' className='zsb-home__tool' onClick={() => void navigate('asksHub')} {...a11y('link', t('asks.entry'))}>{t('asks.entry')}</Text>
                <Text id='home-mandates' className='zsb-home__tool' onClick={() => void Taro.navigateTo({ url: MANDATE_PAGES.list })} {...a11y('link', t('mandates.list.title'))}>{t('mandates.list.title')}</Text>
                {home.profile.kind === 'staff' ? (
                  <Text id='home-clerk' className='zsb-home__tool' onClick={() => void Taro.navigateTo({ url: HALL_PAGES.clerk })} {...a11y('link', t('hall.clerk.title'))}>{t('hall.clerk.title')}</Text>
                ) : null}
                {home.profile.kind === 'staff' ? (
                  <Text id='home-staff-queue' className='zsb-home__tool' onClick={() => void navigate('staffQueue')} {...a11y('link', t('staff.queue.title'))}>{t('staff.queue.title')}</Text>
                ) : null}
                {home.profile.kind === 'operator' ? (
                  <Text id='home-supervision' className='zsb-home__tool' onClick={() => void navigate('supervision')} {...a11y('link', t('supervision.entry'))}>{t('supervision.entry')}</Text>
                ) : null}
                {home.profile.kind === 'staff' ? (
                  <Text id='home-supervision-reports' className='zsb-home__tool' onClick={() => void navigate('supervisionReports')} {...a11y('link', t('supervision.reports.title'))}>{t('supervision.reports.title')}</Text>
                ) : null}
                {home.profile.kind === 'operator' ? (
                  <Text id='home-ratings-overview' className='zsb-home__tool' onClick={() => void navigate('ratingsOverview')} {...a11y('link', t('overview.title'))}>{t('overview.title')}</Text>
                ) : null}
              </View>
            </Card>
            <HotServices section={home.hotServices} onOpen={(svc) => void navigate('guide', { code: svc.code })} />
            <Card id='home-messages' title={t('home.messages.title')} onClick={() => void navigate('messages')} label={t('home.messages.title')} extra={<CountBadge id='home-unread-badge' count={home.messages.unread} label={t('home.messages.badgeLabel', { count: home.messages.unread })} />}>
              <Text className='zsb-home__messages'>
                {home.messages.unread > 0 ? t('home.messages.unread', { count: home.messages.unread }) : t('home.messages.none')}
              </Text>
            </Card>
            <Card id='home-cert-tools'>
              <View className='zsb-home__tools'>
                <Text id='home-verify' className='zsb-home__tool' onClick={() => void navigate('verify')} {...a11y('link', t('verify.entry'))}>{t('verify.entry')}</Text>
                <Text id='home-consents' className='zsb-home__tool' onClick={() => void navigate('consents')} {...a11y('link', t('consent.list.title'))}>{t('consent.list.title')}</Text>
                <Text id='home-notify-settings' className='zsb-home__tool' onClick={() => void navigate('notificationSettings')} {...a11y('link', t('notify.entry'))}>{t('notify.entry')}</Text>
              </View>
            </Card>
            <Card id='home-ratings' title={t('ratings.entry')}>
              <View className='zsb-home__tools'>
                <Text id='home-rating-results' className='zsb-home__tool' onClick={() => void navigate('ratingResults')} {...a11y('link', t('ratings.entry.results'))}>{t('ratings.entry.results')}</Text>
                <Text id='home-work-orders' className='zsb-home__tool' onClick={() => void navigate('workOrders')} {...a11y('link', t('ratings.entry.workOrders'))}>{t('ratings.entry.workOrders')}</Text>
              </View>
            </Card>
          </>
        ) : null}
      </View>
    </Screen>
  );
}
