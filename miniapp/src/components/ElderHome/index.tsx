import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { Home } from '@zsb/shared/contracts/home';
import { mandateRoutes, MANDATE_PAGES } from '../../contracts/mandates';
import { HALL_PAGES } from '../../contracts/hall-pages';
import type { QueryState } from '../../hooks/useQuery';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { call } from '../../services/api';
import { signOut } from '../../services/auth';
import { navigate } from '../../services/nav';
import { a11y } from '../a11y';
import { Card } from '../Card';
import { PageHeader } from '../PageHeader';
import { PrefsBar } from '../PrefsBar';
import { Screen } from '../Screen';
import { StateView } from '../StateView';
import { WalletSummary } from '../WalletSummary';
import './index.css';

interface ElderHomeProps {
  /** The ordinary home's answer (profile, wallet summary), already loading on the home page. */
  home: QueryState<Home>;
}

/**
 * 长辈模式 home: one column of large buttons — 亮证 of the ID card in one tap, the person's five most-used
 * tasks (from their own applications), their certificates, and "call for help" with the nearest hall's
 * phone and the helper they gave a mandate to.
 */
export function ElderHome({ home }: ElderHomeProps) {
  const { t } = useI18n();
  const elder = useQuery(() => call(mandateRoutes.elderHome), []);
  const [helpOpen, setHelpOpen] = useState(false);
  const data = elder.data;
  const profile = home.data?.profile;
  const phone = (n: string) => void Taro.makePhoneCall({ phoneNumber: n }).catch(() => undefined);
  return (
    <Screen id='home-page' title={t('home.title')}>
      <PageHeader
        title={profile ? t('home.greeting', { name: profile.name }) : t('common.appName')}
        subtitle={profile ? t('home.idNumber', { value: profile.idNumber }) : undefined}
        extra={<PrefsBar />}
      />
      <View id='elder-home' className='zsb-overlap zsb-elder'>
        <StateView loading={elder.loading && !data} error={data ? null : elder.error} onRetry={elder.reload} />
        {data ? (
          <>
            {data.idCard ? (
              <View
                id='elder-show-id'
                className='zsb-elder__big zsb-elder__big--primary'
                onClick={() => void navigate('present', { id: data.idCard!.certificateId, auto: '1' })}
                {...a11y('button', t('elder.showId'))}
              >
                <Text>{t('elder.showId')}</Text>
              </View>
            ) : null}
            <Card id='elder-tasks' title={t('elder.tasks.title')}>
              {data.tasks.map((task, i) => (
                <View
                  key={task.code}
                  id={`elder-task-${i}`}
                  data-code={task.code}
                  className='zsb-elder__big'
                  onClick={() => void navigate('guide', { code: task.code })}
                  {...a11y('link', task.name)}
                >
                  <Text>{task.name}</Text>
                </View>
              ))}
            </Card>
          </>
        ) : null}
        {home.data ? <WalletSummary section={home.data.wallet} onOpen={() => void navigate('wallet')} /> : null}
        <View className='zsb-elder__row'>
          <View id='elder-messages' className='zsb-elder__big' onClick={() => void navigate('messages')} {...a11y('link', t('home.messages.title'))}>
            <Text>{t('home.messages.title')}</Text>
          </View>
          <View id='elder-scan' className='zsb-elder__big' onClick={() => void Taro.navigateTo({ url: HALL_PAGES.scan })} {...a11y('link', t('hall.scan.button'))}>
            <Text>{t('hall.scan.button')}</Text>
          </View>
          <View id='elder-mandates' className='zsb-elder__big' onClick={() => void Taro.navigateTo({ url: MANDATE_PAGES.list })} {...a11y('link', t('mandates.list.title'))}>
            <Text>{t('mandates.list.title')}</Text>
          </View>
        </View>
        {data ? (
          <Card id='elder-help' title={t('elder.help.title')}>
            <View
              id='elder-help-toggle'
              className='zsb-elder__big zsb-elder__big--help'
              onClick={() => setHelpOpen((o) => !o)}
              {...a11y('button', t('elder.help.button'))}
              aria-expanded={helpOpen ? 'true' : 'false'}
            >
              <Text>{t('elder.help.button')}</Text>
            </View>
            {helpOpen ? (
              <View id='elder-help-panel'>
                <View id='elder-help-hall' className='zsb-elder__contact' onClick={() => phone(data.help.hall.phone)} {...a11y('button', t('elder.help.callHall', { name: data.help.hall.name, phone: data.help.hall.phone }))}>
                  <Text className='zsb-elder__contact-name'>{data.help.hall.name}</Text>
                  <Text className='zsb-elder__contact-phone'>{data.help.hall.phone}</Text>
                </View>
                {data.help.helpers.length === 0 ? <Text className='zsb-elder__none'>{t('elder.help.noHelper')}</Text> : null}
                {data.help.helpers.map((h, i) => (
                  <View key={i} id={`elder-helper-${i}`} className='zsb-elder__contact' onClick={() => (h.phone ? phone(h.phone) : undefined)} {...a11y('button', t('elder.help.callHelper', { name: h.name, phone: h.phone ?? '' }))}>
                    <Text className='zsb-elder__contact-name'>{t('elder.help.helper', { name: h.name, until: h.until })}</Text>
                    {h.phone ? <Text className='zsb-elder__contact-phone'>{h.phone}</Text> : null}
                  </View>
                ))}
              </View>
            ) : null}
          </Card>
        ) : null}
        <View className='zsb-elder__footer'>
          <Text id='elder-logout' className='zsb-elder__logout' onClick={() => void signOut()} {...a11y('button', t('common.logout'))}>
            {t('common.logout')}
          </Text>
        </View>
      </View>
    </Screen>
  );
}
