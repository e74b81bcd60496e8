import { Text, View } from '@tarojs/components';
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../hooks/useI18n';
import { IS_H5 } from '../../services/env';
import { goBack } from '../../services/nav';
import { a11y } from '../a11y';
import './index.css';

interface PageHeaderProps {
  title: string;
  subtitle?: string;
  /** Right-hand slot, e.g. the preference switches. */
  extra?: ReactNode;
  /** Show a back control (H5 only: the mini-program host draws its own). With nothing under the page it opens the parent or home. */
  back?: boolean;
  children?: ReactNode;
}

/** The blue band at the top of a page. */
export function PageHeader({ title, subtitle, extra, back, children }: PageHeaderProps) {
  const { t } = useI18n();
  const titleRef = useRef<HTMLElement | null>(null);
  // A newly opened page (shown by Taro H5 a few frames after mount) takes focus at its title so screen readers announce it.
  useEffect(() => {
    if (!IS_H5) return;
    let frames = 0;
    let raf = 0;
    const focusWhenShown = () => {
      const el = titleRef.current;
      const page = el?.closest('.taro_page');
      if (el && page?.classList.contains('taro_page_show') && el.getClientRects().length > 0) {
        if (!page.contains(document.activeElement)) el.focus({ preventScroll: true });
        return;
      }
      if (++frames < 120) raf = requestAnimationFrame(focusWhenShown);
    };
    raf = requestAnimationFrame(focusWhenShown);
    return () => cancelAnimationFrame(raf);
  }, []);
  return (
    <View className='zsb-header' {...a11y('banner', undefined, false)}>
      <View className='zsb-header__row'>
        {IS_H5 && back ? (
          <View id='page-back' className='zsb-header__back' onClick={() => void goBack()} {...a11y('button', t('common.back'))}>
            <Text aria-hidden='true'>‹</Text>
          </View>
        ) : null}
        <View className='zsb-header__titles'>
          <Text ref={titleRef} className='zsb-header__title' {...a11y('heading', undefined, 'script')} aria-level='1'>
            {title}
          </Text>
          {subtitle ? <Text className='zsb-header__subtitle'>{subtitle}</Text> : null}
        </View>
        {extra ? <View className='zsb-header__extra'>{extra}</View> : null}
      </View>
      {children}
    </View>
  );
}
