import { Text, View } from '@tarojs/components';
import { useI18n } from '../../hooks/useI18n';
import { navigate } from '../../services/nav';
import { usePrefs } from '../../hooks/usePrefs';
import { prefs } from '../../stores';
import { a11y } from '../a11y';
import './index.css';

/** The elder-mode switch and the language switch, both kept on the device. */
export function PrefsBar() {
  const { t, lang } = useI18n();
  const { elder } = usePrefs();
  return (
    <View className='zsb-prefs'>
      <View
        id='elder-toggle'
        className={`zsb-prefs__chip ${elder ? 'zsb-prefs__chip--on' : ''}`}
        onClick={() => prefs.setElder(!elder)}
        {...a11y('switch', t('common.elderMode'))}
        aria-checked={elder ? 'true' : 'false'}
      >
        <Text className='zsb-prefs__dot' aria-hidden='true' />
        <Text>{t('common.elderMode')}</Text>
      </View>
      <View
        id='lang-switch'
        className='zsb-prefs__chip'
        data-lang={lang}
        onClick={() => void navigate('language')}
        {...a11y('button', t('common.languageChipLabel', { name: t('common.languageName') }))}
      >
        {/* The 文A mark is recognisable whatever language is shown now (and needs no emoji font). */}
        <Text className='zsb-prefs__lang-mark' aria-hidden='true'>{t('common.languageMark')}</Text>
        <Text>{t('common.languageName')}</Text>
      </View>
    </View>
  );
}
