import { Text, View } from '@tarojs/components';
import type { Address, DeliveryChoice as Choice } from '@zsb/shared/contracts/delivery';
import { useI18n } from '../../hooks/useI18n';
import { ActionButton } from '../ActionButton';
import { Card } from '../Card';
import { Notice } from '../Notice';
import { a11y } from '../a11y';
import './index.css';

interface DeliveryChoiceProps {
  value: Choice;
  addresses: Address[];
  onChange: (choice: Choice) => void;
  onManage: () => void;
  /** Express chosen without an address. */
  error?: boolean;
}

/** Pickup at the window or express to an address of the book, chosen when applying for an item that offers delivery. */
export function DeliveryChoice({ value, addresses, onChange, onManage, error }: DeliveryChoiceProps) {
  const { t } = useI18n();
  const option = (id: string, on: boolean, label: string, pick: () => void) => (
    <View key={id} id={id} className={`zsb-delivery__choice ${on ? 'zsb-delivery__choice--on' : ''}`} onClick={pick} {...a11y('radio', label)} aria-checked={on ? 'true' : 'false'}>
      <Text>{label}</Text>
    </View>
  );
  const express = value.method === 'express';
  return (
    <Card id='apply-delivery' title={t('delivery.choose')}>
      <View className='zsb-delivery__choices' {...a11y('radiogroup', t('delivery.choose'), false)}>
        {option('delivery-pickup', !express, t('delivery.pickup'), () => onChange({ method: 'pickup' }))}
        {option('delivery-express', express, t('delivery.express'), () => {
          const first = addresses.find((a) => a.isDefault) ?? addresses[0];
          onChange(first ? { method: 'express', addressId: first.id } : { method: 'express', addressId: '' });
        })}
      </View>
      {express ? (
        <View className='zsb-delivery__addresses' {...a11y('radiogroup', t('delivery.chooseAddress'), false)}>
          {addresses.length === 0 ? <Text className='zsb-delivery__hint'>{t('delivery.noAddress')}</Text> : null}
          {addresses.map((a, i) => option(`delivery-address-${i}`, value.method === 'express' && value.addressId === a.id,
            `${a.name} ${a.phone} ${a.regionName}${a.detail}${a.isDefault ? ` (${t('address.default')})` : ''}`,
            () => onChange({ method: 'express', addressId: a.id })))}
          {error ? <Notice id='delivery-error' kind='error' text={t('delivery.chooseAddress')} /> : null}
          <ActionButton id='delivery-manage' kind='secondary' text={t('delivery.manage')} onClick={onManage} />
        </View>
      ) : null}
    </Card>
  );
}
