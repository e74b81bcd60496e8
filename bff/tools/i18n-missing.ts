/*
 * Lists missing translations:  cd bff && npm run i18n:missing   (add `-- --all` for every text)
 *
 * - service item names in en/fr/ja (every item among the 100 most used must have one),
 * - 一件事 bundles (names, descriptions, questions, options, notices),
 * - recurring guide texts per section (conditions, materials, procedure, fee, place, result, FAQs, tips),
 *   counted by how many items show them,
 * - departments and districts,
 * - error codes without a sentence for problem titles (bff/src/platform/i18n/error-texts.ts),
 * - mini-program keys without a text in a language.
 * Exits 1 when something the app promises is missing (top-100 names, bundle names, error sentences, app keys).
 * Missing texts are never shown as keys: the BFF falls back to 简体中文 and marks it (`untranslated`).
 */
import { ERROR_CODES } from '@zsb/shared/errors';
import { TRANSLATED_LANGUAGES } from '@zsb/shared/domain/content-language';
import { CITY, DEPARTMENTS, DISTRICTS } from '@zsb/shared/domain/regions';
import { loadDataset } from '../src/features/catalog/dataset/dataset';
import { translatePhrase, itemName } from '../src/features/catalog/catalog.i18n';
import { BUNDLES } from '../src/features/bundles/bundles.data';
import { ERROR_TEXTS } from '../src/platform/i18n/error-texts';
import { LANGUAGES, SIMPLIFIED_CHINESE, hasMessage, loadLanguage } from '../../miniapp/src/i18n/index';

const all = process.argv.includes('--all');
const TOP = 100;
let failed = false;
const missingIn = (zh: string, tr: (zh: string, l: 'en' | 'fr' | 'ja') => string | undefined) => TRANSLATED_LANGUAGES.filter((l) => tr(zh, l) === undefined);

function section(title: string, rows: string[], promised: boolean, limit = all ? Infinity : 15): void {
  const mark = rows.length === 0 ? 'ok' : promised ? 'MISSING' : 'untranslated (shown in 简体中文, marked)';
  console.log(`\n## ${title}: ${rows.length === 0 ? 'none missing' : `${rows.length} ${mark}`}`);
  for (const r of rows.slice(0, limit)) console.log(`  ${r}`);
  if (rows.length > limit) console.log(`  … ${rows.length - limit} more (--all)`);
  if (promised && rows.length > 0) failed = true;
}

const { items, initialUsage } = loadDataset();
const byUsage = [...items].sort((a, b) => (initialUsage[b.code] ?? 0) - (initialUsage[a.code] ?? 0) || (a.code < b.code ? -1 : 1));

// Item names.
const topMissing = byUsage.slice(0, TOP).filter((i) => missingIn(i.name, itemName).length > 0);
section(`Item names among the ${TOP} most used`, topMissing.map((i) => `${i.code} ${i.name} (${missingIn(i.name, itemName).join(', ')})`), true);
const names = new Map<string, number>();
for (const i of byUsage.slice(TOP)) if (missingIn(i.name, itemName).length > 0) names.set(i.name, (names.get(i.name) ?? 0) + 1);
section('Other item names', [...names].map(([n, c]) => `${n} (${c} item${c > 1 ? 's' : ''})`), false);

// Bundles.
const bundleTexts = BUNDLES.flatMap((b) => [
  { where: `${b.code} name`, zh: b.name, promised: true },
  { where: `${b.code} description`, zh: b.description, promised: false },
  ...b.notice.map((n) => ({ where: `${b.code} notice`, zh: n, promised: false })),
  ...b.questions.flatMap((q) => [
    { where: `${b.code} question ${q.key}`, zh: q.text, promised: false },
    ...(q.help ? [{ where: `${b.code} help ${q.key}`, zh: q.help, promised: false }] : []),
    ...q.options.map((o) => ({ where: `${b.code} option ${q.key}.${o.value}`, zh: o.label, promised: false })),
  ]),
]);
const bundleMissing = bundleTexts.filter((t) => missingIn(t.zh, translatePhrase).length > 0);
section('一件事 bundle names', bundleMissing.filter((t) => t.promised).map((t) => `${t.where}: ${t.zh}`), true);
section('一件事 bundle texts', bundleMissing.filter((t) => !t.promised).map((t) => `${t.where}: ${t.zh}`), false);

// Guide texts per section, counted by the items that show them.
const sections: Record<string, (i: (typeof items)[number]) => (string | null)[]> = {
  conditions: (i) => i.conditions,
  materials: (i) => i.materials.flatMap((m) => [m.name, m.condition, m.sourceNote, m.note]),
  procedure: (i) => i.procedure.flatMap((p) => [p.name, p.description, p.actor]),
  fee: (i) => [i.fee.standard],
  'place.hours': (i) => [i.place.hours],
  result: (i) => [i.result.name],
  faqs: (i) => i.faqs.flatMap((f) => [f.question, f.answer]),
  tips: (i) => i.tips,
  implementingBody: (i) => [i.implementingBody],
};
for (const [name, pick] of Object.entries(sections)) {
  const counts = new Map<string, number>();
  for (const i of items) for (const t of new Set(pick(i))) if (t && missingIn(t, translatePhrase).length > 0) counts.set(t, (counts.get(t) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1]).map(([t, c]) => `${c}× ${t}`);
  const shownBy = items.filter((i) => pick(i).some((t) => t && counts.has(t))).length;
  section(`Guide ${name} (${shownBy} of ${items.length} items show some in 简体中文)`, rows, false);
}
section('Guide place.address, place.window, legalBasis, form', ['kept in 简体中文 on purpose (addresses, windows, laws and application forms); marked untranslated'], false, 1);

// Departments and districts.
const places = [...DEPARTMENTS, CITY, ...DISTRICTS].filter((p) => missingIn(p.name, translatePhrase).length > 0);
section('Departments and districts', places.map((p) => `${p.code} ${p.name}`), false);

// Error sentences.
const errors = ERROR_CODES.filter((c) => !ERROR_TEXTS[c] || ERROR_TEXTS[c]!.some((t) => !t));
section('Error codes without a sentence (run tools/error-texts.generate.ts after adding them to the app)', errors, true);

// Mini-program keys (every language's texts, and 简体中文's beyond the first screen, load on demand).
await Promise.all(LANGUAGES.map((l) => loadLanguage(l)));
const keys: string[] = [];
for (const lang of LANGUAGES) for (const key of Object.keys(SIMPLIFIED_CHINESE)) if (!hasMessage(lang, key)) keys.push(`${lang} ${key}`);
section('Mini-program texts', keys, true);

console.log(failed ? '\nSome promised translations are missing.' : '\nEvery promised translation is there.');
process.exit(failed ? 1 : 0);
