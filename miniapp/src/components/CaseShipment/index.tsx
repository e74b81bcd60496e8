import { Text, View } from '@tarojs/components';
import type { Shipment } from '@zsb/shared/contracts/delivery';
import { useI18n } from '../../hooks/useI18n';
import { chinaTime } from '../../services/time';
import { ActionButton } from '../ActionButton';
import { Card } from '../Card';
import { FieldList, type FieldRow } from '../FieldList';
import { a11y } from '../a11y';
import './index.css';

/** How the result reaches the applicant: pickup code, or the parcel with its tracking until signed for. */
export function CaseShipment({ shipment: s, onShowPickupCode }: { shipment: Shipment; onShowPickupCode?: () => void }) {
  const { t } = useI18n();
  const rows: FieldRow[] = [
    { key: 'method', label: t('delivery.choose'), value: s.method === 'express' ? t('delivery.express') : t('delivery.pickup') },
    ...(s.carrier && s.waybillNo ? [{ key: 'waybill', label: t('delivery.waybill'), value: `${s.carrier} ${s.waybillNo}` }] : []),
    ...(s.address ? [{ key: 'to', label: t('delivery.to'), value: `${s.address.name} ${s.address.phone} ${s.address.regionName}${s.address.detail}`, masked: true }] : []),
    ...(s.pickupCode ? [{ key: 'pickupCode', label: t('delivery.pickupCode'), value: s.pickupCode }] : []),
  ];
  return (
    <Card id='case-shipment' title={t('delivery.section')} extra={<Text className='zsb-ship__status' data-status={s.status}>{t(`delivery.status.${s.status}`)}</Text>}>
      <FieldList rows={rows} />
      {s.pickupCode ? <Text className='zsb-ship__hint'>{t('delivery.pickupHint')}</Text> : null}
      {s.pickupCode && onShowPickupCode ? <ActionButton id='case-pickup-code' kind='secondary' text={t('delivery.showCode')} onClick={onShowPickupCode} /> : null}
      {s.events.length ? (
        <View id='case-tracking' className='zsb-ship__events' {...a11y('list', t('delivery.tracking'), false)}>
          {[...s.events].reverse().map((e) => (
            <View key={`${e.code}-${e.at}`} className='zsb-ship__event' data-code={e.code} {...a11y('listitem', undefined, false)}>
              <Text className='zsb-ship__event-text'>{e.description}</Text>
              <Text className='zsb-ship__event-meta'>{`${chinaTime(e.at)}${e.place ? ` · ${e.place}` : ''}`}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </Card>
  );
}
