import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { meRoutes } from '../../contracts/me';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { call } from '../../services/api';
import { switchIdentity } from '../../services/identity';
import { Chip } from '../Chip';
import { Notice } from '../Notice';
import './index.css';

/**
 * Yourself or an enterprise you represent (法定代表人 / 经办人): whose wallet is shown. Hidden for
 * people who act only for themselves, and while offline.
 */
export function IdentitySwitcher({ onSwitched }: { onSwitched: () => void }) {
  const { t, tError } = useI18n();
  const q = useQuery(() => call(meRoutes.me), []);
  const [problem, setProblem] = useState<string | null>(null);
  const me = q.data;
  if (!me || me.identities.length < 2) return null;
  const choose = async (kind: 'personal' | 'enterprise', id: string) => {
    setProblem(null);
    try {
      await switchIdentity({ kind, id });
      q.reload();
      onSwitched();
    } catch (e) {
      setProblem(tError(e));
    }
  };
  return (
    <View id='identity-switcher' className='zsb-identity' role='radiogroup'>
      <Text className='zsb-identity__label'>{t('identity.label')}</Text>
      {me.identities.map((i) => (
        <Chip
          key={`${i.kind}:${i.id}`}
          id={`identity-${i.kind === 'personal' ? 'personal' : i.id}`}
          role='radio'
          text={t('identity.option', { name: i.name, role: t(`identity.role.${i.role}`) })}
          selected={me.activeIdentity.kind === i.kind && me.activeIdentity.id === i.id}
          onToggle={() => void choose(i.kind, i.id)}
        />
      ))}
      {problem ? <Notice kind='error' text={problem} /> : null}
    </View>
  );
}
