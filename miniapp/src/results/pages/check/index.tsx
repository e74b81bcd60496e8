import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { resultRoutes } from '../../../contracts/results';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';

/** Where a document's QR leads: anyone (signed in or not) sees whether 掌上办 issued it, unchanged. */
export default function DocumentCheckPage() {
  const { t } = useI18n();
  const code = useRouter().params.code ?? '';
  const q = useQuery(() => (code ? call(resultRoutes.check, { body: { code: decodeURIComponent(code) } }) : Promise.resolve(null)), [code]);
  const r = q.data;
  const rows = r?.document ? [
    ['results.check.fieldTitle', r.document.title],
    ['results.check.fieldHolder', r.document.holderName],
    ['results.check.fieldIssuer', r.document.issuer],
    ['results.check.fieldNumber', r.document.number],
    ['results.check.fieldIssuedAt', r.document.issuedAt.slice(0, 10)],
  ] as const : [];
  return (
    <Screen id='document-check-page' guest title={t('results.check.title')}>
      <PageHeader back title={t('results.check.title')} />
      <View className='zsb-overlap'>
        {!code ? <Notice id='document-check-missing' kind='info' text={t('results.check.missing')} /> : null}
        <StateView loading={q.loading && !r} error={q.error} onRetry={q.reload} />
        {r ? (
          <Card id='document-check-result' className={`zsb-check zsb-check--${r.result}`}>
            <View {...a11y('status', undefined, false)}>
              <Text id='document-check-verdict' data-result={r.result} className='zsb-check__verdict'>{t(`results.check.${r.result}`)}</Text>
            </View>
            {rows.map(([label, value]) => (
              <View key={label} className='zsb-check__row'>
                <Text className='zsb-check__label'>{t(label)}</Text>
                <Text className='zsb-check__value'>{value}</Text>
              </View>
            ))}
          </Card>
        ) : null}
      </View>
    </Screen>
  );
}
