import { addWorkingDays, chinaDate, type IsoDate } from './working-days';

/*
 * 政府信息公开条例 (2019) 第三十三条: an application is answered within 20 working days of its
 * receipt; when more time is needed, the department may extend once, by at most 20 working days,
 * telling the applicant why. 第五十一条: an applicant who disagrees may apply for 行政复议 (within
 * 60 days of learning of the answer, 行政复议法 第二十条) or sue (within 6 months, 行政诉讼法 第四十六条).
 */

export const DISCLOSURE_ANSWER_WORKING_DAYS = 20;
export const DISCLOSURE_EXTENSION_WORKING_DAYS = 20;
export const REVIEW_DAYS = 60;
export const LITIGATION_MONTHS = 6;

/** The day an application counts as received: the China-time date it arrived. */
export function receivedOn(at: Date | string): IsoDate {
  return chinaDate(at);
}

/** The statutory answer date: 20 working days after the day of receipt (that day not counted). */
export function disclosureDueDate(received: IsoDate): IsoDate {
  return addWorkingDays(received, DISCLOSURE_ANSWER_WORKING_DAYS);
}

/** The answer date after the one extension: 20 more working days after the original due date. */
export function extendedDueDate(due: IsoDate): IsoDate {
  return addWorkingDays(due, DISCLOSURE_EXTENSION_WORKING_DAYS);
}
