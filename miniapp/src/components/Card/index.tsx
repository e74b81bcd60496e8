import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { a11y } from '../a11y';
import './index.css';

interface CardProps {
  id?: string;
  title?: string;
  /** Right side of the title row, e.g. a "view all" link or a badge. */
  extra?: ReactNode;
  children?: ReactNode;
  className?: string;
  onClick?: () => void;
  /** Accessible name when the whole card is tappable. */
  label?: string;
}

/** A white rounded surface, optionally titled; tappable when `onClick` is given. */
export function Card({ id, title, extra, children, className, onClick, label }: CardProps) {
  const roleProps = onClick ? a11y('button', label) : a11y('region', label ?? title, false);
  return (
    <View id={id} className={`zsb-card ${onClick ? 'zsb-card--tappable' : ''} ${className ?? ''}`} onClick={onClick} {...roleProps}>
      {title || extra ? (
        <View className='zsb-card__head'>
          {title ? (
            <Text className='zsb-card__title' {...a11y('heading', undefined, false)} aria-level='2'>
              {title}
            </Text>
          ) : (
            <View />
          )}
          {extra}
        </View>
      ) : null}
      {children}
    </View>
  );
}
