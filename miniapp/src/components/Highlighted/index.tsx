import { Text } from '@tarojs/components';
import type { Highlight } from '@zsb/shared/contracts/catalog';
import './index.css';

interface HighlightedProps {
  runs: Highlight;
  className?: string;
}

/** Text with the parts that matched a search marked (bold and tinted, not color alone). */
export function Highlighted({ runs, className }: HighlightedProps) {
  return (
    <Text className={className}>
      {runs.map((r, i) => (r.match ? <Text key={i} className='zsb-hl'>{r.text}</Text> : <Text key={i}>{r.text}</Text>))}
    </Text>
  );
}
