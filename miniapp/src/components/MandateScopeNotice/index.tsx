import { useEffect, useState } from 'react';
import type { Acting } from '@zsb/shared/contracts/mandates';
import { coversItem } from '@zsb/shared/domain/mandates';
import { useI18n } from '../../hooks/useI18n';
import { currentActing } from '../../services/acting';
import { Notice } from '../Notice';

/** While acting for someone: says at once when an item is beyond the mandate (the BFF refuses it anyway). */
export function MandateScopeNotice({ code, lifeEvents }: { code: string; lifeEvents: readonly string[] }) {
  const { t } = useI18n();
  const [acting, setActing] = useState<Acting>(null);
  useEffect(() => {
    let live = true;
    currentActing().then((a) => live && setActing(a), () => undefined);
    return () => { live = false; };
  }, []);
  if (!acting || coversItem(acting, code, lifeEvents)) return null;
  return <Notice id='mandate-out-of-scope' kind='error' text={t('errors.MANDATE_OUT_OF_SCOPE')} />;
}
