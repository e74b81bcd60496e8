import type { CertificateStatus } from '@zsb/shared/contracts/wallet';
import { useI18n } from '../../hooks/useI18n';
import { ToneBadge, type Tone } from '../ToneBadge';

const TONE: Record<CertificateStatus, Tone> = { valid: 'ok', expiring: 'warn', expired: 'bad', revoked: 'mute' };
const GLYPH: Record<CertificateStatus, string> = { valid: '✓', expiring: '!', expired: '×', revoked: '⊘' };

/** Certificate status as text, glyph and color: 有效 / 即将到期 / 已过期 / 已吊销. */
export function StatusBadge({ status }: { status: CertificateStatus }) {
  const { t } = useI18n();
  return <ToneBadge tone={TONE[status]} glyph={GLYPH[status]} text={t(`wallet.status.${status}`)} className='zsb-status' status={status} />;
}
