import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { enquiryRoutes } from '../../contracts/enquiries';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { call } from '../../services/api';
import { navigate } from '../../services/nav';
import { ActionButton } from '../ActionButton';
import { Card } from '../Card';
import './index.css';

/** On a guide: answered questions askers agreed to show (masked by the BFF), and the way to ask one. */
export function GuideQuestions({ code }: { code: string }) {
  const { t } = useI18n();
  const q = useQuery(() => call(enquiryRoutes.faq, { params: { code } }), [code]);
  // Back on the guide after asking or reading an answer: show what is public now.
  useDidShow(() => q.reload());
  const items = q.data?.items ?? [];
  return (
    <Card id='guide-questions' title={t('asks.faq.title')}>
      {items.map((e) => (
        <View key={e.id} className='zsb-guide-questions__item' data-enquiry-id={e.id}>
          <Text className='zsb-guide-questions__q'>{e.question}</Text>
          <Text className='zsb-guide-questions__a'>{e.answer}</Text>
        </View>
      ))}
      <ActionButton id='guide-ask' kind='secondary' text={t('asks.ask.entry')} onClick={() => void navigate('ask', { code })} />
    </Card>
  );
}
