import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { mandateRoutes, MANDATE_PAGES, type Mandate } from '../../../contracts/mandates';
import { meRoutes } from '../../../contracts/me';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { startActing } from '../../../services/acting';
import { call } from '../../../services/api';
import { relaunch } from '../../../services/nav';
import { statusKey } from '../../labels';
import '../../mandates.css';

/** 代办委托: mandates I granted and received (each a signed 委托书), minors I am guardian of, and acting for them. */
export default function MandatesPage() {
  const { t, tError } = useI18n();
  const q = useQuery(() => Promise.all([call(mandateRoutes.list), call(meRoutes.me)]), []);
  useDidShow(() => {
    if (q.data) q.reload();
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [list, me] = q.data ?? [undefined, undefined];
  const run = async (f: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await f();
    } catch (e) {
      setProblem(tError(e));
    }
  };
  const act = (target: { mandateId: string } | { wardId: string }) => run(async () => {
    await startActing(target);
    await relaunch('home');
  });
  const open = (m: Mandate) => void Taro.navigateTo({ url: `${MANDATE_PAGES.detail}?id=${m.id}` });

  const row = (m: Mandate, i: number, side: 'granted' | 'received') => (
    <View key={m.id} id={`mandate-${side}-${i}`} className='zsb-mandate' data-id={m.id} data-status={m.status}>
      <View className='zsb-mandate__head' onClick={() => open(m)} {...a11y('link', m.role === 'grantor' ? m.grantee.name : m.grantor.name)}>
        <Text className='zsb-mandate__who'>
          {m.role === 'grantor' ? t('mandates.to', { name: m.grantee.name }) : t('mandates.from', { name: m.grantor.name })}
        </Text>
        <Text className={`zsb-mandate__status zsb-mandate__status--${m.status}`}>{t(statusKey(m.status))}</Text>
      </View>
      <Text className='zsb-mandate__line'>{t('mandates.until', { date: m.until })}</Text>
      <Text className='zsb-mandate__line'>{[...m.itemNames, ...m.lifeEvents.map((e) => t(`catalog.event.${e}` as never))].join('、')}</Text>
      <View className='zsb-mandate__actions'>
        {side === 'received' && m.status === 'pending' && m.kind !== 'assisted' ? (
          <Text id={`mandate-accept-${i}`} className='zsb-mandate__action' onClick={() => void run(async () => { await call(mandateRoutes.accept, { params: { id: m.id } }); q.reload(); })} {...a11y('button', t('mandates.accept'))}>{t('mandates.accept')}</Text>
        ) : null}
        {side === 'received' && m.status === 'active' ? (
          <Text id={`mandate-act-${i}`} className='zsb-mandate__action' onClick={() => void act({ mandateId: m.id })} {...a11y('button', t('mandates.act', { name: m.grantor.name }))}>{t('mandates.act', { name: m.grantor.name })}</Text>
        ) : null}
        {m.status === 'pending' || m.status === 'active' ? (
          <Text id={`mandate-end-${side}-${i}`} className='zsb-mandate__action zsb-mandate__action--danger' onClick={() => void run(async () => { await call(mandateRoutes.end, { params: { id: m.id } }); q.reload(); })} {...a11y('button', t('mandates.end'))}>{t('mandates.end')}</Text>
        ) : null}
      </View>
    </View>
  );

  return (
    <Screen id='mandates-page' title={t('mandates.list.title')}>
      <PageHeader back title={t('mandates.list.title')} subtitle={t('mandates.list.intro')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        {problem ? <Notice id='mandates-problem' kind='error' text={problem} /> : null}
        {list && me ? (
          <>
            {me.kind === 'resident' ? (
              <ActionButton id='mandate-new' text={t('mandates.grant.title')} onClick={() => void Taro.navigateTo({ url: MANDATE_PAGES.grant })} />
            ) : (
              <ActionButton id='assist-new' text={t('mandates.assist.title')} onClick={() => void Taro.navigateTo({ url: MANDATE_PAGES.assist })} />
            )}
            <Card id='mandates-received' title={t('mandates.received')}>
              {list.received.length === 0 ? <Text className='zsb-mandates__empty'>{t('mandates.none')}</Text> : list.received.map((m, i) => row(m, i, 'received'))}
            </Card>
            {me.kind === 'resident' ? (
              <Card id='mandates-granted' title={t('mandates.granted')}>
                {list.granted.length === 0 ? <Text className='zsb-mandates__empty'>{t('mandates.none')}</Text> : list.granted.map((m, i) => row(m, i, 'granted'))}
              </Card>
            ) : null}
            {list.wards.length > 0 ? (
              <Card id='mandates-wards' title={t('mandates.wards')}>
                {list.wards.map((w, i) => (
                  <View key={w.id} className='zsb-mandate'>
                    <Text className='zsb-mandate__who'>{w.name}</Text>
                    <Text id={`ward-act-${i}`} className='zsb-mandate__action' onClick={() => void act({ wardId: w.id })} {...a11y('button', t('mandates.act', { name: w.name }))}>{t('mandates.act', { name: w.name })}</Text>
                  </View>
                ))}
              </Card>
            ) : null}
          </>
        ) : null}
      </View>
    </Screen>
  );
}
