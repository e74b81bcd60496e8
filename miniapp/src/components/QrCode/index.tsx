import { Image, View } from '@tarojs/components';
import { useMemo } from 'react';
import { a11y } from '../a11y';
import './index.css';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of an ASCII string (the QR SVG is ASCII); weapp has no `btoa`. */
export function asciiToBase64(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const a = s.charCodeAt(i);
    const b = i + 1 < s.length ? s.charCodeAt(i + 1) : NaN;
    const c = i + 2 < s.length ? s.charCodeAt(i + 2) : NaN;
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (Number.isNaN(b) ? '=' : B64[(n >> 6) & 63]) + (Number.isNaN(c) ? '=' : B64[n & 63]);
  }
  return out;
}

/** The QR code the BFF drew (SVG), shown large on white with its purpose as the accessible name. */
export function QrCode({ id, svg, label }: { id: string; svg: string; label: string }) {
  const src = useMemo(() => `data:image/svg+xml;base64,${asciiToBase64(svg)}`, [svg]);
  return (
    <View className='zsb-qr' {...a11y('img', label, false)}>
      <Image id={id} className='zsb-qr__image' src={src} mode='scaleToFill' aria-label={label} />
    </View>
  );
}
