/**
 * Plural forms through Intl.PluralRules, in a small subset of ICU MessageFormat:
 * `{count, plural, one {# copy} other {# copies}}` — `#` is the number, `=0 {…}` an exact case,
 * `other` is required. Chinese and Japanese have only `other`; French counts 0 and 1 as `one`.
 */

const rulesCache = new Map<string, Intl.PluralRules>();

function rulesOf(locale: string): Intl.PluralRules {
  let r = rulesCache.get(locale);
  if (!r) rulesCache.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

/** The plural category of `n` in `locale` (one, few, many, other…). */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  return rulesOf(locale).select(n);
}

/** Reads `one {…} other {…}` into a map of cases; braces inside cases may nest one level (`{name}`). */
function parseCases(body: string): Map<string, string> | null {
  const cases = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    while (i < body.length && /\s/.test(body[i]!)) i++;
    if (i >= body.length) break;
    const keyStart = i;
    while (i < body.length && !/[\s{]/.test(body[i]!)) i++;
    const key = body.slice(keyStart, i);
    while (i < body.length && /\s/.test(body[i]!)) i++;
    if (body[i] !== '{' || !key) return null;
    let depth = 0;
    const start = i + 1;
    for (; i < body.length; i++) {
      if (body[i] === '{') depth++;
      else if (body[i] === '}' && --depth === 0) break;
    }
    if (depth !== 0) return null;
    cases.set(key, body.slice(start, i));
    i++;
  }
  return cases.has('other') ? cases : null;
}

/**
 * Replaces every `{name, plural, …}` in `text` with the case `params[name]` selects in `locale`.
 * A parameter that is not a number, or a malformed block, picks `other` / leaves the text as is.
 */
export function formatPlurals(locale: string, text: string, params: Record<string, string | number> = {}): string {
  let out = '';
  let from = 0;
  const re = /\{(\w+),\s*plural,/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // Find the closing brace of the whole block.
    let depth = 0;
    let end = -1;
    for (let i = m.index; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) { end = i; break; }
    }
    if (end < 0) break;
    const cases = parseCases(text.slice(re.lastIndex, end));
    if (!cases) continue;
    const raw = params[m[1]!];
    const n = typeof raw === 'number' ? raw : Number(raw);
    const chosen = Number.isFinite(n) ? cases.get(`=${n}`) ?? cases.get(pluralCategory(locale, n)) ?? cases.get('other')! : cases.get('other')!;
    out += text.slice(from, m.index) + chosen.replace(/#/g, raw === undefined ? '#' : String(raw));
    from = end + 1;
    re.lastIndex = end + 1;
  }
  return out + text.slice(from);
}

/** The parameter names a text uses: `{name}` and `{name, plural, …}` (each once, sorted). */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((x) => x[1]!))].sort();
}
