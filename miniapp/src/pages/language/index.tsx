import { Text, View } from '@tarojs/components';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { Screen } from '../../components/Screen';
import { a11y } from '../../components/a11y';
import { useI18n } from '../../hooks/useI18n';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n';
import { goBack } from '../../services/nav';
import './index.css';

/** 语言: every language listed under its own name, so anyone finds theirs whatever is shown now. */
export default function LanguagePage() {
  const { t, lang, setLanguage } = useI18n();
  const choose = (l: Language) => {
    setLanguage(l);
    void goBack();
  };
  return (
    <Screen id='language-page' guest title={t('common.language')}>
      <PageHeader back title={t('common.language')} />
      <View className='zsb-overlap'>
        <Card>
          <View {...a11y('radiogroup', t('common.language'), false)}>
            {LANGUAGES.map((l) => (
              <View
                key={l}
                id={`language-${l}`}
                className={`zsb-language ${l === lang ? 'zsb-language--on' : ''}`}
                // Screen readers then read each name in its own language.
                {...({ lang: l } as Record<string, string>)}
                onClick={() => choose(l)}
                {...a11y('radio', LANGUAGE_NAMES[l], true)}
                aria-checked={l === lang ? 'true' : 'false'}
              >
                <Text className='zsb-language__name'>{LANGUAGE_NAMES[l]}</Text>
                {l === lang ? <Text className='zsb-language__mark' aria-hidden='true'>✓</Text> : null}
              </View>
            ))}
          </View>
        </Card>
      </View>
    </Screen>
  );
}
