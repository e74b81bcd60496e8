import { Text, View } from '@tarojs/components';
import type { Home } from '@zsb/shared/contracts/home';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import { Card } from '../Card';
import { Notice } from '../Notice';
import './index.css';

type HotService = Extract<Home['hotServices'], { status: 'ok' }>['data']['items'][number];

interface HotServicesProps {
  section: Home['hotServices'];
  onOpen?: (service: HotService) => void;
}

// Cycled icon tints so the grid reads as distinct tiles without per-service artwork.
const TINTS = ['blue', 'teal', 'orange', 'purple'] as const;

/** Home card: a grid of the most used services; a notice when the catalogue is down. */
export function HotServices({ section, onOpen }: HotServicesProps) {
  const { t } = useI18n();
  return (
    <Card id='home-hot-services' title={t('home.hotServices.title')}>
      {section.status === 'degraded' ? (
        <Notice id='home-hot-services-degraded' kind='degraded' text={t('common.degraded')} />
      ) : section.data.items.length === 0 ? (
        <Text className='zsb-muted'>{t('common.empty')}</Text>
      ) : (
        <View className='zsb-services' {...a11y('list', undefined, false)}>
          {section.data.items.map((s, i) => (
            <View key={s.code} className='zsb-services__cell' {...a11y('listitem', undefined, false)}>
              <View
                id={`service-${s.code}`}
                className='zsb-service'
                onClick={() => onOpen?.(s)}
                {...a11y('button', s.name)}
              >
                <View className={`zsb-service__icon zsb-service__icon--${TINTS[i % TINTS.length]}`} aria-hidden='true'>
                  <Text>{s.name.slice(0, 1)}</Text>
                </View>
                <Text className='zsb-service__name'>{s.name}</Text>
              </View>
            </View>
          ))}
        </View>
      )}
    </Card>
  );
}
