import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { Acting } from '@zsb/shared/contracts/mandates';
import { useI18n } from '../../hooks/useI18n';
import { actingMandateOf, currentActing, stopActing } from '../../services/acting';
import { relaunch } from '../../services/nav';
import { session } from '../../stores';
import { a11y } from '../a11y';
import './index.css';

/**
 * "正在为 X 代办": shown on every page while the session acts for someone else, with the way back to
 * oneself. Nothing is drawn for an ordinary session (the token says so without a request).
 */
export function ActingBanner() {
  const { t, tError } = useI18n();
  const [token, setToken] = useState(() => session.get()?.accessToken);
  const [acting, setActing] = useState<Acting>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => session.subscribe(() => setToken(session.get()?.accessToken)), []);
  const mandate = actingMandateOf(token);
  useEffect(() => {
    if (!mandate) return setActing(null);
    let live = true;
    currentActing().then((a) => live && setActing(a), (e) => live && setProblem(tError(e)));
    return () => { live = false; };
  }, [token, mandate, tError]);
  if (!mandate) return null;
  const back = async () => {
    try {
      await stopActing();
      await relaunch('home');
    } catch (e) {
      setProblem(tError(e));
    }
  };
  return (
    <View id='acting-banner' className='zsb-acting' data-mandate={mandate} {...a11y('status', undefined, false)}>
      <Text className='zsb-acting__text'>
        {acting ? t(acting.kind === 'guardian' ? 'mandates.banner.guardian' : 'mandates.banner', { name: acting.name }) : problem ?? t('mandates.banner.loading')}
      </Text>
      <Text id='acting-stop' className='zsb-acting__stop' onClick={() => void back()} {...a11y('button', t('mandates.banner.stop'))}>
        {t('mandates.banner.stop')}
      </Text>
      {/* Scope hint for the helper: where to see what was granted. */}
      {acting?.mandateId ? (
        <Text className='zsb-acting__scope' onClick={() => void Taro.navigateTo({ url: `/mandates/pages/detail/index?id=${acting.mandateId}` })} {...a11y('link', t('mandates.banner.scope'))}>
          {t('mandates.banner.scope')}
        </Text>
      ) : null}
    </View>
  );
}
