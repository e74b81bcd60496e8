import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { meRoutes } from '../../contracts/me';
import { ticketRoutes } from '../../contracts/tickets';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { Screen } from '../../components/Screen';
import { StateView } from '../../components/StateView';
import { a11y } from '../../components/a11y';
import { useI18n } from '../../hooks/useI18n';
import { usePrefs } from '../../hooks/usePrefs';
import { useQuery } from '../../hooks/useQuery';
import { useTabBarTexts } from '../../hooks/useTabBarTexts';
import type { MessageKey } from '../../i18n';
import { call } from '../../services/api';
import { signOut } from '../../services/auth';
import { navigate, type PageName } from '../../services/nav';
import { prefs } from '../../stores';
import './index.css';

interface Entry {
  /** Element id `mine-<id>` (browser tests). */
  id: string;
  label: MessageKey;
  page: PageName;
}

/**
 * 我的, section by section. A feature adds its entry with one line here (and its page in services/nav.ts);
 * entries are links only, so this page stays one small call (who am I) plus today's tickets.
 */
export const MINE_SECTIONS: { id: string; title: MessageKey; entries: Entry[] }[] = [
  {
    id: 'affairs', title: 'shell.mine.affairs', entries: [
      { id: 'cases', label: 'cases.list.title', page: 'myCases' },
      { id: 'appointments', label: 'hall.appointments.title', page: 'hallAppointments' },
      { id: 'messages', label: 'home.messages.title', page: 'messages' },
      { id: 'mandates', label: 'mandates.list.title', page: 'mandatesList' },
      { id: 'asks', label: 'asks.entry', page: 'asksHub' },
      { id: 'receipts', label: 'pay.receipts.title', page: 'receipts' },
      { id: 'addresses', label: 'delivery.manage', page: 'addresses' },
    ],
  },
  {
    id: 'certificates', title: 'shell.mine.certificates', entries: [
      { id: 'consents', label: 'consent.list.title', page: 'consents' },
      { id: 'usage', label: 'shell.mine.usage', page: 'auditLog' },
      { id: 'ratings', label: 'ratings.entry.results', page: 'ratingResults' },
    ],
  },
];

export default function MinePage() {
  const { t } = useI18n();
  const { elder } = usePrefs();
  useTabBarTexts();
  const me = useQuery(() => call(meRoutes.me), []);
  const tickets = useQuery(() => call(ticketRoutes.mine), []);
  useDidShow(() => {
    if (tickets.data) tickets.reload();
  });
  const open = tickets.data?.items.filter((x) => x.status === 'waiting' || x.status === 'called') ?? [];
  return (
    <Screen id='mine-page' title={t('shell.tab.mine')}>
      <PageHeader title={me.data?.name ?? t('shell.tab.mine')} subtitle={me.data ? t('home.idNumber', { value: me.data.idNumber }) : undefined} />
      <View className='zsb-overlap'>
        <StateView loading={me.loading && !me.data} error={me.data ? null : me.error} onRetry={me.reload} />
        {open.length > 0 ? (
          <Card id='mine-tickets' title={t('hall.ticket.title')}>
            {open.map((x) => (
              <View key={x.id} id={`mine-ticket-${x.number}`} className='zsb-mine__row' onClick={() => void navigate('hallTicket', { id: x.id })} {...a11y('link', `${x.hallName} ${x.number}`)}>
                <Text className='zsb-mine__label'>{x.number} · {x.hallName}</Text>
                <Text className='zsb-mine__chevron' aria-hidden='true'>›</Text>
              </View>
            ))}
          </Card>
        ) : null}
        {MINE_SECTIONS.map((section) => (
          <Card key={section.id} id={`mine-${section.id}`} title={t(section.title)}>
            {section.entries.map((e) => (
              <View key={e.id} id={`mine-${e.id}`} className='zsb-mine__row' onClick={() => void navigate(e.page)} {...a11y('link', t(e.label))}>
                <Text className='zsb-mine__label'>{t(e.label)}</Text>
                <Text className='zsb-mine__chevron' aria-hidden='true'>›</Text>
              </View>
            ))}
          </Card>
        ))}
        <Card id='mine-settings' title={t('shell.mine.settings')}>
          <View id='mine-notifications' className='zsb-mine__row' onClick={() => void navigate('notificationSettings')} {...a11y('link', t('notify.title'))}>
            <Text className='zsb-mine__label'>{t('notify.title')}</Text>
          </View>
          <View id='mine-language' className='zsb-mine__row' onClick={() => void navigate('language')} {...a11y('link', t('common.language'))}>
            <Text className='zsb-mine__label'>{t('common.language')}</Text>
            <Text className='zsb-mine__value'>{t('common.languageName')}</Text>
          </View>
          <View
            id='mine-elder'
            className='zsb-mine__row'
            onClick={() => prefs.setElder(!elder)}
            {...a11y('switch', t('common.elderMode'))}
            aria-checked={elder ? 'true' : 'false'}
          >
            <Text className='zsb-mine__label'>{t('common.elderMode')}</Text>
            <Text className={`zsb-mine__switch ${elder ? 'zsb-mine__switch--on' : ''}`} aria-hidden='true'>{elder ? t('shell.mine.on') : t('shell.mine.off')}</Text>
          </View>
        </Card>
        <View className='zsb-mine__footer'>
          <Text id='logout' className='zsb-mine__logout' onClick={() => void signOut()} {...a11y('button', t('common.logout'))}>
            {t('common.logout')}
          </Text>
        </View>
      </View>
    </Screen>
  );
}
