import { Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useMemo, useRef, useState } from 'react';
import { caseRoutes } from '../../contracts/cases';
import { meRoutes } from '../../contracts/me';
import { hallRoutes, ratingRoutes, type Rating } from '../../contracts/ratings';
import { COMMENT_MAX_CHARS, commentLength, indicatorsOf, tagsFor, type IndicatorSet } from '@zsb/shared/domain/rating';
import { ActionButton } from '../../components/ActionButton';
import { Card } from '../../components/Card';
import { Chip } from '../../components/Chip';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Screen } from '../../components/Screen';
import { StarRow } from '../../components/StarRow';
import { StateView } from '../../components/StateView';
import { a11y, fieldLabel } from '../../components/a11y';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { call } from '../../services/api';
import { currentUrl, navigate, toSignIn } from '../../services/nav';
import { request } from '../../services/request';
import { taroStorage } from '../../services/storage';
import { chinaTime } from '../../services/time';
import { session } from '../../stores';
import { deviceId, draftProblems, emptyDraft, newRatingKey, rateBody, toggleTag, withOverall, type RateDraft, type RateTarget } from '../../ratings/rate-form';
import './index.css';

/** What the page rates: a window (opened from its QR code) or a completed case of the signed-in person. */
async function loadTarget(params: Record<string, string | undefined>) {
  const signedIn = session.get() !== null;
  const me = signedIn ? await call(meRoutes.me).catch(() => null) : null;
  if (params.caseId) {
    const c = await call(caseRoutes.detail, { params: { caseId: params.caseId } });
    return { target: { kind: 'case', caseId: c.id } as RateTarget, set: 'online' as IndicatorSet, title: c.title, items: [{ code: c.itemCode ?? '', name: c.title }], me };
  }
  const w = await call(hallRoutes.window, { params: { windowId: params.windowId ?? '' } });
  return { target: { kind: 'window', windowId: w.window.id } as RateTarget, set: 'window' as IndicatorSet, window: w, items: w.items, me };
}

/** 好差评: 1–5 stars on 整体满意度 and the national sub-indicators, tags and a comment. */
export default function RatePage() {
  const { t, tError } = useI18n();
  const params = useRouter().params;
  const q = useQuery(() => loadTarget(params), [params.windowId, params.caseId]);
  const [draft, setDraft] = useState<RateDraft>(emptyDraft());
  // Problems show once a submit was tried, and each one clears as soon as its field is filled.
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<{ outcome: 'created' | 'updated'; rating: Rating } | null>(null);
  const key = useRef(newRatingKey());
  const data = q.data;
  const itemCode = draft.itemCode ?? (data && data.items.length === 1 ? data.items[0]!.code : null);
  const current = useMemo(() => ({ ...draft, itemCode }), [draft, itemCode]);
  const problems = tried && data ? draftProblems(current, data.set) : [];

  const submit = async () => {
    if (!data) return;
    setTried(true);
    if (draftProblems(current, data.set).length) return;
    setBusy(true);
    setFailure(null);
    try {
      // Signed in → real-name; the token is simply absent for an anonymous QR rating.
      const answer = await request<{ outcome: 'created' | 'updated'; rating: Rating }>({
        method: 'POST', path: ratingRoutes.create.path, body: rateBody(current, data.target), auth: true,
        headers: { 'idempotency-key': key.current, 'x-device-id': deviceId(taroStorage) },
      });
      setDone(answer);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const subtitle = data?.window
    ? t('rate.window', { hall: data.window.hall.name, number: data.window.window.number })
    : data?.title ? t('rate.case', { title: data.title }) : undefined;
  return (
    <Screen id='rate-page' guest={!params.caseId} title={t('rate.title')}>
      <PageHeader back title={t('rate.title')} subtitle={subtitle} />
      <View className='zsb-overlap zsb-rate'>
        <StateView loading={q.loading && !data} error={q.error} onRetry={q.reload} />
        {data && done ? (
          <Card id='rate-done' title={t(done.outcome === 'updated' ? 'rate.updated' : 'rate.done')}>
            <View data-rating-id={done.rating.id} data-real-name={done.rating.realName ? '1' : '0'}>
              {done.rating.workOrder ? (
                <Text id='rate-work-order' className='zsb-rate__line' data-work-order-id={done.rating.workOrder.id}>
                  {t('rate.workOrder', { date: done.rating.workOrder.dueDate })}
                </Text>
              ) : null}
              {done.rating.editableUntil ? <Text className='zsb-rate__hint'>{t('rate.editableUntil', { time: chinaTime(done.rating.editableUntil) })}</Text> : null}
            </View>
            {done.rating.workOrder ? (
              <ActionButton id='rate-open-work-order' kind='secondary' text={t('rate.viewWorkOrder')} onClick={() => void navigate('workOrder', { id: done.rating.workOrder!.id })} />
            ) : null}
            <ActionButton
              id='rate-open-results'
              kind='secondary'
              text={t('rate.viewResults')}
              onClick={() => void navigate('ratingResults', done.rating.windowId ? { windowId: done.rating.windowId } : { itemCode: done.rating.itemCode })}
            />
          </Card>
        ) : null}
        {data && !done ? (
          <>
            {data.window ? (
              <Card id='rate-place'>
                <Text className='zsb-rate__place'>{data.window.window.name}</Text>
                <Text className='zsb-rate__hint'>{data.window.window.departmentName}</Text>
              </Card>
            ) : null}
            {data.items.length > 1 ? (
              <Card id='rate-items' title={t('rate.item')}>
                {data.items.map((it, i) => (
                  <Chip key={it.code} id={`rate-item-${i}`} role='radio' text={it.name} selected={itemCode === it.code} onToggle={() => setDraft({ ...draft, itemCode: it.code })} />
                ))}
                {problems.includes('item') ? <Notice id='rate-item-missing' kind='error' text={t('rate.itemMissing')} /> : null}
              </Card>
            ) : null}
            <Card id='rate-stars'>
              <StarRow id='rate-overall' large label={t('rate.overall')} value={draft.overall} onChange={(n) => setDraft(withOverall(draft, n, data.set))} />
              {problems.includes('overall') ? <Notice id='rate-overall-missing' kind='error' text={t('rate.overallMissing')} /> : null}
              <Text className='zsb-rate__section'>{t('rate.indicators')}</Text>
              {indicatorsOf(data.set).map((k) => (
                <StarRow
                  key={k}
                  id={`rate-${k}`}
                  label={t(`rating.dimension.${k}`)}
                  value={draft.indicators[k]}
                  onChange={(n) => setDraft({ ...draft, indicators: { ...draft.indicators, [k]: n } })}
                />
              ))}
              {problems.includes('indicators') ? <Notice id='rate-indicators-missing' kind='error' text={t('rate.indicatorsMissing')} /> : null}
            </Card>
            <Card id='rate-tags' title={t('rate.tags')}>
              {draft.overall ? null : <Text id='rate-tags-hint' className='zsb-rate__hint'>{t('rate.tagsAfterStars')}</Text>}
              {tagsFor(draft.overall).map((tag) => (
                <Chip key={tag} id={`rate-tag-${tag}`} text={t(`rating.tag.${tag}`)} selected={draft.tags.includes(tag)} onToggle={() => setDraft(toggleTag(draft, tag))} />
              ))}
            </Card>
            <Card id='rate-comment-card' title={t('rate.comment')}>
              <Textarea
                id='rate-comment'
                className='zsb-rate__comment'
                value={draft.comment}
                maxlength={COMMENT_MAX_CHARS}
                placeholder={t('rate.commentPlaceholder')}
                onInput={(e) => setDraft({ ...draft, comment: e.detail.value })}
                {...fieldLabel(t('rate.comment'))}
              />
              <Text className='zsb-rate__count'>{t('rate.commentCount', { count: commentLength(draft.comment) })}</Text>
            </Card>
            {data.me ? (
              <Notice id='rate-real-name' kind='info' text={t('rate.realName', { name: data.me.name })} />
            ) : (
              <View>
                <Notice id='rate-anonymous' kind='info' text={t('rate.anonymous')} />
                <Text id='rate-sign-in' className='zsb-rate__link' onClick={() => void toSignIn(currentUrl())} {...a11y('link', t('rate.signIn'))}>{t('rate.signIn')}</Text>
              </View>
            )}
            {failure ? <Notice id='rate-error' kind='error' text={tError(failure)} /> : null}
            <ActionButton id='rate-submit' text={t('rate.submit')} loading={busy} onClick={() => void submit()} />
          </>
        ) : null}
      </View>
    </Screen>
  );
}
