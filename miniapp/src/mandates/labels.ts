import type { MandateStatus } from '@zsb/shared/contracts/mandates';
import type { MessageKey } from '../i18n';

/** The i18n key of a mandate status. */
export const statusKey = (s: MandateStatus) => `mandates.status.${s}` as MessageKey;
/** The i18n key of a life event (主题) name. */
export const lifeEventKey = (e: string) => `catalog.event.${e}` as MessageKey;
