import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { caseRoutes } from '../../../contracts/cases';
import { CaseRow } from '../../../components/CaseRow';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';
import './index.css';

export default function MyCasesPage() {
  const { t } = useI18n();
  const q = useQuery(() => call(caseRoutes.list, { query: { limit: 50 } }), []);
  // Statuses move while the applicant is elsewhere: refresh on coming back.
  useDidShow(() => q.reload());
  const list = q.data;
  return (
    <Screen id='my-cases-page' title={t('cases.list.title')}>
      <PageHeader back title={t('cases.list.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !list} error={q.error} onRetry={q.reload} />
        {list && list.items.length === 0 ? <Text id='cases-empty' className='zsb-cases__empty'>{t('cases.list.empty')}</Text> : null}
        {list && list.items.length ? (
          <View id='cases-list' {...a11y('list', t('cases.list.title'), false)}>
            {list.items.map((c, i) => (
              <CaseRow key={c.id} id={`case-${i}`} item={c} onOpen={(x) => void navigate('caseDetail', { id: x.id })} />
            ))}
          </View>
        ) : null}
      </View>
    </Screen>
  );
}
