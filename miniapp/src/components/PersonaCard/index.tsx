import { Text, View } from '@tarojs/components';
import type { Persona } from '@zsb/shared/contracts/auth';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import './index.css';

interface PersonaCardProps {
  persona: Persona;
  busy?: boolean;
  onSelect: (persona: Persona) => void;
}

/** One test identity on the sign-in page; tapping it signs in as that person. */
export function PersonaCard({ persona, busy, onSelect }: PersonaCardProps) {
  const { t } = useI18n();
  // The identity provider repeats the note in the display name, e.g. "张*（个人，已婚）"; show it once.
  const name = persona.note ? persona.displayName.replace(`（${persona.note}）`, '').replace(`(${persona.note})`, '') : persona.displayName;
  return (
    <View
      id={`persona-${persona.personaId}`}
      className={`zsb-persona ${busy ? 'zsb-persona--busy' : ''}`}
      data-persona-id={persona.personaId}
      onClick={() => onSelect(persona)}
      {...a11y('button', t('auth.personaLabel', { name: persona.displayName }))}
    >
      <View className='zsb-persona__avatar' aria-hidden='true'>
        <Text>{name.slice(0, 1)}</Text>
      </View>
      <View className='zsb-persona__body'>
        <View className='zsb-persona__line'>
          <Text className='zsb-persona__name'>{name}</Text>
          <Text className='zsb-persona__id'>{persona.personaId}</Text>
        </View>
        {persona.note ? <Text className='zsb-persona__note'>{persona.note}</Text> : null}
      </View>
      <Text className='zsb-persona__go' aria-hidden='true'>
        {busy ? '…' : '›'}
      </Text>
    </View>
  );
}
