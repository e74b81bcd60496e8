import { Image, View } from '@tarojs/components';
import { useMemo } from 'react';
import { asciiToBase64 } from '../../services/base64';
import { IS_H5 } from '../../services/env';
import { a11y } from '../a11y';
import './index.css';

/** The QR code the BFF drew (SVG), shown large on white with its purpose as the accessible name. */
export function QrCode({ id, svg, label }: { id: string; svg: string; label: string }) {
  const src = useMemo(() => `data:image/svg+xml;base64,${asciiToBase64(svg)}`, [svg]);
  return (
    <View className='zsb-qr' {...a11y('img', label, false)}>
      {/* The box above carries the name; in the browser the inner <img> is marked decorative so it is not announced twice. */}
      <Image id={id} className='zsb-qr__image' src={src} mode='scaleToFill' {...(IS_H5 ? { nativeProps: { alt: '' } } : { 'aria-label': label })} />
    </View>
  );
}
