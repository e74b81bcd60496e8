import { Text } from '@tarojs/components';
import type { CertificateStatus } from '@zsb/shared/contracts/wallet';
import { useI18n } from '../../hooks/useI18n';
import './index.css';

// A glyph besides the color, so the status never depends on color alone.
const GLYPH: Record<CertificateStatus, string> = { valid: '✓', expiring: '!', expired: '×', revoked: '⊘' };

/** Certificate status as text, glyph and color: 有效 / 即将到期 / 已过期 / 已吊销. */
export function StatusBadge({ status }: { status: CertificateStatus }) {
  const { t } = useI18n();
  return (
    <Text className={`zsb-status zsb-status--${status}`} data-status={status}>
      <Text className='zsb-status__glyph' aria-hidden='true'>
        {GLYPH[status]}
      </Text>
      {t(`wallet.status.${status}`)}
    </Text>
  );
}
