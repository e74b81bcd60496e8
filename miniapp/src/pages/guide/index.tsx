import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { HALL_PAGES } from '../../contracts/hall-pages';
import type { ReactNode } from 'react';
import { catalogRoutes, type GuideMaterial, type ServiceGuide } from '../../contracts/catalog';
import { ActionButton } from '../../components/ActionButton';
import { MandateScopeNotice } from '../../components/MandateScopeNotice';
import { Card } from '../../components/Card';
import { GuideQuestions } from '../../components/GuideQuestions';
import { OriginalBadge } from '../../components/OriginalBadge';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Screen } from '../../components/Screen';
import { StateView } from '../../components/StateView';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { call } from '../../services/api';
import { navigate } from '../../services/nav';
import './index.css';

// The guide is public; sending the session's token when there is one adds the wallet marks.
const guideRoute = { ...catalogRoutes.guide, auth: true };

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className='zsb-guide__row'>
      <Text className='zsb-guide__label'>{label}</Text>
      <View className='zsb-guide__value'>{children}</View>
    </View>
  );
}

function MaterialItem({ m }: { m: GuideMaterial }) {
  const { t } = useI18n();
  return (
    <View id={`guide-material-${m.key}`} className='zsb-guide__material' data-material={m.key} data-wallet={m.fromWallet ? '1' : '0'}>
      <Text className='zsb-guide__material-name'>{m.name}</Text>
      <Text className='zsb-guide__material-meta'>
        {t('guide.material.meta', { form: t(`catalog.form.${m.form}`), count: t('guide.material.count', { count: m.count }), necessity: t(`catalog.necessity.${m.necessity}`) })}
      </Text>
      {m.condition ? <Text className='zsb-guide__material-meta'>{t('guide.material.condition', { text: m.condition })}</Text> : null}
      {m.sourceNote ? <Text className='zsb-guide__material-meta'>{t('guide.material.source', { text: m.sourceNote })}</Text> : null}
      {m.blankForm ? <Text className='zsb-guide__material-meta'>{t('guide.material.blankForm', { name: m.blankForm })}</Text> : null}
      {m.sample ? <Text className='zsb-guide__material-meta'>{t('guide.material.sample', { name: m.sample })}</Text> : null}
      {m.fromWallet ? (
        <Text id={`guide-material-${m.key}-wallet`} className='zsb-guide__wallet'>
          {t('guide.fromWalletBadge')}
        </Text>
      ) : null}
    </View>
  );
}

function applyTarget(g: ServiceGuide) {
  if (g.applyChannel === 'housing_fund_withdrawal') return () => void navigate('fundWithdraw');
  return () => void navigate('apply', { code: g.code });
}

export default function GuidePage() {
  const { t } = useI18n();
  const code = useRouter().params.code ?? '';
  const q = useQuery(() => call(guideRoute, { params: { code } }), [code]);
  const g = q.data;
  const days = (n: number | null) => (n === null ? t('guide.daysNone') : n === 0 ? t('guide.onTheSpot') : t('guide.days', { days: n }));
  // Sections the BFF could not translate into the app's language come in 简体中文, marked 中文原文.
  const has = (...sections: string[]) => !!g?.untranslated?.some((u) => sections.includes(u));
  const original = (section: string, ...sections: string[]) => <OriginalBadge id={`guide-original-${section.replace('.', '-')}`} show={has(section, ...sections)} />;
  const flags = g ? (Object.keys(g.flags) as (keyof ServiceGuide['flags'])[]).filter((f) => g.flags[f]) : [];
  return (
    <Screen id='guide-page' guest title={t('guide.title')}>
      <PageHeader
        back
        title={g?.name ?? t('guide.title')}
        subtitle={g ? t('catalog.where', { department: g.departmentName, region: g.regionName }) : undefined}
        extra={<OriginalBadge id='guide-original-name' onPrimary show={has('name')} />}
      />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !g} error={g ? null : q.error} onRetry={q.reload} />
        {g ? (
          <View id='guide' data-code={g.code}>
            <Card id='guide-summary'>
              <Text id='guide-deadline' className='zsb-guide__deadline' data-deadline={g.promisedDeadline ?? ''}>
                {g.promisedTimeLimitDays === 0 ? t('guide.onTheSpot') : t('guide.deadline', { date: g.promisedDeadline ?? '' })}
              </Text>
              <MandateScopeNotice code={g.code} lifeEvents={g.lifeEvents} />
              {g.online ? (
                <ActionButton id='guide-apply' onClick={applyTarget(g)}
                  text={g.applyChannel === 'housing_fund_withdrawal' ? t('guide.applyWithdrawal') : t('guide.apply')} />
              ) : (
                <Notice id='guide-offline' kind='info' text={t('guide.offline')} />
              )}
              {g.flags.appointment ? (
                <ActionButton id='guide-book' kind='secondary' text={t('hall.book.title')}
                  onClick={() => void Taro.navigateTo({ url: `${HALL_PAGES.book}?itemCode=${g.code}&hallId=H${g.region}` })} />
              ) : null}
            </Card>

            <Card id='guide-basic' title={t('guide.basic')} extra={original('legalBasis', 'implementingBody', 'regionName')}>
              <Row label={t('guide.type')}><Text>{t(`catalog.type.${g.type}`)}</Text></Row>
              <Row label={t('guide.body')}><Text>{g.implementingBody}</Text></Row>
              <Row label={t('guide.region')}><Text>{g.regionName}</Text></Row>
              <Row label={t('guide.audience')}><Text>{g.audience.map((a) => t(`catalog.audience.${a}`)).join(t('catalog.listSeparator'))}</Text></Row>
              <Row label={t('guide.code')}><Text>{g.code}</Text></Row>
              <Row label={t('guide.baseCode')}><Text>{g.baseCode}</Text></Row>
              <Row label={t('guide.implementationCode')}><Text className='zsb-guide__code'>{g.implementationCode}</Text></Row>
              <Row label={t('guide.legalBasis')}>{g.legalBasis.map((b) => <Text key={b} className='zsb-guide__line'>{b}</Text>)}</Row>
            </Card>

            <Card id='guide-conditions' title={t('guide.conditions')} extra={original('conditions')}>
              {g.conditions.map((c, i) => <Text key={i} className='zsb-guide__line'>{t('guide.numbered', { n: i + 1, text: c })}</Text>)}
            </Card>

            <Card id='guide-materials' title={t('guide.materials')} extra={original('materials')}>
              {!g.walletChecked ? <Notice kind='info' text={t('guide.walletUnchecked')} /> : null}
              {g.materials.map((m) => <MaterialItem key={m.key} m={m} />)}
            </Card>

            <Card id='guide-procedure' title={t('guide.procedure')} extra={original('procedure')}>
              {g.procedure.map((s, i) => (
                <View key={i} className='zsb-guide__step'>
                  <Text className='zsb-guide__step-name'>{t('guide.stepTitle', { n: i + 1, name: s.name, actor: s.actor })}</Text>
                  <Text className='zsb-guide__line'>{s.description}</Text>
                </View>
              ))}
            </Card>

            <Card id='guide-limits' title={t('guide.timeLimits')}>
              <Row label={t('guide.legalLimit')}><Text>{days(g.legalTimeLimitDays)}</Text></Row>
              <Row label={t('guide.promisedLimit')}><Text>{days(g.promisedTimeLimitDays)}</Text></Row>
              <Row label={t('guide.visits')}><Text>{t('guide.visitsValue', { count: g.visits })}</Text></Row>
              <Row label={t('guide.onlineDepth')}><Text>{t(`catalog.depth.${g.onlineDepth as 1 | 2 | 3 | 4}`)}</Text></Row>
            </Card>

            <Card id='guide-fee' title={t('guide.fee')} extra={original('fee')}>
              <Text className='zsb-guide__line'>{g.fee.charged ? g.fee.standard : t('guide.free')}</Text>
              {g.fee.basis ? <Text className='zsb-guide__line'>{t('guide.feeBasis', { text: g.fee.basis })}</Text> : null}
            </Card>

            <Card id='guide-result' title={t('guide.result')} extra={original('result')}>
              <Text className='zsb-guide__line'>{g.result.name}</Text>
              <Row label={t('guide.delivery')}><Text>{g.result.delivery.map((d) => t(`catalog.delivery.${d}`)).join(t('catalog.listSeparator'))}</Text></Row>
            </Card>

            <Card id='guide-place' title={t('guide.place')} extra={original('place.address', 'place.hours', 'place.window')}>
              <Text className='zsb-guide__line'>{g.place.address}</Text>
              {g.place.window ? <Text className='zsb-guide__line'>{t('guide.window', { text: g.place.window })}</Text> : null}
              <Text className='zsb-guide__line'>{g.place.hours}</Text>
              {flags.length > 0 ? (
                <Row label={t('guide.services')}>
                  <View className='zsb-guide__flags'>
                    {flags.map((f) => <Text key={f} id={`guide-flag-${f}`} className='zsb-guide__flag'>{t(`catalog.flag.${f}`)}</Text>)}
                  </View>
                </Row>
              ) : null}
              <Row label={t('guide.enquiry')}><Text>{g.enquiryPhone}</Text></Row>
              <Row label={t('guide.complaint')}><Text>{g.complaintPhone}</Text></Row>
            </Card>

            {g.faqs.length > 0 ? (
              <Card id='guide-faqs' title={t('guide.faqs')} extra={original('faqs')}>
                {g.faqs.map((f, i) => (
                  <View key={i} className='zsb-guide__step'>
                    <Text className='zsb-guide__step-name'>{f.question}</Text>
                    <Text className='zsb-guide__line'>{f.answer}</Text>
                  </View>
                ))}
              </Card>
            ) : null}

            <GuideQuestions code={g.code} />

            {g.tips.length > 0 ? (
              <Card id='guide-tips' title={t('guide.tips')} extra={original('tips')}>
                {g.tips.map((tip, i) => <Text key={i} className='zsb-guide__line'>{tip}</Text>)}
              </Card>
            ) : null}
          </View>
        ) : null}
      </View>
    </Screen>
  );
}
