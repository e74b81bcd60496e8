import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { ticketRoutes } from '../../../contracts/tickets';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { go } from '../../services/go';
import '../../hall.css';

/** The live ticket: number, people ahead, estimated wait, the window once called, the rating once served. */
export default function TicketPage() {
  const { t } = useI18n();
  const id = useRouter().params.id ?? '';
  const q = useQuery(() => call(ticketRoutes.get, { params: { ticketId: id } }), [id]);
  const ticket = q.data;
  useEffect(() => {
    if (ticket && (ticket.status === 'served' || ticket.status === 'no_show')) return undefined;
    const timer = setInterval(() => q.reload(), 3000);
    return () => clearInterval(timer);
  }, [ticket?.status]);
  return (
    <Screen id='ticket-page' title={t('hall.ticket.title')}>
      <PageHeader back title={t('hall.ticket.title')} subtitle={ticket?.hallName} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !ticket} error={ticket ? null : q.error} onRetry={q.reload} />
        {ticket ? (
          <Card id='ticket-card'>
            <Text id='ticket-number' className='zsb-hall__number'>{ticket.number}</Text>
            <Text id='ticket-priority' className='zsb-hall__muted'>{t(`hall.ticket.priority.${ticket.priority}`)}</Text>
            <View id='ticket-status' data-status={ticket.status}>
              {ticket.status === 'waiting' ? (
                <>
                  <Text id='ticket-position' className='zsb-hall__big'>{ticket.ahead > 0 ? t('hall.ticket.position', { count: ticket.ahead }) : t('hall.ticket.next')}</Text>
                  {ticket.estimatedWaitMinutes ? <Text id='ticket-wait' className='zsb-hall__muted'>{t('hall.ticket.wait', { minutes: ticket.estimatedWaitMinutes })}</Text> : null}
                </>
              ) : null}
              {ticket.status === 'called' && ticket.window ? (
                <Text id='ticket-window' className='zsb-hall__big'>{t('hall.ticket.called', { number: ticket.window.number, name: ticket.window.name })}</Text>
              ) : null}
              {ticket.status === 'served' ? <Text className='zsb-hall__big'>{t('hall.ticket.served')}</Text> : null}
              {ticket.status === 'no_show' ? <Text className='zsb-hall__big'>{t('hall.ticket.noShow')}</Text> : null}
            </View>
            {ticket.rating ? (
              <ActionButton id='ticket-rate' text={t('hall.ticket.rate')}
                onClick={() => void go(ticket.rating!.path, { windowId: ticket.rating!.windowId, ...(ticket.rating!.itemCode ? { itemCode: ticket.rating!.itemCode } : {}) })} />
            ) : null}
          </Card>
        ) : null}
      </View>
    </Screen>
  );
}
