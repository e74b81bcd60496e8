import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { consentRoutes } from '../../../contracts/consent';
import { Card } from '../../../components/Card';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';
import { chinaTime } from '../../../services/time';
import '../../consent.css';

/** 我的授权: every consent of the active identity, newest first. */
export default function ConsentsPage() {
  const { t } = useI18n();
  const q = useQuery(() => call(consentRoutes.list, { query: {} }), []);
  // Back from a detail page where a consent was revoked: show the new state.
  useDidShow(() => q.reload());
  const items = q.data?.items ?? [];
  return (
    <Screen id='consents-page' title={t('consent.list.title')}>
      <PageHeader back title={t('consent.list.title')} subtitle={t('consent.new.intro')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        {q.data && items.length === 0 ? <Text id='consents-empty' className='zsb-consents__empty'>{t('consent.empty')}</Text> : null}
        {items.map((c, i) => (
          <Card key={c.id} id={`consent-${i}`} onClick={() => void navigate('consent', { id: c.id })} label={c.relyingParty.name}>
            <View className='zsb-consent__head' data-consent-id={c.id} data-status={c.status}>
              <Text className='zsb-consent__party'>{c.relyingParty.name}</Text>
              <Text className={`zsb-consent__status zsb-consent__status--${c.status}`}>{t(`consent.status.${c.status}`)}</Text>
            </View>
            <Text className='zsb-consent__line'>{`${c.certificate.kindName} · ${c.fields.map((f) => f.label).join(t('list.separator'))}`}</Text>
            <Text className='zsb-consent__line'>{`${t('consent.expiresAt')} ${chinaTime(c.expiresAt)}`}</Text>
          </Card>
        ))}
      </View>
    </Screen>
  );
}
