import { Text, View } from '@tarojs/components';
import { useI18n } from '../../hooks/useI18n';
import { navigate } from '../../services/nav';
import { ActionButton } from '../ActionButton';
import { Notice } from '../Notice';
import './index.css';

interface CertificateActionsProps {
  certificateId: string;
  /** Revoked and expired certificates cannot be shown or shared. */
  presentable: boolean;
  /** Seconds until revealed values are masked again; null while masked. */
  revealSecondsLeft: number | null;
  revealBusy: boolean;
  /** Why the last reveal failed, already translated. */
  revealError?: string;
  onReveal: () => void;
  onHide: () => void;
}

/** What a holder can do with one certificate: show it, unmask it for a minute, share it, see its uses. */
export function CertificateActions(p: CertificateActionsProps) {
  const { t } = useI18n();
  const query = { id: p.certificateId };
  return (
    <View id='cert-actions' className='zsb-cert-actions'>
      {p.revealError ? <Notice id='reveal-error' kind='error' text={p.revealError} /> : null}
      {p.presentable ? <ActionButton id='cert-present' text={t('certActions.present')} onClick={() => void navigate('present', query)} /> : null}
      {p.revealSecondsLeft === null ? (
        <ActionButton id='cert-reveal' kind='secondary' text={t('reveal.show')} loading={p.revealBusy} onClick={p.onReveal} />
      ) : (
        <>
          <Text id='cert-reveal-countdown' className='zsb-cert-actions__note'>{t('reveal.countdown', { seconds: p.revealSecondsLeft })}</Text>
          <ActionButton id='cert-hide' kind='secondary' text={t('reveal.hide')} onClick={p.onHide} />
        </>
      )}
      {p.presentable ? (
        <ActionButton id='cert-consent' kind='secondary' text={t('certActions.consent')} onClick={() => void navigate('consentNew', { certificateId: p.certificateId })} />
      ) : null}
      <ActionButton id='cert-audit' kind='secondary' text={t('certActions.audit')} onClick={() => void navigate('auditLog', { certificateId: p.certificateId })} />
    </View>
  );
}
