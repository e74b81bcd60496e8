import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, type ReactNode } from 'react';
import { usePrefs } from '../../hooks/usePrefs';
import { IS_H5 } from '../../services/env';
import { THEME_CLASS } from '../../theme/tokens';
import { ActingBanner } from '../ActingBanner';
import './index.css';

interface ScreenProps {
  id?: string;
  /** Already translated page title, shown by the host's navigation bar / document title. */
  title: string;
  children: ReactNode;
}

/** Page root: applies the normal or elder theme and the page title. */
export function Screen({ id, title, children }: ScreenProps) {
  const { elder, lang } = usePrefs();
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title }).catch(() => undefined);
  }, [title]);
  useEffect(() => {
    // Screen readers pick their voice from the document language.
    if (IS_H5) document.documentElement.lang = lang;
  }, [lang]);
  return (
    <View id={id} className={`${elder ? THEME_CLASS.elder : THEME_CLASS.normal} zsb-screen`} data-lang={lang} data-elder={elder ? '1' : '0'}>
      <ActingBanner />
      <View className='zsb-screen__inner'>{children}</View>
    </View>
  );
}
