import { useEffect, useState } from 'react';
import { secondsLeft } from '@zsb/shared/domain/presentation-token';

/** Whole seconds until `until` (ISO instant or epoch ms), re-rendered every second; null when there is no end. */
export function useCountdown(until: string | number | null | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null || until === undefined) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null || until === undefined ? null : secondsLeft(until, now);
}
