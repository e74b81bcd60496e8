import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { presentationRoutes, type CreatePresentationRequestSchema, type Presentation, type PresentationStatus } from '../../contracts/presentation';
import { walletRoutes } from '../../contracts/wallet';
import { DISCLOSABLE_FACTS, type DisclosableFact } from '@zsb/shared/domain/certificate-rules';
import { CLAIM_CODES, type ClaimCode } from '@zsb/shared/domain/claims';
import { refreshDelayMs } from '@zsb/shared/domain/presentation-token';
import { ActionButton } from '../../components/ActionButton';
import { Card } from '../../components/Card';
import { Chip } from '../../components/Chip';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { QrCode } from '../../components/QrCode';
import { Screen } from '../../components/Screen';
import { StateView } from '../../components/StateView';
import { fieldLabel } from '../../components/a11y';
import { useCountdown } from '../../hooks/useCountdown';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { call } from '../../services/api';
import { isApiError } from '../../services/errors';
import './index.css';

type Mode = 'all' | 'fields' | 'claims';
const MODES: Mode[] = ['all', 'fields', 'claims'];
const PURPOSES = ['identity', 'hotel', 'bank', 'rent', 'job', 'service'] as const;
const STATUS_POLL_MS = 2000;

const isOffline = (e: unknown) => isApiError(e) && e.code === 'NETWORK_ERROR';

/** 亮证: choose what to disclose and why, then show a short-lived single-use QR code that renews itself. */
export default function PresentPage() {
  const { t, tError } = useI18n();
  const router = useRouter();
  const certificateId = router.params.id ?? '';
  // `auto=1` (长辈模式 home's 亮证 button): show the whole certificate for identity at once, in one tap.
  const auto = router.params.auto === '1';
  const q = useQuery(() => call(walletRoutes.detail, { params: { certificateId } }), [certificateId]);
  const cert = q.data;

  const [mode, setMode] = useState<Mode>('all');
  const [fields, setFields] = useState<string[]>([]);
  const [claim, setClaim] = useState<ClaimCode | null>(null);
  // Issuer and validity reach the checker only when chosen (the issuer names a place, the validity hints at age).
  const [facts, setFacts] = useState<DisclosableFact[]>([]);
  const [purposeKey, setPurposeKey] = useState<(typeof PURPOSES)[number] | null>('identity');
  const [customPurpose, setCustomPurpose] = useState('');
  const [multiUse, setMultiUse] = useState(false);
  const [presentation, setPresentation] = useState<Presentation | null>(null);
  const [status, setStatus] = useState<PresentationStatus | null>(null);
  const [busy, setBusy] = useState(false);
  // The short online reference by default; the offline form (the data itself, signed) on request.
  const [offlineForm, setOfflineForm] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [offline, setOffline] = useState(false);
  const seconds = useCountdown(presentation?.expiresAt);

  const purpose = customPurpose.trim() || (purposeKey ? t(`present.purpose.${purposeKey}`) : '');
  const canProveAge = !!cert?.fields.some((f) => f.key === 'birthDate' || f.key === 'idNumber');

  const buildBody = (): z.input<typeof CreatePresentationRequestSchema> | null => {
    const missing =
      mode === 'fields' && fields.length === 0 && facts.length === 0 ? t('present.pickFields')
        : mode === 'claims' && !claim ? t('present.pickClaim')
          : !purpose ? t('present.purposeRequired') : null;
    if (missing) {
      setProblem(missing);
      return null;
    }
    return {
      purpose, multiUse,
      ...(mode === 'fields' && fields.length > 0 ? { fields } : {}),
      ...(mode === 'claims' && claim ? { claims: [claim] } : {}),
      ...(mode !== 'all' && facts.length > 0 ? { facts } : {}),
    };
  };
  // Renewals run from a timer; the ref lets them use the latest choices.
  const bodyRef = useRef(buildBody);
  bodyRef.current = buildBody;

  const issue = useCallback(async () => {
    const body = bodyRef.current();
    if (!body) return;
    setProblem(null);
    setBusy(true);
    try {
      const network = await Taro.getNetworkType().catch(() => ({ networkType: 'unknown' }));
      if (network.networkType === 'none') {
        setOffline(true);
        return;
      }
      const p = await call(presentationRoutes.create, { params: { certificateId }, body });
      setOffline(false);
      setStatus(null);
      setPresentation(p);
    } catch (e) {
      if (isOffline(e)) setOffline(true);
      else setProblem(tError(e));
      setPresentation(null);
    } finally {
      setBusy(false);
    }
  }, [certificateId, tError]);

  useEffect(() => {
    if (auto && cert && !presentation && !busy) void issue();
    // Only once the certificate has loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [auto, cert]);

  // Renew shortly before expiry, so the checker never scans a code that dies mid-scan.
  useEffect(() => {
    if (!presentation) return undefined;
    const timer = setTimeout(() => void issue(), refreshDelayMs(presentation.expiresAt));
    return () => clearTimeout(timer);
  }, [presentation, issue]);

  // Tell the holder as soon as a checker has verified the code.
  useEffect(() => {
    if (!presentation) return undefined;
    const timer = setInterval(() => {
      call(presentationRoutes.status, { params: { presentationId: presentation.id } }).then(setStatus, () => undefined);
    }, STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, [presentation]);

  const toggleField = (key: string) => setFields((f) => (f.includes(key) ? f.filter((k) => k !== key) : [...f, key]));
  const toggleFact = (fact: DisclosableFact) => setFacts((f) => (f.includes(fact) ? f.filter((k) => k !== fact) : [...f, fact]));
  const factChips = (
    <View className='zsb-present__chips'>
      {DISCLOSABLE_FACTS.map((fact) => (
        <Chip key={fact} id={`fact-${fact}`} text={t(`verify.${fact}`)} selected={facts.includes(fact)} onToggle={() => toggleFact(fact)} />
      ))}
    </View>
  );
  const disclosed = presentation
    ? [
      ...presentation.disclosed.fields.map((f) => f.label),
      ...presentation.disclosed.claims.map((c) => t(`present.claim.${c}`)),
      ...presentation.disclosed.facts.map((x) => t(`verify.${x}`)),
    ].join(t('list.separator'))
    : '';

  return (
    <Screen id='present-page' title={t('present.title')}>
      <PageHeader back title={t('present.title')} subtitle={cert?.kindName} />
      <View className='zsb-overlap'>
        {offline || isOffline(q.error) ? (
          <View className='zsb-present__notice'>
            <Notice id='present-offline' kind='info' text={t('present.offline')} onRetry={() => { setOffline(false); q.reload(); }} />
          </View>
        ) : null}
        {!isOffline(q.error) ? <StateView loading={q.loading && !cert} error={q.error} onRetry={q.reload} /> : null}
        {cert && presentation && !offline ? (
          <Card id='present-code' className='zsb-present__code'>
            <QrCode
              id='present-qr'
              svg={offlineForm ? presentation.offline.qrSvg : presentation.qrSvg}
              label={t('present.qrLabel', { name: cert.kindName })}
            />
            <Text id='present-countdown' className='zsb-present__countdown' data-seconds={seconds ?? 0}>
              {busy ? t('present.refreshing') : t('present.countdown', { seconds: seconds ?? 0 })}
            </Text>
            <Text className='zsb-present__line'>{presentation.multiUse ? t('present.multi') : t('present.singleUse')}</Text>
            {disclosed ? <Text id='present-disclosed' className='zsb-present__line'>{t('present.disclosed', { items: disclosed })}</Text> : null}
            {status && status.useCount > 0 ? (
              <Notice id='present-verified' kind='info' text={t('present.verified', { count: status.useCount })} />
            ) : null}
            {offlineForm ? <Text id='present-offline-hint' className='zsb-present__line'>{t('present.form.offlineHint')}</Text> : null}
            <ActionButton
              id='present-form-toggle'
              kind='secondary'
              text={offlineForm ? t('present.form.online') : t('present.form.offline')}
              onClick={() => setOfflineForm(!offlineForm)}
            />
            <ActionButton id='present-change' kind='secondary' text={t('present.change')} onClick={() => setPresentation(null)} />
          </Card>
        ) : null}
        {cert && !presentation && !offline ? (
          <Card id='present-form' title={t('present.mode.label')}>
            <View className='zsb-present__chips' role='radiogroup'>
              {MODES.filter((m) => m !== 'claims' || canProveAge).map((m) => (
                <Chip key={m} id={`mode-${m}`} role='radio' text={t(`present.mode.${m}`)} selected={mode === m} onToggle={() => setMode(m)} />
              ))}
            </View>
            {mode === 'fields' ? (
              <View className='zsb-present__chips'>
                {cert.fields.map((f) => (
                  <Chip key={f.key} id={`field-${f.key}`} text={f.label} selected={fields.includes(f.key)} onToggle={() => toggleField(f.key)} />
                ))}
              </View>
            ) : null}
            {mode !== 'all' ? factChips : null}
            {mode === 'claims' ? (
              <View className='zsb-present__chips' role='radiogroup'>
                <Text className='zsb-present__hint'>{t('present.mode.claimsHint')}</Text>
                {CLAIM_CODES.map((c) => (
                  <Chip key={c} id={`claim-${c}`} role='radio' text={t(`present.claim.${c}`)} selected={claim === c} onToggle={() => setClaim(c)} />
                ))}
              </View>
            ) : null}
            <Text className='zsb-present__label'>{t('present.purpose.label')}</Text>
            <View className='zsb-present__chips' role='radiogroup'>
              {PURPOSES.map((p) => (
                <Chip
                  key={p}
                  id={`purpose-${p}`}
                  role='radio'
                  text={t(`present.purpose.${p}`)}
                  selected={!customPurpose.trim() && purposeKey === p}
                  onToggle={() => {
                    setPurposeKey(p);
                    setCustomPurpose('');
                  }}
                />
              ))}
            </View>
            <Input
              id='purpose-input'
              className='zsb-present__input'
              value={customPurpose}
              maxlength={200}
              placeholder={t('present.purpose.placeholder')}
              {...fieldLabel(t('present.purpose.label'))}
              onInput={(e) => setCustomPurpose(e.detail.value)}
            />
            <View className='zsb-present__chips'>
              <Chip id='multi-use' text={t('present.multiUse')} selected={multiUse} onToggle={() => setMultiUse((v) => !v)} />
              <Text className='zsb-present__hint'>{t('present.multiUseHint')}</Text>
            </View>
            {problem ? <Notice id='present-problem' kind='error' text={problem} /> : null}
            <ActionButton id='present-submit' text={t('present.submit')} loading={busy} onClick={() => void issue()} />
          </Card>
        ) : null}
      </View>
    </Screen>
  );
}
