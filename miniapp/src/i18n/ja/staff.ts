import type zh from '../zh-Hans/staff';

export default {
  'staff.queue.open': '処理中',
  'staff.queue.near': '期限間近',
  'staff.queue.overdue': '期限超過',
  'staff.queue.empty': '処理が必要な申請はありません',
  'staff.queue.count': '全{count}件',
  'staff.case.title': '申請の処理',
  'staff.case.actions': '処理',
  'staff.case.note': '処理コメント',
  'staff.case.notePlaceholder': '補正のため差し戻す場合は補正が必要な内容をすべて、不受理とする場合はその理由を記入してください',
  'staff.case.noteRequired': '先に処理コメントを入力してください',
  'staff.case.moved': '「{status}」に更新しました',
  'staff.case.noActions': 'この申請に必要な処理はありません',
  'staff.action.pre_review': '事前審査を開始',
  'staff.action.accepted': '受理',
  'staff.action.correction_required': '補正のため差し戻し',
  'staff.action.rejected': '不受理',
  'staff.action.processing': '処理を開始',
  'staff.action.completed': '完了にする',
  'staff.action.delivered': '交付を確認',
  'staff.action.submitted': '再提出',
} satisfies Record<keyof typeof zh, string>;
