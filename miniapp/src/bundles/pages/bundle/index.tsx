import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { bundleRoutes, type BundleAnswers } from '../../../contracts/bundles';
import { visibleQuestions } from '@zsb/shared/domain/bundle-plan';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Chip } from '../../../components/Chip';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { navigate } from '../../../services/nav';
import './index.css';

export default function BundlePage() {
  const { t } = useI18n();
  const code = useRouter().params.code ?? '';
  const detail = useQuery(() => call(bundleRoutes.detail, { params: { code } }), [code]);
  const [answers, setAnswers] = useState<BundleAnswers>({});
  const d = detail.data;
  const questions = d ? visibleQuestions(d, answers) : [];
  const missing = questions.filter((q) => answers[q.key] === undefined).length;
  // Only answers to questions still shown count (changing an answer can hide a later question).
  const shown = Object.fromEntries(questions.filter((q) => answers[q.key] !== undefined).map((q) => [q.key, answers[q.key]!]));
  const plan = useQuery(
    () => (d && missing === 0 ? call(bundleRoutes.plan, { params: { code }, body: { answers: shown } }) : Promise.resolve(null)),
    [code, d, missing, JSON.stringify(shown)],
  );
  const p = plan.data;

  return (
    <Screen id='bundle-page' guest title={d?.name ?? t('bundle.title')}>
      <PageHeader back title={d?.name ?? t('bundle.title')} subtitle={d?.description} />
      <View className='zsb-overlap'>
        <StateView loading={detail.loading && !d} error={d ? null : detail.error} onRetry={detail.reload} />
        {d ? (
          <>
            <Card id='bundle-notice' title={t('bundle.notice')}>
              {d.notice.map((n, i) => <Text key={i} className='zsb-bundle__line'>{n}</Text>)}
            </Card>
            <Card id='bundle-questions' title={t('bundle.questions')}>
              {questions.map((q) => (
                <View key={q.key} id={`bundle-q-${q.key}`} className='zsb-bundle__question' {...a11y('radiogroup', q.text, false)}>
                  <Text className='zsb-bundle__question-text'>{q.text}</Text>
                  {q.help ? <Text className='zsb-bundle__help'>{q.help}</Text> : null}
                  <View>
                    {q.options.map((o) => (
                      <Chip
                        key={o.value}
                        id={`bundle-q-${q.key}-${o.value}`}
                        text={o.label}
                        role='radio'
                        selected={answers[q.key] === o.value}
                        onToggle={() => setAnswers((a) => ({ ...a, [q.key]: o.value }))}
                      />
                    ))}
                  </View>
                </View>
              ))}
              {missing > 0 ? <Text id='bundle-missing' className='zsb-bundle__help'>{t('bundle.unanswered', { count: missing })}</Text> : null}
            </Card>
            <StateView loading={plan.loading && missing === 0 && !p} error={plan.error} onRetry={plan.reload} />
            {p ? (
              <View id='bundle-plan' data-items={p.items.map((i) => i.code).join(',')}>
                <Card id='bundle-items' title={t('bundle.applicable', { count: p.items.length })}>
                  {p.items.map((i) => (
                    <View key={i.code} id={`bundle-item-${i.code}`} className='zsb-bundle__item' onClick={() => void navigate('guide', { code: i.code })} {...a11y('link', i.name)}>
                      <Text className='zsb-bundle__item-name'>{i.name}</Text>
                      <Text className='zsb-bundle__help'>
                        {t('bundle.department', {
                          name: i.departmentName,
                          days: i.promisedTimeLimitDays === 0 ? t('catalog.promisedNow') : t('catalog.promised', { days: i.promisedTimeLimitDays }),
                        })}
                      </Text>
                    </View>
                  ))}
                  <Text className='zsb-bundle__help'>{t('bundle.sharedFields', { count: p.sharedFieldKeys.length })}</Text>
                </Card>
                {p.notApplicable.length > 0 ? (
                  <Card id='bundle-not-applicable' title={t('bundle.notApplicable')}>
                    {p.notApplicable.map((i) => <Text key={i.code} id={`bundle-skip-${i.code}`} className='zsb-bundle__skipped'>{i.name}</Text>)}
                  </Card>
                ) : null}
                <Card id='bundle-materials' title={t('bundle.materials', { count: p.materials.length })}>
                  {p.materials.map((m) => (
                    <View key={`${m.key}-${m.itemCodes[0]}`} className='zsb-bundle__material'>
                      <Text>{m.name}</Text>
                      {m.certificateKind ? <Text className='zsb-bundle__wallet'>{t('bundle.materialWallet')}</Text> : null}
                    </View>
                  ))}
                </Card>
                <ActionButton id='bundle-apply' text={t('bundle.apply')}
                  onClick={() => void navigate('apply', { bundle: code, answers: JSON.stringify(shown) })} />
              </View>
            ) : null}
          </>
        ) : null}
      </View>
    </Screen>
  );
}
