/** Class names that switch the CSS variable set in theme.css. */
export const THEME_CLASS = { normal: 'zsb-page', elder: 'zsb-page zsb-page--elder' } as const;

/** Sizes some components need in script (design px, 750 wide); keep in step with theme.css. */
export const TOKENS = {
  normal: { qrSize: 360, iconSize: 72 },
  elder: { qrSize: 480, iconSize: 96 },
} as const;

export type ThemeMode = keyof typeof TOKENS;
