import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { mandateRoutes, type Mandate } from '../../../contracts/mandates';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { useI18n } from '../../../hooks/useI18n';
import { call } from '../../../services/api';
import '../../mandates.css';

/** Assisted mode, the resident's side: after scanning the helper's one-time code, confirm that they may apply for you today. */
export default function ConfirmAssistPage() {
  const { t, tError } = useI18n();
  const { id = '', code = '' } = useRouter().params;
  const [done, setDone] = useState<Mandate | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    try {
      setDone(await call(mandateRoutes.confirmAssist, { params: { id }, body: { code: decodeURIComponent(code) } }));
    } catch (e) {
      setProblem(tError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Screen id='assist-confirm-page' title={t('mandates.confirm.title')}>
      <PageHeader back title={t('mandates.confirm.title')} />
      <View className='zsb-overlap'>
        <Card id='assist-confirm'>
          {done ? (
            <Notice id='assist-confirmed' kind='info' text={t('mandates.confirm.done', { name: done.grantee.name })} />
          ) : (
            <>
              <Text className='zsb-mandate__line'>{t('mandates.confirm.intro')}</Text>
              {problem ? <Notice id='assist-confirm-problem' kind='error' text={problem} /> : null}
              <ActionButton id='assist-confirm-submit' text={t('mandates.confirm.submit')} loading={busy} onClick={() => void confirm()} />
            </>
          )}
        </Card>
      </View>
    </Screen>
  );
}
