import { Text } from '@tarojs/components';
import { a11y } from '../a11y';
import './index.css';

interface ChipProps {
  id: string;
  text: string;
  selected: boolean;
  onToggle: () => void;
  /** `radio` for one-of-many choices, `checkbox` for independent ones. */
  role?: 'radio' | 'checkbox';
}

/** A selectable pill; its state is in the glyph and `aria-checked`, not in color alone. */
export function Chip({ id, text, selected, onToggle, role = 'checkbox' }: ChipProps) {
  return (
    <Text
      id={id}
      className={`zsb-chip ${selected ? 'zsb-chip--on' : ''}`}
      onClick={onToggle}
      data-selected={selected ? '1' : '0'}
      aria-checked={selected ? 'true' : 'false'}
      {...a11y(role, text, true)}
    >
      <Text className='zsb-chip__glyph' aria-hidden='true'>
        {selected ? '✓' : '+'}
      </Text>
      {text}
    </Text>
  );
}
