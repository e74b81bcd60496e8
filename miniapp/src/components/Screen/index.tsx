import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, type ReactNode } from 'react';
import { usePrefs } from '../../hooks/usePrefs';
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
  children: ReactNode;
}

/** Page root: applies the normal or elder theme and the page title. */
export function Screen({ id, title, guest, children }: ScreenProps) {
  const { elder, lang } = usePrefs();
  // Signed out on a page that needs a person (opened by a link, reloaded, or reached by back after sign-out):
  // go to sign-in, which comes back here afterwards, instead of showing a dead "请先登录".
  const guard = () => {
    if (!guest && !session.get()) void toSignIn(currentUrl());
  };
  useEffect(guard, [guest]);
  // A tab page kept in memory is shown again without mounting.
  useDidShow(guard);
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
