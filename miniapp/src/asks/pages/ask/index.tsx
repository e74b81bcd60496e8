import { Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { catalogRoutes } from '../../../contracts/catalog';
import { ENQUIRY_ANSWER_WORKING_DAYS, QUESTION_MAX_CHARS, enquiryRoutes } from '../../../contracts/enquiries';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Chip } from '../../../components/Chip';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { ASKS_PAGES, runAction } from '../../services';
import '../../asks.css';

/** 在线咨询: a question about one item, to its department. */
export default function AskPage() {
  const { t, tError } = useI18n();
  const code = useRouter().params.code ?? '';
  const q = useQuery(() => call(catalogRoutes.guide, { params: { code } }), [code]);
  const [question, setQuestion] = useState('');
  const [isPublic, setPublic] = useState(false);
  const [tooShort, setTooShort] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const submit = async () => {
    if (question.trim().length < 5) return setTooShort(true);
    setTooShort(false);
    const r = await runAction(setBusy, setFailure, () => call(enquiryRoutes.create, { body: { itemCode: code, question: question.trim(), public: isPublic } }));
    if (r) await Taro.redirectTo({ url: `${ASKS_PAGES.enquiry}?id=${r.id}` });
  };
  return (
    <Screen id='ask-page' title={t('asks.ask.title')}>
      <PageHeader back title={t('asks.ask.title')} subtitle={q.data ? t('asks.ask.item', { name: q.data.name }) : undefined} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        {q.data ? (
          <Card id='ask-form'>
            <Text className='zsb-asks__muted'>{t('asks.ask.promise', { days: ENQUIRY_ANSWER_WORKING_DAYS })}</Text>
            <Text className='zsb-asks__label'>{t('asks.ask.question')}</Text>
            <Textarea id='ask-question' className='zsb-asks__text' value={question} maxlength={QUESTION_MAX_CHARS}
              placeholder={t('asks.ask.placeholder')} onInput={(e) => setQuestion(e.detail.value)} {...fieldLabel(t('asks.ask.question'))} />
            <Chip id='ask-public' text={t('asks.ask.public')} selected={isPublic} onToggle={() => setPublic(!isPublic)} />
            {tooShort ? <Notice id='ask-too-short' kind='error' text={t('asks.ask.tooShort')} /> : null}
            {failure ? <Notice id='ask-error' kind='error' text={tError(failure)} /> : null}
            <ActionButton id='ask-submit' text={t('asks.submit')} loading={busy} onClick={() => void submit()} />
          </Card>
        ) : null}
      </View>
    </Screen>
  );
}
