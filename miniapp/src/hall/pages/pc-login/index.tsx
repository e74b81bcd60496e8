import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { pcLoginRoutes } from '../../../contracts/pc-login';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { useI18n } from '../../../hooks/useI18n';
import { call } from '../../../services/api';
import { hallErrorKey } from '../../services/go';
import '../../hall.css';

/** 扫码登录: names the site and device that ask, and signs that computer in on confirmation. */
export default function PcLoginPage() {
  const { t, tError } = useI18n();
  const { id = '', site = '', device = '' } = useRouter().params;
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await call(pcLoginRoutes.confirm, { params: { sessionId: id } });
      setDone(true);
    } catch (e) {
      const key = hallErrorKey(e);
      setProblem(key ? t(key) : tError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Screen id='pc-login-page' title={t('hall.pc.title')}>
      <PageHeader back title={t('hall.pc.title')} />
      <View className='zsb-overlap'>
        {problem ? <Notice id='pc-login-problem' kind='error' text={problem} /> : null}
        <Card id='pc-login-card'>
          <Text id='pc-login-asks' className='zsb-hall__big'>{t('hall.pc.asks', { site: decodeURIComponent(site), device: decodeURIComponent(device) })}</Text>
          <Text className='zsb-hall__muted'>{t('hall.pc.warning')}</Text>
          <View className='zsb-hall__gap' />
          {done ? <Notice id='pc-login-done' kind='info' text={t('hall.pc.done')} />
            : <ActionButton id='pc-login-confirm' text={t('hall.pc.confirm')} loading={busy} onClick={() => void confirm()} />}
        </Card>
      </View>
    </Screen>
  );
}
