import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { authRoutes } from '../contracts/auth';
import { ActionButton } from '../components/ActionButton';
import { Card } from '../components/Card';
import { StateView } from '../components/StateView';
import { useI18n } from '../hooks/useI18n';
import { useQuery } from '../hooks/useQuery';
import { call } from '../services/api';
import { IS_WEAPP } from '../services/env';

export interface FreshAuthProof {
  method: 'signin';
  code: string;
  channel: 'h5' | 'weapp';
}

/**
 * The fresh authentication before money moves: signing in again. In the mini-program `wx.login`
 * gives a new code; on H5 the person picks their identity at the (sandbox) identity provider again.
 * The BFF checks that the code names the person signed in now.
 */
export function FreshAuth({ id, action, busy, onProof }: { id: string; action: string; busy: boolean; onProof: (p: FreshAuthProof) => void }) {
  const { t } = useI18n();
  const [picking, setPicking] = useState<string | null>(null);
  const personas = useQuery(() => (IS_WEAPP ? Promise.resolve(null) : call(authRoutes.personas)), []);
  const pick = async (personaId: string) => {
    setPicking(personaId);
    try {
      const { code } = await call(authRoutes.authorize, { body: { personaId } });
      onProof({ method: 'signin', code, channel: 'h5' });
    } finally {
      setPicking(null);
    }
  };
  return (
    <Card id={id} title={t('fund.auth.title')}>
      <Text className='zsb-fund__hint'>{t('fund.auth.hint')}</Text>
      {IS_WEAPP ? (
        <ActionButton id={`${id}-weapp`} text={action} loading={busy}
          onClick={() => void Taro.login().then(({ code }) => onProof({ method: 'signin', code, channel: 'weapp' }))} />
      ) : (
        <>
          <StateView loading={personas.loading && !personas.data} error={personas.error} onRetry={personas.reload} />
          <View className='zsb-fund__personas'>
            {(personas.data?.personas ?? []).filter((p) => p.kind === 'resident').map((p) => (
              <ActionButton key={p.personaId} id={`${id}-persona-${p.personaId}`} kind='secondary' text={p.displayName}
                loading={busy || picking === p.personaId} onClick={() => void pick(p.personaId)} />
            ))}
          </View>
        </>
      )}
    </Card>
  );
}
