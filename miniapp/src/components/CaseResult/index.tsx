import { Text } from '@tarojs/components';
import { useState } from 'react';
import { resultRoutes } from '../../contracts/results';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { call } from '../../services/api';
import { downloadAndOpen } from '../../services/download';
import { navigate } from '../../services/nav';
import { ActionButton } from '../ActionButton';
import { Card } from '../Card';
import { Notice } from '../Notice';

/** 统一发证 in the case: the certificate issued into the wallet, or the signed PDF to download. */
export function CaseResult({ caseId }: { caseId: string }) {
  const { t, tError } = useI18n();
  const q = useQuery(() => call(resultRoutes.result, { params: { caseId } }), [caseId]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const r = q.data;
  if (!r || r.status === 'none') return null;
  const download = async () => {
    if (!r.document) return;
    setBusy(true);
    setError(null);
    try {
      await downloadAndOpen(r.document.downloadPath, `${r.document.title}-${r.document.id}.pdf`);
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card id='case-result' title={t('results.section')}>
      {r.status === 'pending' ? <Notice id='case-result-pending' kind='info' text={t('results.pending')} onRetry={q.reload} /> : null}
      {r.certificate ? (
        <>
          <Text id='case-result-certificate' className='zsb-case__result' data-certificate-id={r.certificate.id}>
            {t('results.certificate', { name: r.certificate.kindName })}
          </Text>
          <ActionButton id='case-result-open' text={t('results.openCertificate')} onClick={() => void navigate('certificate', { id: r.certificate!.id })} />
        </>
      ) : null}
      {r.document ? (
        <>
          <Text id='case-result-document' className='zsb-case__result' data-document-id={r.document.id}>{r.document.title}</Text>
          <Text className='zsb-case__result-meta'>{t('results.documentMeta', { date: r.document.issuedAt.slice(0, 10) })}</Text>
          <ActionButton id='case-result-download' text={t('results.download')} loading={busy} onClick={() => void download()} />
          {done ? <Text id='case-result-downloaded' className='zsb-case__result-meta'>{t('results.downloaded')}</Text> : null}
        </>
      ) : null}
      {error ? <Notice id='case-result-error' kind='error' text={tError(error)} /> : null}
    </Card>
  );
}
