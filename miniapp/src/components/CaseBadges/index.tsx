import { Text } from '@tarojs/components';
import type { CaseSummary } from '@zsb/shared/contracts/cases';
import type { CaseStatus } from '@zsb/shared/domain/case-status';
import { useI18n } from '../../hooks/useI18n';
import { ToneBadge, type Tone } from '../ToneBadge';
import './index.css';

// Color groups: waiting on the office, waiting on the applicant, done well, refused.
type CaseTone = Exclude<Tone, 'mute'>;
const TONE: Record<CaseStatus, CaseTone> = {
  submitted: 'info', pre_review: 'info', accepted: 'info', processing: 'info',
  correction_required: 'warn', awaiting_payment: 'warn', completed: 'ok', delivered: 'ok', rejected: 'bad',
};
const GLYPH: Record<CaseTone, string> = { info: '…', warn: '!', ok: '✓', bad: '×' };

/** A case status as text, glyph and color (已提交 … 已送达). */
export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useI18n();
  const tone = TONE[status];
  return <ToneBadge tone={tone} glyph={GLYPH[tone]} text={t(`cases.status.${status}`)} className='zsb-case-status' status={status} />;
}

/** The working-day countdown to the promised date; nothing once the office has finished. */
export function DeadlineBadge({ deadline, dueDate }: Pick<CaseSummary, 'deadline' | 'dueDate'>) {
  const { t } = useI18n();
  const { state, workingDaysLeft } = deadline;
  if (state === 'stopped' || !dueDate) return null;
  const days = Math.abs(workingDaysLeft ?? 0);
  const text = state === 'paused' ? t('cases.deadline.paused')
    : state === 'overdue' ? t('cases.deadline.overdue', { days })
    : workingDaysLeft === 0 ? t('cases.deadline.dueToday')
    : t(state === 'near' ? 'cases.deadline.near' : 'cases.deadline.on_track', { days });
  return (
    <Text className={`zsb-deadline zsb-deadline--${state}`} data-deadline={state} data-days={workingDaysLeft ?? ''}>
      {text}
    </Text>
  );
}
