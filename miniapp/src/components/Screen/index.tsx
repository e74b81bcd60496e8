import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../../hooks/useI18n';
import { usePrefs } from '../../hooks/usePrefs';
import { canRender } from '../../i18n';
import { IS_H5 } from '../../services/env';
import { currentUrl, toSignIn } from '../../services/nav';
import { session } from '../../stores';
import { THEME_CLASS } from '../../theme/tokens';
import { ActingBanner } from '../ActingBanner';
import './index.css';

interface ScreenProps {
  id?: string;
  /** Already translated page title, shown by the host's navigation bar / document title. */
  title: string;
  /** The page works signed out (sign-in, catalog, language, an anonymous window rating); others lead to sign-in. */
  guest?: boolean;
  /**
   * Sign-in and home: shown with the texts that are part of the app. Any other page shows its content only
   * once all texts of the language are here (the rest of 简体中文 loads right after the first screen), so it
   * never shows a key.
   */
  firstScreen?: boolean;
  children: ReactNode;
}

/** Page root: applies the normal or elder theme and the page title. */
export function Screen({ id, title, guest, firstScreen, children }: ScreenProps) {
  const { elder } = usePrefs();
  // Re-renders when the language's texts arrive.
  const { lang } = useI18n();
  const ready = firstScreen || canRender(lang);
  // Signed out on a page that needs a person (opened by a link, reloaded, or reached by back after sign-out):
  // go to sign-in, which comes back here afterwards, instead of showing a dead "请先登录".
  const guard = () => {
    if (!guest && !session.get()) void toSignIn(currentUrl());
  };
  useEffect(guard, [guest]);
  // A tab page kept in memory is shown again without mounting.
  useDidShow(guard);
  useEffect(() => {
    if (ready) void Taro.setNavigationBarTitle({ title }).catch(() => undefined);
  }, [title, ready]);
  useEffect(() => {
    // Screen readers pick their voice from the document language.
    if (IS_H5) document.documentElement.lang = lang;
  }, [lang]);
  return (
    <View id={id} className={`${elder ? THEME_CLASS.elder : THEME_CLASS.normal} zsb-screen`} data-lang={lang} data-elder={elder ? '1' : '0'}>
      <ActingBanner />
      <View className='zsb-screen__inner'>{ready ? children : null}</View>
    </View>
  );
}
