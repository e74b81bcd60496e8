import { Image, Text, View } from '@tarojs/components';
import { mandateRoutes } from '../../contracts/mandates';
import { useI18n } from '../../hooks/useI18n';
import { useQuery } from '../../hooks/useQuery';
import { call } from '../../services/api';
import { IS_H5 } from '../../services/env';
import { Card } from '../Card';
import './index.css';

/** For the receiving department: this case was filed for the applicant by someone (代办), and how the applicant consented. */
export function CaseMandate({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const q = useQuery(() => call(mandateRoutes.caseMandate, { params: { id: caseId } }), [caseId]);
  const m = q.data?.mandate;
  if (!m) return null;
  return (
    <Card id='case-mandate' title={t('mandates.staff.title')}>
      <View data-kind={m.kind} data-consent={m.consent ?? ''}>
        <Text className='zsb-case-mandate__line'>{t(`mandates.staff.kind.${m.kind}`, { name: m.agentName })}</Text>
        {m.consent ? <Text className='zsb-case-mandate__line'>{t(m.consent === 'scan' ? 'mandates.consent.scan' : 'mandates.consent.paper')}</Text> : null}
        {m.consentPhotoUrl ? (
          <Image
            id='case-mandate-photo'
            className='zsb-case-mandate__photo'
            src={m.consentPhotoUrl}
            mode='widthFix'
            {...(IS_H5 ? { nativeProps: { alt: t('mandates.staff.photo') } } : { 'aria-label': t('mandates.staff.photo') })}
          />
        ) : null}
      </View>
    </Card>
  );
}
