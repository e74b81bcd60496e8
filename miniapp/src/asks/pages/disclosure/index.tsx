import { View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { disclosureRoutes } from '../../../contracts/disclosure';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { DisclosureAnswer, DisclosureFacts } from '../../components/Disclosure';
import '../../asks.css';

/** One of my 依申请公开 requests: dates, extension, the answer with its files and remedies. */
export default function DisclosurePage() {
  const { t } = useI18n();
  const id = useRouter().params.id ?? '';
  const q = useQuery(() => call(disclosureRoutes.get, { params: { requestId: id } }), [id]);
  useDidShow(() => q.reload());
  const d = q.data;
  return (
    <Screen id='disclosure-page' title={t('asks.disclosure.detail')}>
      <PageHeader back title={t('asks.disclosure.detail')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !d} error={q.error} onRetry={q.reload} />
        {d ? (
          <>
            <DisclosureFacts d={d} />
            <DisclosureAnswer d={d} />
          </>
        ) : null}
      </View>
    </Screen>
  );
}
