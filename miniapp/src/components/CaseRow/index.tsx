import { Text, View } from '@tarojs/components';
import type { CaseSummary } from '@zsb/shared/contracts/cases';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import { CaseStatusBadge, DeadlineBadge } from '../CaseBadges';
import './index.css';

interface CaseRowProps {
  id: string;
  item: CaseSummary;
  /** Shown under the title, e.g. the applicant's masked name in the staff queue. */
  subtitle?: string;
  onOpen: (item: CaseSummary) => void;
}

/** One case in a list: title, number, status and countdown; the whole row opens it. */
export function CaseRow({ id, item, subtitle, onOpen }: CaseRowProps) {
  const { t } = useI18n();
  return (
    // Always shown in a list (my cases, the staff queue): the list item holds the tappable row.
    <View className='zsb-case-item' {...a11y('listitem', undefined, false)}>
      <View
        id={id}
        className={`zsb-case-row zsb-case-row--${item.deadline.state}`}
        data-case-id={item.id}
        data-status={item.status}
        onClick={() => onOpen(item)}
        {...a11y('button', `${item.title} ${t(`cases.status.${item.status}`)}`)}
      >
        <View className='zsb-case-row__main'>
          <Text className='zsb-case-row__title'>
            {item.kind === 'bundle' ? <Text className='zsb-case-row__tag'>{t('cases.list.bundle')}</Text> : null}
            {item.title}
          </Text>
          <Text className='zsb-case-row__meta'>
            {subtitle ? `${subtitle} · ` : ''}
            {item.number}
          </Text>
          <DeadlineBadge deadline={item.deadline} dueDate={item.dueDate} />
        </View>
        <CaseStatusBadge status={item.status} />
      </View>
    </View>
  );
}
