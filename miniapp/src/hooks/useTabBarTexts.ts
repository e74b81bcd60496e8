import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import type { MessageKey } from '../i18n';
import { TAB_PAGES } from '../services/nav';
import { useI18n } from './useI18n';

const TAB_TEXT: Record<(typeof TAB_PAGES)[number], MessageKey> = {
  home: 'shell.tab.home', services: 'shell.tab.services', wallet: 'shell.tab.wallet', mine: 'shell.tab.mine',
};

/** The tab bar's texts in the chosen language (app.config.ts can only name them in 简体). Called by the tab pages. */
export function useTabBarTexts(): void {
  const { t, lang } = useI18n();
  useEffect(() => {
    TAB_PAGES.forEach((page, index) => {
      void Taro.setTabBarItem({ index, text: t(TAB_TEXT[page]) }).catch(() => undefined);
    });
  }, [lang]);
}
