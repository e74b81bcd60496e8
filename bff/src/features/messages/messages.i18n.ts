import type { ContentLanguage, TranslatedLanguage } from '@zsb/shared/domain/content-language';
import { CASE_STATUS_NAMES, type CaseStatus } from '@zsb/shared/domain/case-status';
import { toTraditional } from '../../platform/i18n/language';

/*
 * Message texts in the reader's language. Messages are stored as the 简体中文 sentences other
 * features sent; 繁體中文 is converted, and English, French and Japanese are rebuilt from the
 * sentence patterns below (item names through the catalog's translations). A title or body no
 * pattern knows, or one carrying free text typed in Chinese (a clerk's note), stays 简体中文 and is
 * listed in `untranslated`.
 */

type Tr = (zh: string) => string | undefined;
/** "Resident ID card" → "resident ID card" (acronyms keep their capitals). */
const lcFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
type Lang = TranslatedLanguage;
interface Pattern {
  zh: RegExp;
  to: (m: RegExpExecArray, lang: Lang, tr: Tr) => { text: string; original?: boolean } | undefined;
}

const STATUS: Record<CaseStatus, [string, string, string]> = {
  submitted: ['Submitted', 'Déposée', '提出済み'],
  pre_review: ['Being checked', 'En examen préalable', '事前審査中'],
  accepted: ['Accepted', 'Enregistrée', '受理済み'],
  awaiting_payment: ['Awaiting payment', 'En attente de paiement', '支払い待ち'],
  correction_required: ['Correction needed', 'Complément demandé', '補正が必要'],
  rejected: ['Not accepted', 'Irrecevable', '不受理'],
  processing: ['In progress', 'En cours de traitement', '処理中'],
  completed: ['Completed', 'Terminée', '完了'],
  delivered: ['Delivered', 'Remise', '送達済み'],
};
const AT: Record<Lang, 0 | 1 | 2> = { en: 0, fr: 1, ja: 2 };
const statusByName = new Map(Object.entries(CASE_STATUS_NAMES).map(([k, v]) => [v, k as CaseStatus]));

const provisional = (lang: Lang) => ({ en: ' (provisional: the year’s holiday schedule is not published yet)', fr: ' (provisoire : le calendrier des jours fériés de l’année n’est pas encore publié)', ja: '（暫定：その年の祝日日程は未公表）' })[lang];
const due = (m: string | undefined, p: string | undefined, lang: Lang) => (m ? ({ en: ` Promised completion date: ${m}`, fr: ` Date d’achèvement promise : ${m}`, ja: `約束完了日：${m}` })[lang] + (p ? provisional(lang) : '') + (lang === 'ja' ? '。' : '.') : '');

/** The case subject 「title」（办件编号 N）: the item name translated, or undefined. */
function subject(title: string, number: string, lang: Lang, tr: Tr): string | undefined {
  const t = tr(title);
  if (!t) return undefined;
  return ({ en: `“${t}” (case ${number})`, fr: `« ${t} » (dossier ${number})`, ja: `「${t}」（案件番号 ${number}）` })[lang];
}

const SUBJECT = '「(.+)」（办件编号 (\\S+)）';
const DUE = '(?:承诺办结日期：(\\d{4}-\\d{2}-\\d{2})(（暂定，以当年节假日安排为准）)?。)?';
const NOTE = '(?:备注：([\\s\\S]*))?';

function caseBody(re: string, sentence: Record<Lang, string>, opts: { due?: boolean; note?: 'required' | 'extra' } = {}): Pattern {
  return {
    zh: new RegExp(`^${SUBJECT}${re}${opts.due ? DUE : ''}${opts.note === 'extra' ? NOTE : opts.note === 'required' ? '([\\s\\S]*)' : ''}$`),
    to: (m, lang, tr) => {
      const s = subject(m[1]!, m[2]!, lang, tr);
      if (!s) return undefined;
      let text = lang === 'ja' ? `${s}${sentence.ja}` : `${s} ${sentence[lang]}`;
      let original = false;
      const noteAt = opts.note === 'required' ? 3 : opts.due ? 5 : 3;
      if (opts.due) text += due(m[3], m[4], lang);
      const note = m[noteAt];
      if (note) {
        // A clerk's note is free text in Chinese: kept as written, and the message says so.
        text += opts.note === 'required' ? note : ({ en: ` Note: ${note}`, fr: ` Remarque : ${note}`, ja: `備考：${note}` })[lang];
        original = true;
      }
      return { text, original };
    },
  };
}

const BODIES: Pattern[] = [
  caseBody('的补正材料已提交，等待重新预审。', { en: 'has its corrections submitted and awaits a new check.', fr: 'a ses compléments déposés et attend un nouvel examen.', ja: 'の補正書類を提出しました。再審査をお待ちください。' }, { due: true, note: 'extra' }),
  caseBody('已提交。', { en: 'has been submitted.', fr: 'a été déposé.', ja: 'を提出しました。' }, { due: true, note: 'extra' }),
  caseBody('已进入预审。', { en: 'is being checked.', fr: 'est en examen préalable.', ja: 'は事前審査に入りました。' }, { note: 'extra' }),
  caseBody('已受理。', { en: 'has been accepted.', fr: 'a été enregistré.', ja: 'は受理されました。' }, { due: true, note: 'extra' }),
  caseBody('需要补正，请按以下要求一次补齐后重新提交：', { en: 'needs corrections; complete everything below at once and submit again: ', fr: 'doit être complété ; fournissez en une fois tout ce qui suit puis renvoyez-le : ', ja: 'は補正が必要です。以下をまとめて補ってから再提出してください：' }, { note: 'required' }),
  caseBody('不予受理。理由：', { en: 'was not accepted. Reason: ', fr: 'est irrecevable. Motif : ', ja: 'は受理されませんでした。理由：' }, { note: 'required' }),
  caseBody('正在办理中。', { en: 'is in progress.', fr: 'est en cours de traitement.', ja: 'は処理中です。' }, { due: true, note: 'extra' }),
  caseBody('已办结。', { en: 'is completed.', fr: 'est terminé.', ja: 'は完了しました。' }, { note: 'extra' }),
  caseBody('的办理结果已送达。', { en: 'has its result delivered.', fr: 'a son résultat remis.', ja: 'の結果が送達されました。' }, { note: 'extra' }),
  {
    zh: /^(您的|.+的)(.+)将于 (\d{4}-\d{2}-\d{2}) 到期（还有 (\d+) 天），请及时办理换领。$/,
    to: (m, lang, tr) => {
      const kind = tr(m[2]!);
      if (!kind || m[1] !== '您的') return undefined;
      const n = Number(m[4]);
      return { text: ({ en: `Your ${lcFirst(kind)} expires on ${m[3]} (in ${n} day${n === 1 ? '' : 's'}). Please renew it in time.`, fr: `${kind} : expire le ${m[3]} (dans ${n} jour${n <= 1 ? '' : 's'}). Pensez à la renouveler.`, ja: `${kind}は${m[3]}に有効期限が切れます（残り${n}日）。早めに更新してください。` })[lang] };
    },
  },
  {
    zh: /^您申请的偿还住房贷款提取 ([\d.,]+) 元已办结（贷款合同号 (\S+)）。$/,
    to: (m, lang) => ({ text: ({ en: `Your withdrawal of CNY ${m[1]} to repay your home loan is complete (loan contract ${m[2]}).`, fr: `Votre retrait de ${m[1]} yuans pour rembourser votre prêt immobilier est terminé (contrat de prêt ${m[2]}).`, ja: `住宅ローン返済のための引き出し ${m[1]} 元が完了しました（ローン契約番号 ${m[2]}）。` })[lang] }),
  },
];

const TITLES: Pattern[] = [
  {
    zh: /^(已提交|预审中|已受理|需补正|不予受理|办理中|已办结|已送达)：(.+)$/,
    to: (m, lang, tr) => {
      const t = tr(m[2]!);
      const status = statusByName.get(m[1]!);
      return t && status ? { text: `${STATUS[status][AT[lang]]}${lang === 'fr' ? ' : ' : lang === 'ja' ? '：' : ': '}${t}` } : undefined;
    },
  },
  ...([
    ['证照即将到期', 'A certificate expires soon', 'Un titre arrive à échéance', '証照の有効期限が近づいています'],
    ['公积金提取已到账', 'Housing fund withdrawal paid', 'Retrait du fonds de logement versé', '住宅積立金の引き出しが振り込まれました'],
    ['前面还有 3 人', '3 people ahead of you', '3 personnes avant vous', 'あと3人です'],
    ['办理完成，请评价', 'Done: please rate the service', 'Terminé : évaluez le service', '手続き完了：評価をお願いします'],
    ['预约一小时后开始', 'Your appointment starts in one hour', 'Votre rendez-vous commence dans une heure', '予約の1時間前です'],
    ['明天有预约', 'You have an appointment tomorrow', 'Vous avez un rendez-vous demain', '明日は予約があります'],
    ['您的差评已转为整改工单', 'Your poor rating became a work order', 'Votre avis négatif est devenu un dossier de correction', '低評価が改善指示書になりました'],
    ['整改工单期限调整', 'Work order deadline changed', 'Échéance du dossier de correction modifiée', '改善指示書の期限が変更されました'],
    ['承办单位已就您的差评回访', 'The department followed up on your rating', 'Le service a donné suite à votre avis', '担当部署があなたの評価について連絡しました'],
    ['整改已完成，请评价整改结果', 'The correction is done: please rate it', 'La correction est faite : évaluez-la', '改善が完了しました：結果を評価してください'],
  ] as const).map(([zh, en, fr, ja]): Pattern => ({ zh: new RegExp(`^${zh}$`), to: (_m, lang) => ({ text: { en, fr, ja }[lang] }) })),
  {
    zh: /^请到 (\d+) 号窗口$/,
    to: (m, lang) => ({ text: ({ en: `Please go to window ${m[1]}`, fr: `Présentez-vous au guichet ${m[1]}`, ja: `${m[1]}番窓口へお越しください` })[lang] }),
  },
];

function apply(patterns: Pattern[], zh: string, lang: Lang, tr: Tr): { text: string; original?: boolean } | undefined {
  for (const p of patterns) {
    const m = p.zh.exec(zh);
    if (m) return p.to(m, lang, tr);
  }
  return undefined;
}

/** A message's title and body in `lang`, and which of them are (partly) 简体中文. */
export function localizeMessage(m: { title: string; body: string }, lang: ContentLanguage, tr: (zh: string, lang: TranslatedLanguage) => string | undefined): { title: string; body: string; untranslated: string[] } {
  if (lang === 'zh-Hans') return { ...m, untranslated: [] };
  if (lang === 'zh-Hant') return { title: toTraditional(m.title), body: toTraditional(m.body), untranslated: [] };
  const t = (zh: string) => tr(zh, lang);
  const untranslated: string[] = [];
  const title = apply(TITLES, m.title, lang, t);
  const body = apply(BODIES, m.body, lang, t);
  if (!title || title.original) untranslated.push('title');
  if (!body || body.original) untranslated.push('body');
  return { title: title?.text ?? m.title, body: body?.text ?? m.body, untranslated };
}
