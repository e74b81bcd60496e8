import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ticketRoutes } from '@zsb/shared/contracts/tickets';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { useI18n } from '../../../hooks/useI18n';
import { call } from '../../../services/api';
import { go, hallErrorKey, HALL_PAGES } from '../../services/go';
import '../../hall.css';

/** After scanning a hall's code: check in for today's appointment (priority number) or take a walk-in number. */
export default function CheckinPage() {
  const { t, tError } = useI18n();
  const { hallId = '', appointmentId, hallName = '' } = useRouter().params;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const take = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const ticket = await call(ticketRoutes.take, { body: { hallId, ...(appointmentId ? { appointmentId } : {}) } });
      await go(HALL_PAGES.ticket, { id: ticket.id }, true);
    } catch (e) {
      const key = hallErrorKey(e);
      setProblem(key ? t(key) : tError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Screen id='checkin-page' title={t('hall.checkin.title')}>
      <PageHeader back title={t('hall.checkin.title')} subtitle={decodeURIComponent(hallName)} />
      <View className='zsb-overlap'>
        {problem ? <Notice id='checkin-problem' kind='error' text={problem} /> : null}
        <Card id='checkin-card'>
          <Text id='checkin-kind' className='zsb-hall__big'>{appointmentId ? t('hall.checkin.withAppointment') : t('hall.checkin.walkIn')}</Text>
          <ActionButton id='checkin-take' text={t('hall.checkin.take')} loading={busy} onClick={() => void take()} />
        </Card>
      </View>
    </Screen>
  );
}
