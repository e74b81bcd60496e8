import { Button } from '@tarojs/components';
import { a11y } from '../a11y';
import './index.css';

interface ActionButtonProps {
  id: string;
  text: string;
  onClick: () => void;
  kind?: 'primary' | 'secondary' | 'danger';
  loading?: boolean;
  disabled?: boolean;
}

/** A full-width button at least one tap target tall (larger in elder mode). */
export function ActionButton({ id, text, onClick, kind = 'primary', loading, disabled }: ActionButtonProps) {
  return (
    <Button
      id={id}
      className={`zsb-action zsb-action--${kind}`}
      onClick={onClick}
      loading={loading}
      // Only when true: Taro H5 reflects `disabled={false}` as an attribute, which would grey the button out.
      {...(disabled || loading ? { disabled: true } : {})}
      // Taro H5 draws Button as a custom element that is neither focusable nor announced as a button.
      {...a11y('button', text)}
      aria-disabled={disabled || loading ? 'true' : 'false'}
    >
      {text}
    </Button>
  );
}
