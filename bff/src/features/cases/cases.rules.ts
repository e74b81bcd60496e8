import type { FormData, FormSchema } from '@zsb/shared/contracts/catalog';
import { CASE_STATUS_NAMES, type CaseStatus } from '@zsb/shared/domain/case-status';
import { maskTextAnswer } from '@zsb/shared/domain/free-text';
import { maskIdNumber, maskPhone } from '@zsb/shared/domain/masking';
import { isProvisional } from '@zsb/shared/domain/working-days';

/** Pure rules of the cases feature that are not the status machine itself. */

/** 办件编号: `ZSB` + the China-time submission date + a six-digit sequence, e.g. `ZSB20260316000042`. */
export function caseNumber(chinaDate: string, sequence: number): string {
  return `ZSB${chinaDate.replaceAll('-', '')}${String(sequence % 1_000_000).padStart(6, '0')}`;
}

/**
 * The submitted form as responses show it, to the applicant and the clerk alike: ID numbers and phone
 * numbers masked, and typed text masked where it is an account number (收款银行账号) or carries
 * personal data. The application page never sends a masked value back (it asks for it again).
 */
export function maskFormData(schema: FormSchema | null, data: FormData): FormData {
  const types = new Map((schema?.fields ?? []).map((f) => [f.key, f.type]));
  const out: FormData = {};
  for (const [key, value] of Object.entries(data)) {
    const type = types.get(key);
    if (typeof value === 'string' && value && type === 'idNumber') out[key] = maskIdNumber(value);
    else if (typeof value === 'string' && value && type === 'phone') out[key] = maskPhone(value);
    else if (typeof value === 'string' && value && (type === 'text' || type === 'textarea')) out[key] = maskTextAnswer(value);
    else out[key] = value;
  }
  return out;
}

/** The in-app route of a case page; message links point here. */
export function caseLink(caseId: string): string {
  return `/cases/pages/detail/index?id=${encodeURIComponent(caseId)}`;
}

export interface CaseStepMessage {
  kind: 'case_status';
  title: string;
  body: string;
  link: string;
}

/**
 * What the applicant is told when their case reaches `to`. `from` tells a resubmission after
 * correction apart from the first submission. Texts are Chinese: the message center stores them as sent.
 */
export function caseStepMessage(args: {
  caseId: string;
  caseTitle: string;
  number: string;
  from: CaseStatus | null;
  to: CaseStatus;
  note: string | null;
  dueDate: string | null;
}): CaseStepMessage {
  const { caseTitle, number, from, to, note, dueDate } = args;
  const subject = `「${caseTitle}」（办件编号 ${number}）`;
  // A date in a year whose holiday schedule is not published yet may still move: say so.
  const due = dueDate ? `承诺办结日期：${dueDate}${isProvisional(dueDate) ? '（暂定，以当年节假日安排为准）' : ''}。` : '';
  const sentences: Record<CaseStatus, string> = {
    submitted: from === 'correction_required' ? `${subject}的补正材料已提交，等待重新预审。${due}` : `${subject}已提交。${due}`,
    pre_review: `${subject}已进入预审。`,
    accepted: from === 'awaiting_payment' ? `${subject}已缴费，进入办理。${due}` : `${subject}已受理。${due}`,
    awaiting_payment: `${subject}已受理，请在线缴纳费用后办理。`,
    correction_required: `${subject}需要补正，请按以下要求一次补齐后重新提交：${note ?? ''}`,
    rejected: from === 'accepted' || from === 'processing'
      ? `${subject}不予办理。理由：${note ?? ''}（如已缴费，费用将原路退回）` : `${subject}不予受理。理由：${note ?? ''}`,
    processing: `${subject}正在办理中。${due}`,
    completed: `${subject}已办结。`,
    delivered: `${subject}的办理结果已送达。`,
  };
  const extra = note && to !== 'correction_required' && to !== 'rejected' ? `备注：${note}` : '';
  return {
    kind: 'case_status',
    title: `${CASE_STATUS_NAMES[to]}：${caseTitle}`,
    body: sentences[to] + extra,
    link: caseLink(args.caseId),
  };
}

/**
 * Whether a clerk's transition request repeats the move that is already the case's last step: same
 * clerk, same target, same note, from the status the clerk saw. A double tap is then answered like the
 * first tap instead of with a conflict; a different move (another clerk, target or note) still conflicts.
 */
export function repeatsLastStep(
  current: CaseStatus,
  last: { fromStatus: CaseStatus | null; toStatus: CaseStatus; actorRole: string; actorUserId: string | null; note: string | null } | undefined,
  request: { clerkUserId: string; to: CaseStatus; note: string | null; expectedStatus?: CaseStatus },
): boolean {
  if (!last || current !== request.to || last.toStatus !== request.to) return false;
  if (last.actorRole !== 'staff' || last.actorUserId !== request.clerkUserId || last.note !== request.note) return false;
  return request.expectedStatus === undefined || request.expectedStatus === last.fromStatus;
}
