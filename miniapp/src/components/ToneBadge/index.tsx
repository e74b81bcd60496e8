import { Text } from '@tarojs/components';
import './index.css';

export type Tone = 'info' | 'warn' | 'ok' | 'bad' | 'mute';

interface ToneBadgeProps {
  tone: Tone;
  /** Shown beside the color, so a status never depends on color alone. */
  glyph: string;
  /** Already translated text. */
  text: string;
  /** The caller's own class (what its tests and styles find it by). */
  className: string;
  status: string;
}

/** A status pill: tone color, glyph and text. Certificate and case statuses both use it. */
export function ToneBadge({ tone, glyph, text, className, status }: ToneBadgeProps) {
  return (
    <Text className={`zsb-pill zsb-pill--${tone} ${className}`} data-status={status}>
      <Text className='zsb-pill__glyph' aria-hidden='true'>
        {glyph}
      </Text>
      {text}
    </Text>
  );
}
