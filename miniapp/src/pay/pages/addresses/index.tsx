import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
// The one schema this page runs (checking an address before sending it); the routes come without zod.
import { AddressInputSchema } from '@zsb/shared/contracts/delivery';
import { deliveryRoutes } from '../../../contracts/delivery';
import { DISTRICTS } from '@zsb/shared/domain/regions';
import { ActionButton } from '../../../components/ActionButton';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { Screen } from '../../../components/Screen';
import { StateView } from '../../../components/StateView';
import { a11y, fieldLabel } from '../../../components/a11y';
import { useI18n } from '../../../hooks/useI18n';
import { useQuery } from '../../../hooks/useQuery';
import { call } from '../../../services/api';
import '../../pay.css';

const EMPTY = { name: '', phone: '', regionCode: '', detail: '', isDefault: false };

/** The address book (收件地址): the addresses results are sent to by express. */
export default function AddressesPage() {
  const { t, tError } = useI18n();
  const q = useQuery(() => call(deliveryRoutes.listAddresses), []);
  const [draft, setDraft] = useState(EMPTY);
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    // The same rules the BFF applies (district codes of ours only), so the page says what is wrong first.
    const parsed = AddressInputSchema.safeParse(draft);
    setInvalid(!parsed.success);
    if (!parsed.success) return;
    setBusy(true);
    setFailure(null);
    try {
      await call(deliveryRoutes.createAddress, { body: parsed.data });
      setDraft(EMPTY);
      q.reload();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string) => {
    try {
      await call(deliveryRoutes.deleteAddress, { params: { addressId: id } });
      q.reload();
    } catch (e) {
      setFailure(e);
    }
  };
  const field = (key: 'name' | 'phone' | 'detail', label: string, type: 'text' | 'number' = 'text') => (
    <View className='zsb-address__field'>
      <Text className='zsb-address__label'>{label}</Text>
      <Input id={`address-${key}`} className='zsb-address__input' type={type} value={draft[key]} maxlength={key === 'detail' ? 200 : 40}
        onInput={(e) => setDraft({ ...draft, [key]: e.detail.value })} {...fieldLabel(label)} />
    </View>
  );

  return (
    <Screen id='addresses-page' title={t('address.title')}>
      <PageHeader back title={t('address.title')} />
      <View className='zsb-overlap'>
        <StateView loading={q.loading && !q.data} error={q.error} onRetry={q.reload} />
        {q.data ? (
          <Card id='address-list'>
            {q.data.items.length === 0 ? <Text>{t('address.empty')}</Text> : null}
            {q.data.items.map((a, i) => (
              <View key={a.id} id={`address-${i}`} className='zsb-address'>
                <Text className='zsb-address__text'>{`${a.name} ${a.phone}${a.isDefault ? ` · ${t('address.default')}` : ''}`}</Text>
                <Text className='zsb-address__text'>{`${a.regionName}${a.detail}`}</Text>
                <ActionButton id={`address-${i}-delete`} kind='danger' text={t('address.delete')} onClick={() => void remove(a.id)} />
              </View>
            ))}
          </Card>
        ) : null}
        <Card id='address-new' title={t('address.add')}>
          {field('name', t('address.name'))}
          {field('phone', t('address.phone'), 'number')}
          <View className='zsb-address__field'>
            <Text className='zsb-address__label'>{t('address.region')}</Text>
            <View className='zsb-address__regions' {...a11y('radiogroup', t('address.region'), false)}>
              {DISTRICTS.map((d) => (
                <View key={d.code} id={`address-region-${d.code}`} className={`zsb-address__region ${draft.regionCode === d.code ? 'zsb-address__region--on' : ''}`}
                  onClick={() => setDraft({ ...draft, regionCode: d.code })} {...a11y('radio', d.name)} aria-checked={draft.regionCode === d.code ? 'true' : 'false'}>
                  <Text>{d.name}</Text>
                </View>
              ))}
            </View>
          </View>
          {field('detail', t('address.detail'))}
          <View id='address-default' className={`zsb-address__region ${draft.isDefault ? 'zsb-address__region--on' : ''}`}
            onClick={() => setDraft({ ...draft, isDefault: !draft.isDefault })} {...a11y('checkbox', t('address.setDefault'))} aria-checked={draft.isDefault ? 'true' : 'false'}>
            <Text>{t('address.setDefault')}</Text>
          </View>
          {invalid ? <Notice id='address-invalid' kind='error' text={t('address.invalid')} /> : null}
          {failure ? <Notice id='address-error' kind='error' text={tError(failure)} /> : null}
          <ActionButton id='address-save' text={t('address.save')} disabled={busy} onClick={() => void save()} />
        </Card>
      </View>
    </Screen>
  );
}
