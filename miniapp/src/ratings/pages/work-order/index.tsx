import { Picker, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { meRoutes } from '../../../contracts/me';
import { CALLBACK_METHODS, VERDICTS, workOrderRoutes, type Verdict, type WorkOrder } from '../../../contracts/work-orders';
import { ActionButton } from '../../../components/ActionButton';
import { DeadlineBadge } from '../../../components/CaseBadges';
import { Card } from '../../../components/Card';
import { Chip } from '../../../components/Chip';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y, fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { chinaTime } from '../../../services/time';
import { chinaDateTimeToIso } from '../../callback-time';
import './index.css';

type Method = Exclude<(typeof CALLBACK_METHODS)[number], 'hotline'>;
const METHODS = CALLBACK_METHODS.filter((m): m is Method => m !== 'hotline');

/** One work order: the complaint, the deadline, the unit's callback and rectification, the rater's verdict, the history. */
export default function WorkOrderPage() {
  const { t, tError } = useI18n();
  const id = useRouter().params.id ?? '';
  const q = useQuery(() => Promise.all([call(workOrderRoutes.get, { params: { workOrderId: id } }), call(meRoutes.me)]), [id]);
  const [order, me] = q.data ?? [];
  const [current, setCurrent] = useState<WorkOrder | null>(null);
  const wo = current ?? order;
  const [method, setMethod] = useState<Method>('phone');
  const [when, setWhen] = useState(() => chinaTime(Date.now()));
  const [text, setText] = useState('');
  const [publicNote, setPublicNote] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const act = async (run: () => Promise<WorkOrder>, needsText: boolean) => {
    if (needsText && text.trim().length < 2) {
      setTooShort(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    setTooShort(false);
    try {
      setCurrent(await run());
      setText('');
      setPublicNote('');
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  const params = { workOrderId: id };
  const recordCallback = () => act(() => call(workOrderRoutes.callback, {
    params, body: { contactedAt: chinaDateTimeToIso(when), method, summary: text.trim() },
  }), true);
  const recordRectification = () => act(() => call(workOrderRoutes.rectification, {
    params, body: { note: text.trim(), ...(publicNote.trim() ? { publicNote: publicNote.trim() } : {}) },
  }), true);
  const giveVerdict = (verdict: Verdict) => act(() => call(workOrderRoutes.verdict, {
    params, body: { verdict, ...(text.trim() ? { comment: text.trim() } : {}) },
  }), false);

  const isStaff = me?.kind === 'staff';
  const isRater = me?.kind === 'resident';
  const textArea = (elementId: string, label: string, placeholder: string) => (
    <Textarea id={elementId} className='zsb-wo__text' value={text} maxlength={1000} placeholder={placeholder} onInput={(e) => setText(e.detail.value)} {...fieldLabel(label)} />
  );
  return (
    <Screen id='work-order-page' title={t('workOrder.title')}>
      <PageHeader back title={t('workOrder.title')} subtitle={wo ? t('workOrder.place', { department: wo.departmentName, region: wo.regionName }) : undefined} />
      <View className='zsb-overlap zsb-wo'>
        <StateView loading={q.loading && !wo} error={q.error} onRetry={q.reload} />
        {wo ? (
          <>
            <Card id='wo-status' title={t(`workOrders.status.${wo.status}`)} extra={<Text className='zsb-wo__round'>{t('workOrder.round', { round: wo.round })}</Text>}>
              <View data-status={wo.status} data-round={wo.round}>
                <Text className='zsb-wo__line'>{t('workOrders.due', { date: wo.dueDate })}</Text>
                <DeadlineBadge deadline={wo.deadline} dueDate={wo.dueDate} />
                <Text id='wo-hotline' className='zsb-wo__muted' data-state={wo.hotline.state}>
                  {t('workOrder.hotlineLine', { state: t(`workOrder.hotline.${wo.hotline.state}`, { ticket: wo.hotline.ticketNo ?? '', note: wo.hotline.note ?? '' }) })}
                </Text>
              </View>
            </Card>
            <Card id='wo-complaint' title={t('workOrder.complaint')}>
              <Text className='zsb-wo__line'>{t('workOrder.score', { dimension: t('rating.dimension.overall'), n: wo.rating.overall })}</Text>
              {Object.entries(wo.rating.indicators).map(([k, v]) => (
                <Text key={k} className='zsb-wo__muted'>{t('workOrder.score', { dimension: t(`rating.dimension.${k as 'efficiency'}`), n: v })}</Text>
              ))}
              {wo.rating.comment ? <Text className='zsb-wo__quote'>{wo.rating.comment}</Text> : null}
              {wo.rating.tags.length ? <Text className='zsb-wo__muted'>{wo.rating.tags.map((x) => t(`rating.tag.${x as 'fast'}`)).join(t('rating.tagSeparator'))}</Text> : null}
              <Text className='zsb-wo__muted'>
                {t('workOrder.source', { channel: t(`rating.channel.${wo.rating.channel as 'window'}`), code: wo.itemCode, time: chinaTime(wo.rating.createdAt) })}
              </Text>
            </Card>
            {wo.callback ? (
              <Card id='wo-callback' title={t('workOrder.callback')}>
                <Text className='zsb-wo__line'>
                  {t('workOrder.callback.recorded', { time: chinaTime(wo.callback.contactedAt), method: t(`workOrder.callback.method.${wo.callback.method}`), summary: wo.callback.summary })}
                </Text>
              </Card>
            ) : null}
            {wo.rectification ? (
              <Card id='wo-rectification' title={t('workOrder.rectification')}>
                <Text className='zsb-wo__line'>
                  {wo.rectification.source === 'hotline' ? t('workOrder.rectification.byHotline', { note: wo.rectification.note }) : wo.rectification.note}
                </Text>
                {wo.rectification.publicNote ? <Text className='zsb-wo__muted'>{t('results.rectification', { note: wo.rectification.publicNote })}</Text> : null}
              </Card>
            ) : null}
            {wo.verdict ? <Notice id='wo-verdict-given' kind='info' text={t('workOrder.verdict.given', { verdict: t(`workOrder.verdict.${wo.verdict.verdict}`) })} /> : null}

            {isStaff && wo.status === 'open' ? (
              <Card id='wo-callback-form' title={t('workOrder.callback')}>
                <Text className='zsb-wo__label'>{t('workOrder.callback.method')}</Text>
                <View>
                  {METHODS.map((m) => (
                    <Chip key={m} id={`wo-method-${m}`} role='radio' text={t(`workOrder.callback.method.${m}`)} selected={method === m} onToggle={() => setMethod(m)} />
                  ))}
                </View>
                <Text className='zsb-wo__label'>{t('workOrder.callback.when')}</Text>
                <View className='zsb-wo__when'>
                  <Picker mode='date' value={when.slice(0, 10)} onChange={(e) => setWhen(`${String(e.detail.value)} ${when.slice(11)}`)}>
                    <Text id='wo-when-date' className='zsb-wo__picker' {...a11y('button', t('workOrder.callback.when'))}>{when.slice(0, 10)}</Text>
                  </Picker>
                  <Picker mode='time' value={when.slice(11)} onChange={(e) => setWhen(`${when.slice(0, 10)} ${String(e.detail.value)}`)}>
                    <Text id='wo-when-time' className='zsb-wo__picker' {...a11y('button', t('workOrder.callback.when'))}>{when.slice(11)}</Text>
                  </Picker>
                </View>
                <Text className='zsb-wo__label'>{t('workOrder.callback.summary')}</Text>
                {textArea('wo-callback-summary', t('workOrder.callback.summary'), t('workOrder.callback.placeholder'))}
                <ActionButton id='wo-callback-submit' text={t('workOrder.callback.submit')} loading={busy} onClick={() => void recordCallback()} />
              </Card>
            ) : null}
            {isStaff && wo.status === 'callback_recorded' ? (
              <Card id='wo-rect-form' title={t('workOrder.rectification')}>
                <Text className='zsb-wo__label'>{t('workOrder.rectification.note')}</Text>
                {textArea('wo-rect-note', t('workOrder.rectification.note'), t('workOrder.rectification.notePlaceholder'))}
                <Text className='zsb-wo__label'>{t('workOrder.rectification.publicNote')}</Text>
                <Textarea
                  id='wo-rect-public'
                  className='zsb-wo__text'
                  value={publicNote}
                  maxlength={500}
                  onInput={(e) => setPublicNote(e.detail.value)}
                  {...fieldLabel(t('workOrder.rectification.publicNote'))}
                />
                <ActionButton id='wo-rect-submit' text={t('workOrder.rectification.submit')} loading={busy} onClick={() => void recordRectification()} />
              </Card>
            ) : null}
            {isRater && wo.status === 'rectified' ? (
              <Card id='wo-verdict-form' title={t('workOrder.verdict')}>
                <Text className='zsb-wo__muted'>{wo.round === 1 ? t('workOrder.verdict.hint') : ''}</Text>
                {textArea('wo-verdict-comment', t('workOrder.verdict'), '')}
                <View className='zsb-wo__verdicts'>
                  {VERDICTS.map((v) => (
                    <ActionButton key={v} id={`wo-verdict-${v}`} kind={v === 'dissatisfied' ? 'danger' : 'primary'} text={t(`workOrder.verdict.${v}`)} disabled={busy} onClick={() => void giveVerdict(v)} />
                  ))}
                </View>
              </Card>
            ) : null}
            {tooShort ? <Notice id='wo-text-missing' kind='error' text={t('workOrder.textMissing')} /> : null}
            {failure ? <Notice id='wo-error' kind='error' text={tError(failure)} /> : null}

            <Card id='wo-history' title={t('workOrder.history')}>
              {wo.history.map((h, i) => (
                <View key={`${h.at}-${i}`} className='zsb-wo__event' data-action={h.action}>
                  <Text className='zsb-wo__event-time'>{chinaTime(h.at)}</Text>
                  <Text className='zsb-wo__event-what'>
                    {h.note ? t('workOrder.event', { action: t(`workOrder.action.${h.action}`), note: h.note }) : t(`workOrder.action.${h.action}`)}
                  </Text>
                </View>
              ))}
            </Card>
          </>
        ) : null}
      </View>
    </Screen>
  );
}
