import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { hallRoutes } from '../../../contracts/ratings';
import { ticketRoutes } from '../../../contracts/tickets';
import { meRoutes } from '../../../contracts/me';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import '../../hall.css';

/** 窗口叫号 (staff): pick your window, call the next ticket, mark it served or no-show. */
export default function ClerkPage() {
  const { t, tError } = useI18n();
  const me = useQuery(() => call(meRoutes.me), []);
  const halls = useQuery(() => call(hallRoutes.list), []);
  const [windowId, setWindowId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const queue = useQuery(() => (windowId ? call(ticketRoutes.queue, { params: { windowId } }) : Promise.resolve(null)), [windowId]);
  const dept = (me.data as { departmentCode?: string | null } | undefined)?.departmentCode ?? null;
  const windows = (halls.data?.halls ?? []).flatMap((h) => h.windows.filter((w) => !dept || w.departmentCode === dept).map((w) => ({ ...w, hallName: h.name })));
  const act = async (f: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await f();
    } catch (e) {
      setProblem(tError(e));
    }
    queue.reload();
  };
  const current = queue.data?.current ?? null;
  return (
    <Screen id='clerk-page' title={t('hall.clerk.title')}>
      <PageHeader back title={t('hall.clerk.title')} />
      <View className='zsb-overlap'>
        {problem ? <Notice id='clerk-problem' kind='error' text={problem} /> : null}
        <Card id='clerk-windows' title={t('hall.clerk.window')}>
          <View className='zsb-hall__chips'>
            {windows.map((w) => (
              <Text key={w.id} id={`clerk-window-${w.id}`} className={`zsb-hall__chip ${w.id === windowId ? 'zsb-hall__chip--on' : ''}`} onClick={() => setWindowId(w.id)}>
                {w.hallName} {w.number} {w.name}
              </Text>
            ))}
          </View>
        </Card>
        {windowId && queue.data ? (
          <Card id='clerk-queue'>
            <Text id='clerk-current' className='zsb-hall__number'>{current ? current.number : '—'}</Text>
            <Text id='clerk-waiting' className='zsb-hall__muted'>{queue.data.waiting.length ? t('hall.clerk.waiting', { count: queue.data.waiting.length }) : t('hall.clerk.empty')}</Text>
            <View className='zsb-hall__gap' />
            {current ? (
              <>
                <ActionButton id='clerk-served' text={t('hall.clerk.served')} onClick={() => void act(() => call(ticketRoutes.serve, { params: { ticketId: current.id } }))} />
                <View className='zsb-hall__gap' />
                <ActionButton id='clerk-no-show' kind='secondary' text={t('hall.clerk.noShow')} onClick={() => void act(() => call(ticketRoutes.noShow, { params: { ticketId: current.id } }))} />
              </>
            ) : (
              <ActionButton id='clerk-call-next' text={t('hall.clerk.callNext')} disabled={queue.data.waiting.length === 0} onClick={() => void act(() => call(ticketRoutes.callNext, { params: { windowId } }))} />
            )}
          </Card>
        ) : null}
      </View>
    </Screen>
  );
}
