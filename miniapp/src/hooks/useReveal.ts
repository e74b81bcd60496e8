import { useEffect, useState } from 'react';
import { presentationRoutes, type RevealedCertificate } from '../contracts/presentation';
import { call } from '../services/api';
import { useCountdown } from './useCountdown';

/** 查看完整信息: unmasked values for the minute the BFF allows, then masked again by themselves. */
export function useReveal(certificateId: string) {
  const [revealed, setRevealed] = useState<RevealedCertificate | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const seconds = useCountdown(revealed?.maskAgainAt);
  useEffect(() => {
    if (seconds === 0) setRevealed(null);
  }, [seconds]);
  const reveal = async () => {
    setBusy(true);
    setError(null);
    try {
      setRevealed(await call(presentationRoutes.reveal, { params: { certificateId } }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return {
    values: revealed ? new Map(revealed.fields.map((f) => [f.key, f.value])) : null,
    secondsLeft: revealed ? seconds : null,
    busy,
    error,
    reveal,
    hide: () => setRevealed(null),
  };
}
