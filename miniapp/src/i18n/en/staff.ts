import type zh from '../zh-Hans/staff';

export default {
  'staff.queue.open': 'Open',
  'staff.queue.near': 'Due soon',
  'staff.queue.overdue': 'Overdue',
  'staff.queue.empty': 'Nothing to handle',
  'staff.queue.count': '{count} in total',
  'staff.case.title': 'Handle application',
  'staff.case.actions': 'Decision',
  'staff.case.note': 'Note to the applicant',
  'staff.case.notePlaceholder': 'When sending back, list everything to correct; when refusing, give the reason',
  'staff.case.noteRequired': 'Write a note first',
  'staff.case.moved': 'Now “{status}”',
  'staff.case.noActions': 'Nothing left to do on this application',
  'staff.action.pre_review': 'Start pre-review',
  'staff.action.accepted': 'Accept',
  'staff.action.correction_required': 'Send back for correction',
  'staff.action.rejected': 'Refuse',
  'staff.action.processing': 'Start processing',
  'staff.action.completed': 'Complete',
  'staff.action.delivered': 'Mark delivered',
  'staff.action.submitted': 'Resubmit',
} satisfies Record<keyof typeof zh, string>;
