import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { appointmentRoutes } from '../../../contracts/appointments';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import type { MessageKey } from '../../../i18n';
import { go, HALL_PAGES } from '../../services/go';
import '../../hall.css';

/** 我的预约: my bookings with their state, cancel, and the no-show suspension with the date it ends. */
export default function AppointmentsPage() {
  const { t } = useI18n();
  const q = useQuery(() => call(appointmentRoutes.list), []);
  useDidShow(() => { if (q.data) q.reload(); });
  const cancel = async (id: string) => {
    await call(appointmentRoutes.cancel, { params: { appointmentId: id } }).catch(() => undefined);
    q.reload();
  };
  return (
    <Screen id='appointments-page' title={t('hall.appointments.title')}>
      <PageHeader back title={t('hall.appointments.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.data ? null : q.error} onRetry={q.reload} />
        {q.data?.suspension ? <Notice id='appointments-suspended' kind='info' text={t('hall.book.suspended', { until: q.data.suspension.until })} /> : null}
        {q.data && q.data.items.length === 0 ? <Card><Text className='zsb-hall__muted'>{t('hall.appointments.empty')}</Text></Card> : null}
        {(q.data?.items ?? []).map((a) => (
          <Card key={a.id} id={`appointment-${a.id}`} title={a.itemName}>
            <Text className='zsb-hall__big'>{a.date} {a.start}—{a.end}</Text>
            <Text className='zsb-hall__muted'>{a.hallName} · {t(`hall.appointments.status.${a.status}` as MessageKey)}</Text>
            {a.status === 'booked' ? (
              <ActionButton id={`appointment-checkin-${a.id}`} text={t('hall.appointments.checkin')}
                onClick={() => void go(HALL_PAGES.checkin, { hallId: a.hallId, appointmentId: a.id, hallName: a.hallName })} />
            ) : null}
            {a.status === 'booked' ? <ActionButton id={`appointment-cancel-${a.id}`} kind='secondary' text={t('hall.appointments.cancel')} onClick={() => void cancel(a.id)} /> : null}
          </Card>
        ))}
      </View>
    </Screen>
  );
}
