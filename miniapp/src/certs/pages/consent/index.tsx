import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { consentRoutes } from '../../../contracts/consent';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { FieldList } from '../../../components/FieldList';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';
import { chinaTime } from '../../../services/time';
import '../../consent.css';

/** One consent: who may read what, why and until when, how often they did; revoke at once. */
export default function ConsentPage() {
  const { t, tError } = useI18n();
  const consentId = useRouter().params.id ?? '';
  const q = useQuery(() => call(consentRoutes.detail, { params: { consentId } }), [consentId]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const c = q.data;
  const revoke = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await call(consentRoutes.revoke, { params: { consentId } });
      q.reload();
    } catch (e) {
      setProblem(tError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Screen id='consent-page' title={t('consent.detail.title')}>
      <PageHeader back title={t('consent.detail.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !c} error={q.error} onRetry={q.reload} />
        {c ? (
          <Card id='consent-detail'>
            <View className='zsb-consent__head' data-consent-id={c.id} data-status={c.status}>
              <Text className='zsb-consent__party'>{c.relyingParty.name}</Text>
              <Text id='consent-status' className={`zsb-consent__status zsb-consent__status--${c.status}`}>{t(`consent.status.${c.status}`)}</Text>
            </View>
            <FieldList
              rows={[
                { key: 'certificate', label: t('consent.certificate'), value: c.certificate.kindName },
                { key: 'fields', label: t('consent.fields'), value: c.fields.map((f) => f.label).join(t('list.separator')) },
                { key: 'purpose', label: t('consent.purpose'), value: c.purpose },
                { key: 'createdAt', label: t('consent.createdAt'), value: chinaTime(c.createdAt) },
                { key: 'expiresAt', label: t('consent.expiresAt'), value: chinaTime(c.expiresAt) },
                { key: 'uses', label: t('consent.uses'), value: String(c.useCount) },
                { key: 'lastUsedAt', label: t('consent.lastUsedAt'), value: c.lastUsedAt ? chinaTime(c.lastUsedAt) : t('consent.never') },
              ]}
            />
            {c.status === 'revoked' ? <Notice id='consent-revoked' kind='info' text={t('consent.revoked')} /> : null}
            {problem ? <Notice kind='error' text={problem} /> : null}
            {c.status === 'active' ? <ActionButton id='consent-revoke' kind='danger' text={t('consent.revoke')} loading={busy} onClick={() => void revoke()} /> : null}
            <ActionButton id='consent-audit' kind='secondary' text={t('certActions.audit')} onClick={() => void navigate('auditLog', { certificateId: c.certificate.id })} />
          </Card>
        ) : null}
      </View>
    </Screen>
  );
}
