import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { catalogRoutes, LIFE_EVENTS, ENTERPRISE_LIFE_EVENTS } from '../../../contracts/catalog';
import { mandateRoutes, MANDATE_PAGES } from '../../../contracts/mandates';
import { walletRoutes } from '../../../contracts/wallet';
import { defaultMandateUntil, latestMandateUntil } from '@zsb/shared/domain/mandates';
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
import { lifeEventKey } from '../../labels';
import '../../mandates.css';

const PERSONAL_EVENTS = LIFE_EVENTS.filter((e) => !ENTERPRISE_LIFE_EVENTS.includes(e));
const DAYS = [7, 30, 90, 365];

function untilAfter(days: number): string {
  const now = new Date();
  if (days === 30) return defaultMandateUntil(now);
  if (days >= 365) return latestMandateUntil(now);
  return defaultMandateUntil(new Date(now.getTime() + (days - 30) * 86_400_000));
}

/** 委托代办: to whom (name + ID number), which items or life events, which certificates, until when. */
export default function GrantMandatePage() {
  const { t, tError } = useI18n();
  const wallet = useQuery(() => call(walletRoutes.list), []);
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<{ code: string; name: string }[]>([]);
  const [items, setItems] = useState<{ code: string; name: string }[]>([]);
  const [events, setEvents] = useState<string[]>([]);
  const [certs, setCerts] = useState<string[]>([]);
  const [days, setDays] = useState(30);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const find = async () => {
    if (!search.trim()) return;
    try {
      const r = await call(catalogRoutes.list, { query: { q: search.trim(), audience: 'personal', limit: 8 } });
      setFound(r.items.map((i) => ({ code: i.code, name: i.name })));
    } catch (e) {
      setProblem(tError(e));
    }
  };
  const toggle = <T,>(list: T[], v: T, same: (a: T, b: T) => boolean) => (list.some((x) => same(x, v)) ? list.filter((x) => !same(x, v)) : [...list, v]);

  const submit = async () => {
    const missing = !name.trim() || !idNumber.trim() ? t('mandates.grant.granteeRequired') : items.length + events.length === 0 ? t('mandates.grant.scopeRequired') : null;
    if (missing) return setProblem(missing);
    setBusy(true);
    setProblem(null);
    try {
      const r = await call(mandateRoutes.create, {
        body: { grantee: { name: name.trim(), idNumber: idNumber.trim() }, itemCodes: items.map((i) => i.code), lifeEvents: events as never, certificateIds: certs, until: untilAfter(days) },
      });
      await Taro.redirectTo({ url: `${MANDATE_PAGES.detail}?id=${r.id}` });
    } catch (e) {
      setProblem(tError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen id='mandate-grant-page' title={t('mandates.grant.title')}>
      <PageHeader back title={t('mandates.grant.title')} subtitle={t('mandates.grant.intro')} />
      <View className='zsb-overlap'>
        <Card id='mandate-form'>
          <Text className='zsb-mandate__label'>{t('mandates.grant.name')}</Text>
          <Input id='grantee-name' className='zsb-mandate__input' value={name} maxlength={50} {...fieldLabel(t('mandates.grant.name'))} onInput={(e) => setName(e.detail.value)} />
          <Text className='zsb-mandate__label'>{t('mandates.grant.idNumber')}</Text>
          <Input id='grantee-id' className='zsb-mandate__input' value={idNumber} maxlength={18} {...fieldLabel(t('mandates.grant.idNumber'))} onInput={(e) => setIdNumber(e.detail.value)} />

          <Text className='zsb-mandate__label'>{t('mandates.grant.items')}</Text>
          <Input id='item-search' className='zsb-mandate__input' value={search} confirmType='search' placeholder={t('mandates.grant.searchPlaceholder')} {...fieldLabel(t('mandates.grant.items'))} onInput={(e) => setSearch(e.detail.value)} onConfirm={() => void find()} />
          <View id='item-results'>
            {[...items, ...found.filter((f) => !items.some((i) => i.code === f.code))].map((i) => (
              <Chip key={i.code} id={`item-${i.code}`} text={i.name} selected={items.some((x) => x.code === i.code)} onToggle={() => setItems((s) => toggle(s, i, (a, b) => a.code === b.code))} />
            ))}
          </View>

          <Text className='zsb-mandate__label'>{t('mandates.grant.lifeEvents')}</Text>
          <View>
            {PERSONAL_EVENTS.map((e) => (
              <Chip key={e} id={`event-${e}`} text={t(lifeEventKey(e))} selected={events.includes(e)} onToggle={() => setEvents((s) => toggle(s, e, (a, b) => a === b))} />
            ))}
          </View>

          <Text className='zsb-mandate__label'>{t('mandates.grant.certificates')}</Text>
          <StateView loading={wallet.loading && !wallet.data} error={wallet.error} onRetry={wallet.reload} />
          <View>
            {(wallet.data?.certificates ?? []).map((c) => (
              <Chip key={c.id} id={`cert-${c.kind}`} text={c.kindName} selected={certs.includes(c.id)} onToggle={() => setCerts((s) => toggle(s, c.id, (a, b) => a === b))} />
            ))}
          </View>

          <Text className='zsb-mandate__label'>{t('mandates.grant.duration')}</Text>
          <View role='radiogroup'>
            {DAYS.map((d) => (
              <Chip key={d} id={`days-${d}`} role='radio' text={t('mandates.grant.days', { days: d })} selected={days === d} onToggle={() => setDays(d)} />
            ))}
          </View>
          {problem ? <Notice id='mandate-problem' kind='error' text={problem} /> : null}
          <ActionButton id='mandate-submit' text={t('mandates.grant.submit')} loading={busy} onClick={() => void submit()} />
        </Card>
      </View>
    </Screen>
  );
}
