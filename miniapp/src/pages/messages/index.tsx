import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { messageRoutes, type Message } from '../../contracts/messages';
import { ActionButton } from '../../components/ActionButton';
import { Card } from '../../components/Card';
import { OriginalBadge } from '../../components/OriginalBadge';
import { PageHeader } from '../../components/PageHeader';
import { Screen } from '../../components/Screen';
import { StateView } from '../../components/StateView';
import { a11y } from '../../components/a11y';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { call } from '../../services/api';
import { chinaTime } from '../../services/time';
import { navigate } from '../../services/nav';
import './index.css';

/** 消息中心: receipts, reminders and case news, newest first; opening one marks it read. */
export default function MessagesPage() {
  const { t } = useI18n();
  const q = useQuery(() => call(messageRoutes.list, { query: { limit: 100 } }), []);
  const open = async (m: Message) => {
    if (!m.read) await call(messageRoutes.markRead, { params: { messageId: m.id } }).catch(() => undefined);
    if (m.link) await Taro.navigateTo({ url: m.link }).catch(() => undefined);
    else q.reload();
  };
  const readAll = async () => {
    await call(messageRoutes.markAllRead).catch(() => undefined);
    q.reload();
  };
  const items = q.data?.items ?? [];
  return (
    <Screen id='messages-page' title={t('messages.title')}>
      <PageHeader back title={t('messages.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        {q.data && items.length === 0 ? <Text id='messages-empty' className='zsb-messages__empty'>{t('messages.empty')}</Text> : null}
        {items.map((m, i) => (
          <Card key={m.id} id={`message-${i}`} className={`zsb-message ${m.read ? '' : 'zsb-message--unread'}`} onClick={() => void open(m)} label={m.title}>
            <View className='zsb-message__head' data-kind={m.kind} data-read={m.read ? '1' : '0'}>
              <Text className='zsb-message__title'>{m.title}</Text>
              <OriginalBadge show={!!m.untranslated?.length} />
              {m.read ? null : <Text className='zsb-message__dot' {...a11y('status', t('messages.unread'), false)}>{t('messages.unread')}</Text>}
            </View>
            <Text className='zsb-message__body'>{m.body}</Text>
            <Text className='zsb-message__time'>{chinaTime(m.createdAt)}</Text>
          </Card>
        ))}
        <View className='zsb-messages__footer'>
          <ActionButton id='messages-settings' kind='secondary' text={t('notify.entry')} onClick={() => void navigate('notificationSettings')} />
        </View>
        {q.data && q.data.unread > 0 ? (
          <View className='zsb-messages__footer'>
            <ActionButton id='messages-read-all' kind='secondary' text={t('messages.readAll')} onClick={() => void readAll()} />
          </View>
        ) : null}
      </View>
    </Screen>
  );
}
