import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ticketRoutes, type CheckinLocation } from '../../../contracts/tickets';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { useI18n } from '../../../hooks/useI18n';
import { call } from '../../../services/api';
import { isApiError } from '../../../services/errors';
import { currentLocation } from '../../services/location';
import { go, hallErrorKey, HALL_PAGES } from '../../services/go';
import '../../hall.css';

/** After scanning a hall's code: check in for today's appointment (priority number) or take a walk-in number. */
export default function CheckinPage() {
  const { t, tError } = useI18n();
  const { hallId = '', appointmentId, hallName = '' } = useRouter().params;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  const take = async (location?: CheckinLocation) => {
    setProblem(null);
    try {
      const ticket = await call(ticketRoutes.take, { body: { hallId, ...(appointmentId ? { appointmentId } : {}), ...(location ? { location } : {}) } });
      await go(HALL_PAGES.ticket, { id: ticket.id }, true);
    } catch (e) {
      const distance = isApiError(e) && e.code === 'OUTSIDE_HALL_AREA' ? /^(\d+) m/.exec(e.errors[0]?.message ?? '')?.[1] : undefined;
      if (distance) setProblem(t('hall.checkin.outsideBy', { distance }));
      else { const key = hallErrorKey(e); setProblem(key ? t(key) : tError(e)); }
    }
  };
  const byScan = async () => {
    setBusy(true);
    await take();
    setBusy(false);
  };
  // The button when the phone is in the hall: the BFF checks the fix against the hall's area.
  const byLocation = async () => {
    setLocating(true);
    setProblem(null);
    const fix = await currentLocation();
    if ('problem' in fix) setProblem(t(fix.problem === 'denied' ? 'hall.checkin.locationDenied' : 'hall.checkin.locationFailed'));
    else await take(fix);
    setLocating(false);
  };
  return (
    <Screen id='checkin-page' title={t('hall.checkin.title')}>
      <PageHeader back title={t('hall.checkin.title')} subtitle={decodeURIComponent(hallName)} />
      <View className='zsb-overlap'>
        {problem ? <Notice id='checkin-problem' kind='error' text={problem} /> : null}
        <Card id='checkin-card'>
          <Text id='checkin-kind' className='zsb-hall__big'>{appointmentId ? t('hall.checkin.withAppointment') : t('hall.checkin.walkIn')}</Text>
          <ActionButton id='checkin-take' text={t('hall.checkin.take')} loading={busy} disabled={locating} onClick={() => void byScan()} />
          <ActionButton id='checkin-locate' kind='secondary' text={t('hall.checkin.byLocation')} loading={locating} disabled={busy} onClick={() => void byLocation()} />
          <Text className='zsb-hall__muted'>{t('hall.checkin.locationHint')}</Text>
        </Card>
      </View>
    </Screen>
  );
}
