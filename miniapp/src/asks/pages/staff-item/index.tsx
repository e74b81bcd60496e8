import { Image, Input, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { DISCLOSURE_OUTCOMES, disclosureRoutes, type Disclosure, type DisclosureOutcome } from '../../../contracts/disclosure';
import { enquiryRoutes, type StaffEnquiry } from '../../../contracts/enquiries';
import { reportRoutes, type Report } from '../../../contracts/reports';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Chip } from '../../../components/Chip';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import { API_BASE } from '../../../services/env';
import { uploadMaterial } from '../../../services/upload';
import { pickAnswerFile, runAction } from '../../services';
import { DisclosureAnswer, DisclosureFacts } from '../../components/Disclosure';
import '../../asks.css';

type Kind = 'enquiry' | 'report' | 'disclosure';
type Item = { kind: 'enquiry'; v: StaffEnquiry } | { kind: 'report'; v: Report } | { kind: 'disclosure'; v: Disclosure };

async function load(kind: Kind, id: string): Promise<Item | null> {
  if (kind === 'enquiry') {
    const v = (await call(enquiryRoutes.staffList, { query: {} })).items.find((x) => x.id === id);
    return v ? { kind, v } : null;
  }
  if (kind === 'report') {
    const v = (await call(reportRoutes.staffList, { query: {} })).items.find((x) => x.id === id);
    return v ? { kind, v } : null;
  }
  const v = (await call(disclosureRoutes.staffList, { query: {} })).items.find((x) => x.id === id);
  return v ? { kind, v } : null;
}

/** One question, report or information request of the clerk's department, with what the clerk may do next. */
export default function AsksStaffItemPage() {
  const { t, tError } = useI18n();
  const params = useRouter().params;
  const kind = (params.kind ?? 'enquiry') as Kind;
  const id = params.id ?? '';
  const q = useQuery(() => load(kind, id), [kind, id]);
  const [current, setCurrent] = useState<Item | null>(null);
  const [text, setText] = useState('');
  const [ground, setGround] = useState('');
  const [outcome, setOutcome] = useState<DisclosureOutcome>('granted');
  const [files, setFiles] = useState<{ id: string; name: string }[]>([]);
  const [tooShort, setTooShort] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const item = current ?? q.data ?? null;

  const act = async (run: () => Promise<Item>, minChars = 2) => {
    if (text.trim().length < minChars) return setTooShort(true);
    setTooShort(false);
    const r = await runAction(setBusy, setFailure, run);
    if (r) {
      setCurrent(r);
      setText('');
    }
  };
  const answerEnquiry = () => act(async () => ({ kind: 'enquiry', v: await call(enquiryRoutes.staffAnswer, { params: { enquiryId: id }, body: { answer: text.trim() } }) }));
  const stepReport = (status: 'processing' | 'resolved') => act(async () => ({ kind: 'report', v: await call(reportRoutes.staffStep, { params: { reportId: id }, body: { status, note: text.trim() } }) }));
  const extend = () => act(async () => ({ kind: 'disclosure', v: await call(disclosureRoutes.staffExtend, { params: { requestId: id }, body: { reason: text.trim() } }) }), 5);
  const answerDisclosure = () => act(async () => ({
    kind: 'disclosure',
    v: await call(disclosureRoutes.staffAnswer, {
      params: { requestId: id },
      body: { outcome, text: text.trim(), fileIds: files.map((f) => f.id), ...(ground.trim() ? { legalGround: ground.trim() } : {}) },
    }),
  }));
  const attach = () => runAction(setBusy, setFailure, async () => {
    const f = await pickAnswerFile();
    if (!f) return;
    const u = await uploadMaterial(f.path, f.name);
    setFiles((old) => [...old, { id: u.id, name: u.fileName }]);
  });

  const textArea = (elementId: string, label: string, placeholder: string) => (
    <>
      <Text className='zsb-asks__label'>{label}</Text>
      <Textarea id={elementId} className='zsb-asks__text' value={text} maxlength={4000} placeholder={placeholder} onInput={(e) => setText(e.detail.value)} {...fieldLabel(label)} />
    </>
  );
  return (
    <Screen id='asks-staff-item-page' title={t('asks.staff.title')}>
      <PageHeader back title={t('asks.staff.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !item} error={q.error} onRetry={q.reload} />
        {item?.kind === 'enquiry' ? (
          <Card id='staff-enquiry' title={item.v.itemName}>
            <View data-status={item.v.status}>
              <Text className='zsb-asks__muted'>{t(`asks.enquiry.status.${item.v.status}`)} · {t('asks.due', { date: item.v.dueDate })}</Text>
              <Text className='zsb-asks__quote'>{item.v.question}</Text>
              {item.v.answer ? <Text id='staff-enquiry-answer' className='zsb-asks__line'>{item.v.answer.text}</Text> : null}
            </View>
            {!item.v.answer ? (
              <>
                {textArea('staff-answer', t('asks.staff.answer'), t('asks.staff.answerPlaceholder'))}
                <ActionButton id='staff-answer-submit' text={t('asks.staff.sendAnswer')} loading={busy} onClick={() => void answerEnquiry()} />
              </>
            ) : null}
          </Card>
        ) : null}
        {item?.kind === 'report' ? (
          <Card id='staff-report' title={t(`asks.report.category.${item.v.category}`)}>
            <View data-status={item.v.status}>
              <Text className='zsb-asks__title'>{t(`asks.report.status.${item.v.status}`)} · {t('asks.report.round', { round: item.v.round })}</Text>
              <Text className='zsb-asks__line'>{item.v.reporter ? t('asks.staff.reporter', { name: item.v.reporter.name }) : t('asks.staff.anonymous')}</Text>
              <Text className='zsb-asks__quote'>{item.v.description}</Text>
              <Text className='zsb-asks__muted'>{item.v.regionName} · {item.v.location.address ?? `${item.v.location.lat.toFixed(5)}, ${item.v.location.lng.toFixed(5)}`}</Text>
              <View className='zsb-asks__photos'>
                {item.v.photos.map((p, i) => <Image key={p.id} className='zsb-asks__photo' src={`${API_BASE}${p.url}`} mode='aspectFill' nativeProps={{ alt: t('asks.report.photoAlt', { n: i + 1 }) }} />)}
              </View>
            </View>
            {item.v.status === 'received' || item.v.status === 'processing' ? (
              <>
                {textArea('staff-report-note', t('asks.staff.note'), t('asks.staff.notePlaceholder'))}
                {item.v.status === 'received' ? <ActionButton id='staff-report-processing' kind='secondary' text={t('asks.staff.toProcessing')} loading={busy} onClick={() => void stepReport('processing')} /> : null}
                <ActionButton id='staff-report-resolved' text={t('asks.staff.toResolved')} loading={busy} onClick={() => void stepReport('resolved')} />
              </>
            ) : null}
          </Card>
        ) : null}
        {item?.kind === 'disclosure' ? (
          <>
            <DisclosureFacts d={item.v} />
            <DisclosureAnswer d={item.v} />
            {item.v.status !== 'answered' ? (
              <Card id='staff-disclosure-form' title={t('asks.disclosure.answer')}>
                <Text className='zsb-asks__label'>{t('asks.staff.outcome')}</Text>
                <View>
                  {DISCLOSURE_OUTCOMES.map((o) => <Chip key={o} id={`staff-outcome-${o}`} role='radio' text={t(`asks.disclosure.outcome.${o}`)} selected={outcome === o} onToggle={() => setOutcome(o)} />)}
                </View>
                {outcome === 'refused' || outcome === 'partly' ? (
                  <>
                    <Text className='zsb-asks__label'>{t('asks.staff.legalGround')}</Text>
                    <Input id='staff-legal-ground' className='zsb-asks__input' value={ground} maxlength={300} onInput={(e) => setGround(e.detail.value)} {...fieldLabel(t('asks.staff.legalGround'))} />
                  </>
                ) : null}
                {textArea('staff-disclosure-text', t('asks.staff.answer'), t('asks.staff.answerPlaceholder'))}
                {files.map((f) => <Text key={f.id} className='zsb-asks__muted' data-upload-id={f.id}>{t('asks.staff.attached', { name: f.name })}</Text>)}
                <ActionButton id='staff-attach' kind='secondary' text={t('asks.staff.attach')} loading={busy} onClick={() => void attach()} />
                <ActionButton id='staff-disclosure-submit' text={t('asks.staff.sendDisclosure')} loading={busy} onClick={() => void answerDisclosure()} />
                {item.v.status === 'received' ? (
                  <ActionButton id='staff-extend' kind='secondary' text={t('asks.staff.extend')} loading={busy} onClick={() => void extend()} />
                ) : null}
              </Card>
            ) : null}
          </>
        ) : null}
        {tooShort ? <Notice id='staff-too-short' kind='error' text={t('asks.staff.tooShort')} /> : null}
        {failure ? <Notice id='staff-error' kind='error' text={tError(failure)} /> : null}
      </View>
    </Screen>
  );
}
