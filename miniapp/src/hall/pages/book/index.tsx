import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { appointmentRoutes } from '../../../contracts/appointments';
import { hallRoutes } from '../../../contracts/ratings';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call, callWithHeaders } from '../../../services/api';
import { isApiError } from '../../../services/errors';
import { go, HALL_PAGES } from '../../services/go';
import '../../hall.css';

const DAY = 86_400_000;
const chinaDay = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * DAY).toISOString().slice(0, 10);

/** 预约: choose a hall, a day (the next 14) and a slot with seats left; one tap books it. */
export default function BookPage() {
  const { t, tError } = useI18n();
  const { itemCode = '', hallId: initialHall } = useRouter().params;
  const halls = useQuery(() => call(hallRoutes.list), []);
  const [hallId, setHallId] = useState(initialHall && /^H\d{6}$/.test(initialHall) ? initialHall : 'H330100');
  const [date, setDate] = useState(chinaDay(1));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const slots = useQuery(() => call(appointmentRoutes.slots, { params: { hallId }, query: { itemCode, date } }), [hallId, date, itemCode]);
  const days = Array.from({ length: 14 }, (_, i) => chinaDay(i));

  const book = async (slotId: string) => {
    setBusy(slotId);
    setProblem(null);
    try {
      await callWithHeaders(appointmentRoutes.book, { body: { slotId, itemCode } }, { 'idempotency-key': `book-${slotId}-${Math.random().toString(36).slice(2, 10)}` });
      await go(HALL_PAGES.appointments, {}, true);
    } catch (e) {
      setProblem(isApiError(e) && e.code === 'BOOKING_SUSPENDED' ? (e as { detail?: string }).detail ?? tError(e) : tError(e));
      slots.reload();
    } finally {
      setBusy(null);
    }
  };

  return (
    <Screen id='book-page' title={t('hall.book.title')}>
      <PageHeader back title={t('hall.book.title')} subtitle={itemCode} />
      <View className='zsb-overlap'>
        {problem ? <Notice id='book-problem' kind='error' text={problem} /> : null}
        <Card id='book-hall' title={t('hall.book.hall')}>
          <View className='zsb-hall__chips'>
            {(halls.data?.halls ?? []).map((h) => (
              <Text key={h.id} id={`book-hall-${h.id}`} className={`zsb-hall__chip ${h.id === hallId ? 'zsb-hall__chip--on' : ''}`} onClick={() => setHallId(h.id)}>{h.name}</Text>
            ))}
          </View>
        </Card>
        <Card id='book-date' title={t('hall.book.date')}>
          <View className='zsb-hall__chips'>
            {days.map((d) => (
              <Text key={d} id={`book-date-${d}`} className={`zsb-hall__chip ${d === date ? 'zsb-hall__chip--on' : ''}`} onClick={() => setDate(d)}>{d.slice(5)}</Text>
            ))}
          </View>
        </Card>
        <Card id='book-slots'>
          <StateView loading={slots.loading && !slots.data} error={slots.data ? null : slots.error} onRetry={slots.reload} />
          {slots.data && slots.data.slots.length === 0 ? <Text id='book-no-slots' className='zsb-hall__muted'>{t('hall.book.noSlots')}</Text> : null}
          {(slots.data?.slots ?? []).map((s) => (
            <View key={s.id} className='zsb-hall__row'>
              <Text>{s.start}—{s.end}</Text>
              <Text className='zsb-hall__muted'>{s.remaining > 0 ? t('hall.book.remaining', { count: s.remaining }) : t('hall.book.full')}</Text>
              <ActionButton id={`book-slot-${s.start.replace(':', '')}`} kind='secondary' text={t('hall.book.title')} disabled={s.remaining === 0} loading={busy === s.id} onClick={() => void book(s.id)} />
            </View>
          ))}
        </Card>
      </View>
    </Screen>
  );
}
