import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { CaseDetail } from '@zsb/shared/contracts/cases';
import type { FormData, FormField } from '@zsb/shared/contracts/catalog';
import { useI18n } from '../../hooks/useI18n';
import { Card } from '../Card';
import { CaseMaterials } from '../CaseMaterials';
import { CaseRow } from '../CaseRow';
import { CaseStatusBadge, DeadlineBadge } from '../CaseBadges';
import { CaseTimeline } from '../CaseTimeline';
import { CasePayment } from '../CasePayment';
import { CaseShipment } from '../CaseShipment';
import { chinaTime } from '../../services/time';
import { FieldList, type FieldRow } from '../FieldList';
import './index.css';

interface CaseDetailViewProps {
  detail: CaseDetail;
  onOpenChild: (caseId: string) => void;
  /** Shown right under the summary: a correction request, the clerk's actions… */
  top?: ReactNode;
  /** The applicant's pay button (shown while the fee is due). */
  onPay?: () => void;
  /** The applicant's pickup code (shown while the result waits at the window). */
  onShowPickupCode?: () => void;
}

/** A form value as text: options by their label, checkboxes as 是/否, money in yuan. */
function display(field: FormField | undefined, value: FormData[string], t: ReturnType<typeof useI18n>['t']): string {
  if (value === null || value === undefined || value === '') return t('cases.detail.empty');
  if (typeof value === 'boolean') return value ? t('cases.detail.yes') : t('cases.detail.no');
  if (field?.type === 'money' && typeof value === 'number') return `${(value / 100).toFixed(2)} ${t('cases.apply.yuan')}`;
  return field?.options?.find((o) => o.value === value)?.label ?? String(value);
}

/** Everything about one case, for the applicant and the clerk alike. */
export function CaseDetailView({ detail: c, onOpenChild, top, onPay, onShowPickupCode }: CaseDetailViewProps) {
  const { t } = useI18n();
  const summary: FieldRow[] = [
    { key: 'number', label: t('cases.detail.number'), value: c.number },
    ...(c.departmentName ? [{ key: 'department', label: t('cases.detail.department'), value: c.departmentName }] : []),
    { key: 'applicant', label: t('cases.detail.applicant'), value: `${c.applicant.name} ${c.applicant.idNumber}`, masked: true },
    { key: 'submittedAt', label: t('cases.detail.submittedAt'), value: chinaTime(c.submittedAt) },
    ...(c.dueDate ? [{ key: 'dueDate', label: t('cases.detail.dueDate'), value: c.dueDate }] : []),
  ];
  const fields = new Map((c.formSchema?.fields ?? []).map((f) => [f.key, f]));
  const formRows: FieldRow[] = c.form
    ? Object.entries(c.form).map(([key, value]) => ({
      key: `form-${key}`, label: fields.get(key)?.label ?? key, value: display(fields.get(key), value, t),
      masked: typeof value === 'string' && value.includes('*'),
    }))
    : [];
  return (
    <View id='case-detail' data-case-id={c.id} data-status={c.status}>
      <Card id='case-summary'>
        <View className='zsb-case__head'>
          <Text className='zsb-case__title'>{c.title}</Text>
          <CaseStatusBadge status={c.status} />
        </View>
        <View className='zsb-case__deadline'>
          <DeadlineBadge deadline={c.deadline} dueDate={c.dueDate} />
        </View>
        <FieldList rows={summary} />
      </Card>
      {top}
      {c.payment ? <CasePayment payment={c.payment} onPay={c.status === 'awaiting_payment' ? onPay : undefined} /> : null}
      {c.shipment ? <CaseShipment shipment={c.shipment} onShowPickupCode={onShowPickupCode} /> : null}
      {c.children.length ? (
        <View id='case-children'>
          <Text className='zsb-case__section'>{t('cases.detail.children')}</Text>
          {c.children.map((child, i) => (
            <CaseRow key={child.id} id={`child-${i}`} item={child} subtitle={child.departmentName ?? undefined} onOpen={(x) => onOpenChild(x.id)} />
          ))}
        </View>
      ) : null}
      {formRows.length ? (
        <Card id='case-form' title={t('cases.detail.form')}>
          <FieldList rows={formRows} />
        </Card>
      ) : null}
      {c.materials.length ? (
        <Card title={t('cases.detail.materials')}>
          <CaseMaterials materials={c.materials} />
        </Card>
      ) : null}
      <Card title={t('cases.detail.timeline')}>
        <CaseTimeline events={c.timeline} />
      </Card>
    </View>
  );
}
