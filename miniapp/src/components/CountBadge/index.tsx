import { Text } from '@tarojs/components';
import './index.css';

interface CountBadgeProps {
  id?: string;
  count: number;
  /** Translated accessible text, e.g. "3 条未读消息". */
  label: string;
}

/** A red pill with a number (99+ beyond that); renders nothing for zero. */
export function CountBadge({ id, count, label }: CountBadgeProps) {
  if (count <= 0) return null;
  return (
    <Text id={id} className='zsb-count' aria-label={label} data-count={String(count)}>
      {count > 99 ? '99+' : String(count)}
    </Text>
  );
}
