import { Switch, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { notificationRoutes, type NotificationSettings } from '../../../contracts/notifications';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '@zsb/shared/domain/notification-rules';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { IS_WEAPP } from '../../../services/env';
import { askSubscription, type SubscribeAnswer } from '../../../services/subscribe';
import './index.css';

type Channel = 'wechat' | 'sms';

/** 我的 → 消息设置: per kind, WeChat subscription messages and SMS on or off; the message center is always on. */
export default function NotificationSettingsPage() {
  const { t, tError } = useI18n();
  const q = useQuery(() => call(notificationRoutes.settings), []);
  const [saved, setSaved] = useState<NotificationSettings | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [standIn, setStandIn] = useState<{ templateIds: string[]; resolve: (a: SubscribeAnswer) => void } | null>(null);
  const settings = saved ?? q.data;

  const toggle = async (category: NotificationCategory, channel: Channel, on: boolean) => {
    const current = settings!.items.find((i) => i.category === category)!;
    setFailure(null);
    setNotice(null);
    try {
      setSaved(await call(notificationRoutes.save, { body: { items: [{ category, wechat: current.wechat, sms: current.sms, [channel]: on }] } }));
      setNotice(t('notify.saved'));
    } catch (e) {
      setFailure(e);
    }
  };

  // H5 has no WeChat client: this dialog stands in for wx.requestSubscribeMessage.
  const askStandIn = (templateIds: string[]) => new Promise<SubscribeAnswer>((resolve) => setStandIn({ templateIds, resolve }));
  const answer = (accept: boolean) => {
    standIn?.resolve(Object.fromEntries(standIn.templateIds.map((id) => [id, accept ? 'accept' : 'reject'])));
    setStandIn(null);
  };

  const subscribe = async () => {
    setNotice(null);
    const wanted = settings!.items.filter((i) => i.wechat).map((i) => i.category);
    const accepted = await askSubscription(wanted.length ? wanted : ['case'], IS_WEAPP ? undefined : askStandIn);
    setNotice(t('notify.subscribed', { count: accepted }));
    setSaved(await call(notificationRoutes.settings));
  };

  return (
    <Screen id='notify-settings-page' title={t('notify.title')}>
      <PageHeader back title={t('notify.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !settings} error={q.error} onRetry={q.reload} />
        {settings ? (
          <>
            <Card id='notify-intro'>
              <Text className='zsb-notify__note'>{t('notify.inApp')}</Text>
              <Text id='notify-quiet' className='zsb-notify__note'>{t('notify.quiet', { from: settings.quietHours.from, until: settings.quietHours.until })}</Text>
              <Text className='zsb-notify__note'>{settings.phone ? t('notify.phone', { phone: settings.phone }) : t('notify.noPhone')}</Text>
              {settings.wechatBound ? null : <Text id='notify-unbound' className='zsb-notify__note'>{t('notify.unbound')}</Text>}
            </Card>
            <Card id='notify-kinds' title={t('notify.kinds')}>
              {NOTIFICATION_CATEGORIES.map((category) => {
                const item = settings.items.find((i) => i.category === category)!;
                const kind = t(`notify.kind.${category}`);
                return (
                  <View key={category} id={`notify-${category}`} className='zsb-notify__row' data-wechat={item.wechat ? '1' : '0'} data-sms={item.sms ? '1' : '0'}>
                    <Text className='zsb-notify__kind'>{kind}</Text>
                    <View className='zsb-notify__channels'>
                      {(['wechat', 'sms'] as const).map((channel) => (
                        <View key={channel} className='zsb-notify__channel'>
                          <Switch
                            id={`notify-${category}-${channel}`}
                            checked={item[channel]}
                            disabled={channel === 'sms' && !settings.phone}
                            onChange={(e) => void toggle(category, channel, e.detail.value)}
                            {...a11y('switch', t('notify.switchLabel', { kind, channel: t(`notify.channel.${channel}`) }))}
                            aria-checked={item[channel] ? 'true' : 'false'}
                          />
                          <Text>{t(`notify.channel.${channel}`)}</Text>
                        </View>
                      ))}
                    </View>
                    {item.wechat ? <Text className='zsb-notify__consents' data-consents={item.wechatConsents}>{t('notify.consents', { count: item.wechatConsents })}</Text> : null}
                  </View>
                );
              })}
              <View className='zsb-notify__actions'>
                <ActionButton id='notify-subscribe' text={t('notify.subscribe')} onClick={() => void subscribe()} />
              </View>
            </Card>
            {notice ? <Notice id='notify-notice' kind='info' text={notice} /> : null}
            {failure ? <Notice id='notify-error' kind='error' text={tError(failure)} /> : null}
          </>
        ) : null}
      </View>
      {standIn ? (
        <View id='notify-standin' className='zsb-notify__dialog' {...a11y('dialog', t('notify.standIn.title'), false)} aria-modal='true'>
          <View className='zsb-notify__sheet'>
            <Text className='zsb-notify__sheet-title'>{t('notify.standIn.title')}</Text>
            {standIn.templateIds.map((id) => {
              const category = (settings?.items.find((i) => i.templateId === id)?.category ?? 'case') as NotificationCategory;
              return <Text key={id} className='zsb-notify__sheet-item'>{t('notify.standIn.item', { kind: t(`notify.kind.${category}`) })}</Text>;
            })}
            <View className='zsb-notify__actions'>
              <ActionButton id='notify-standin-accept' text={t('notify.standIn.accept')} onClick={() => answer(true)} />
              <ActionButton id='notify-standin-reject' kind='secondary' text={t('notify.standIn.reject')} onClick={() => answer(false)} />
            </View>
          </View>
        </View>
      ) : null}
    </Screen>
  );
}
