import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { authRoutes, type Persona } from '../../contracts/auth';
import { useEffect, useState } from 'react';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { PersonaCard } from '../../components/PersonaCard';
import { PrefsBar } from '../../components/PrefsBar';
import { Screen } from '../../components/Screen';
import { StateView } from '../../components/StateView';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { call } from '../../services/api';
import { signInWithPersona, signInWithWeapp } from '../../services/auth';
import { IS_WEAPP } from '../../services/env';
import { relaunch, safeNext } from '../../services/nav';
import { session } from '../../stores';
import './index.css';

const GROUPS = ['resident', 'staff', 'operator'] as const;

export default function LoginPage() {
  const { t, tError } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Sent here by a page that needs a person (`?next=`): back to that very page once signed in, else home.
  const next = safeNext(useRouter().params.next);
  const proceed = () => (next ? Taro.reLaunch({ url: next }) : relaunch('home'));

  useEffect(() => {
    if (session.get()) void proceed();
  }, []);

  const attempt = async (key: string, signIn: () => Promise<void>) => {
    if (busy) return;
    setBusy(key);
    setError(null);
    try {
      await signIn();
      await proceed();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Screen id='login-page' guest firstScreen title={t('auth.title')}>
      <PageHeader title={t('auth.title')} subtitle={t('auth.subtitle')} extra={<PrefsBar />} />
      <View className='zsb-overlap'>
        {next ? <Notice id='login-next' kind='info' text={t('shell.signInToContinue')} /> : null}
        {error ? (
          <View className='zsb-login__error'>
            <Notice id='login-error' kind='error' text={tError(error)} />
          </View>
        ) : null}
        {IS_WEAPP ? (
          <Card>
            <Button id='weapp-login' className='zsb-button' onClick={() => void attempt('weapp', signInWithWeapp)} loading={busy === 'weapp'}>
              {t('auth.weappLogin')}
            </Button>
          </Card>
        ) : (
          <PersonaList busy={busy} onSelect={(p) => void attempt(p.personaId, () => signInWithPersona(p.personaId))} />
        )}
        <Text className='zsb-login__agreement'>{t('auth.agreement')}</Text>
      </View>
    </Screen>
  );
}

function PersonaList({ busy, onSelect }: { busy: string | null; onSelect: (p: Persona) => void }) {
  const { t } = useI18n();
  const q = useQuery(() => call(authRoutes.personas), []);
  const personas = q.data?.personas ?? [];
  return (
    <>
      <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
      {q.data ? (
        <Card id='persona-list'>
          <Notice kind='info' text={t('auth.sandboxNote')} />
          {GROUPS.map((kind) => {
            const group = personas.filter((p) => p.kind === kind);
            if (group.length === 0) return null;
            return (
              <View key={kind} id={`persona-group-${kind}`} className='zsb-login__group'>
                <Text className='zsb-login__group-title'>{t(`auth.group.${kind}`)}</Text>
                {group.map((p) => (
                  <PersonaCard key={p.personaId} persona={p} busy={busy === p.personaId} onSelect={onSelect} />
                ))}
              </View>
            );
          })}
        </Card>
      ) : null}
    </>
  );
}
