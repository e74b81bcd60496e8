import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { consentRoutes, type RelyingParty } from '../../../contracts/consent';
import { walletRoutes } from '../../../contracts/wallet';
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
import { pageUrl } from '../../../services/nav';
import '../../consent.css';
import './index.css';

const DURATIONS = [1, 7, 30, 90, 365];
const KINDS: RelyingParty['kind'][] = ['department', 'business'];

/** 授权用证: pick who may read which details of this certificate, why and for how long. */
export default function ConsentNewPage() {
  const { t, tError } = useI18n();
  const certificateId = useRouter().params.certificateId ?? '';
  const q = useQuery(
    () => Promise.all([call(walletRoutes.detail, { params: { certificateId } }), call(consentRoutes.relyingParties)]),
    [certificateId],
  );
  const [party, setParty] = useState<string | null>(null);
  const [fields, setFields] = useState<string[]>([]);
  const [purpose, setPurpose] = useState('');
  const [days, setDays] = useState(30);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [cert, parties] = q.data ?? [undefined, undefined];

  const submit = async () => {
    const missing = !party ? t('consent.pickParty') : fields.length === 0 ? t('consent.pickFields') : !purpose.trim() ? t('consent.purposeRequired') : null;
    if (missing || !party) return setProblem(missing);
    setBusy(true);
    setProblem(null);
    try {
      const c = await call(consentRoutes.create, { body: { certificateId, relyingPartyId: party, fields, purpose: purpose.trim(), durationDays: days } });
      await Taro.redirectTo({ url: pageUrl('consent', { id: c.id }) });
    } catch (e) {
      setProblem(tError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen id='consent-new-page' title={t('consent.new.title')}>
      <PageHeader back title={t('consent.new.title')} subtitle={cert?.kindName} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        {cert && parties ? (
          <Card id='consent-form'>
            <Text className='zsb-consent-new__intro'>{t('consent.new.intro')}</Text>
            {KINDS.map((kind) => (
              <View key={kind} role='radiogroup'>
                <Text className='zsb-consent-new__label'>{`${t('consent.party')} · ${t(`consent.party.${kind}`)}`}</Text>
                {parties.items.filter((p) => p.kind === kind).map((p) => (
                  <Chip key={p.id} id={`party-${p.id}`} role='radio' text={p.name} selected={party === p.id} onToggle={() => setParty(p.id)} />
                ))}
              </View>
            ))}
            <Text className='zsb-consent-new__label'>{t('consent.fields')}</Text>
            <View>
              {cert.fields.map((f) => (
                <Chip
                  key={f.key}
                  id={`consent-field-${f.key}`}
                  text={f.label}
                  selected={fields.includes(f.key)}
                  onToggle={() => setFields((s) => (s.includes(f.key) ? s.filter((k) => k !== f.key) : [...s, f.key]))}
                />
              ))}
            </View>
            <Text className='zsb-consent-new__label'>{t('consent.purpose')}</Text>
            <Input
              id='consent-purpose'
              className='zsb-consent-new__input'
              value={purpose}
              maxlength={200}
              placeholder={t('consent.purpose.placeholder')}
              {...fieldLabel(t('consent.purpose'))}
              onInput={(e) => setPurpose(e.detail.value)}
            />
            <Text className='zsb-consent-new__label'>{t('consent.duration')}</Text>
            <View role='radiogroup'>
              {DURATIONS.map((d) => (
                <Chip key={d} id={`duration-${d}`} role='radio' text={t('consent.days', { days: d })} selected={days === d} onToggle={() => setDays(d)} />
              ))}
            </View>
            {problem ? <Notice id='consent-problem' kind='error' text={problem} /> : null}
            <ActionButton id='consent-submit' text={t('consent.submit')} loading={busy} onClick={() => void submit()} />
          </Card>
        ) : null}
      </View>
    </Screen>
  );
}
