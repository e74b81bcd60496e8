import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { enquiryRoutes } from '../../../contracts/enquiries';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { chinaTime } from '../../../services/time';
import '../../asks.css';

/** One of my questions: the department's answer, or where it stands (due date, 12345). */
export default function EnquiryPage() {
  const { t } = useI18n();
  const id = useRouter().params.id ?? '';
  const q = useQuery(() => call(enquiryRoutes.get, { params: { enquiryId: id } }), [id]);
  useDidShow(() => q.reload());
  const e = q.data;
  return (
    <Screen id='enquiry-page' title={t('asks.enquiry.title')}>
      <PageHeader back title={t('asks.enquiry.title')} subtitle={e ? e.itemName : undefined} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !e} error={q.error} onRetry={q.reload} />
        {e ? (
          <>
            <Card id='enquiry-status' title={t(`asks.enquiry.status.${e.status}`)}>
              <View data-status={e.status}>
                <Text className='zsb-asks__line'>{e.departmentName}</Text>
                <Text className='zsb-asks__muted'>{t('asks.due', { date: e.dueDate })}</Text>
                {e.public ? <Text className='zsb-asks__muted'>{t('asks.enquiry.public')}</Text> : null}
              </View>
              <Text className='zsb-asks__quote'>{e.question}</Text>
            </Card>
            {e.escalation ? <Notice id='enquiry-escalated' kind='info' text={t('asks.enquiry.escalated', { ticket: e.escalation.ticketNo ?? '' })} /> : null}
            <Card id='enquiry-answer' title={t('asks.enquiry.answer')}>
              {e.answer ? (
                <>
                  <Text id='enquiry-answer-text' className='zsb-asks__line'>{e.answer.text}</Text>
                  <Text className='zsb-asks__muted'>{chinaTime(e.answer.at)}</Text>
                </>
              ) : <Text className='zsb-asks__muted'>{t('asks.enquiry.waiting')}</Text>}
            </Card>
          </>
        ) : null}
      </View>
    </Screen>
  );
}
