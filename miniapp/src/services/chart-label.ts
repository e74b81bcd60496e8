import { IS_H5 } from './env';

/**
 * The text a chart image is read as: the image's own `alt` on H5 (Taro draws an <img>, which screen
 * readers and axe read), `aria-label` in the mini-program.
 */
export function chartLabel(description: string): Record<string, unknown> {
  return IS_H5 ? { 'aria-label': description, nativeProps: { alt: description } } : { 'aria-label': description };
}
