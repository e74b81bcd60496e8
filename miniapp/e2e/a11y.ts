import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG levels the product promises (2.0 A/AA and the 2.1 AA additions). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'] as const;

const IMPACT_RANK: Record<NonNullable<ImpactValue>, number> = { minor: 0, moderate: 1, serious: 2, critical: 3 };

// Read once per test file: axe-core ships as one plain script that defines `window.axe`.
let axeSource: string | undefined;
function axeScript(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface AxeOptions {
  /** CSS selectors left out of the check: only for third-party internals we cannot change, each with a reason where it is passed. */
  exclude?: string[];
  /** Violations below this impact are dropped; default everything. */
  minImpact?: NonNullable<ImpactValue>;
  /** Rules run besides the WCAG tags, e.g. `color-contrast-enhanced` (AAA, 7:1) where high contrast is promised. */
  rules?: string[];
}

/** A violation reduced to what a failure message needs. */
export interface A11yViolation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * Injects axe-core into the page (once per document) and returns the WCAG 2.0 A/AA and 2.1 AA violations
 * (plus `rules`) of the page on top, at or above `minImpact`.
 */
export async function axeViolations(page: Page, opts: AxeOptions = {}): Promise<A11yViolation[]> {
  // Taro H5 keeps the pages below in the DOM and hides them once the new one is in: check only the page on top.
  await page.waitForFunction(() => [...document.querySelectorAll('.taro_page')].filter((el) => getComputedStyle(el).display !== 'none').length <= 1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeScript());
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: [...WCAG_TAGS] },
    rules: Object.fromEntries((opts.rules ?? []).map((id) => [id, { enabled: true }])),
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    ([exclude, options]) => {
      const w = window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<AxeResults> } };
      const context = exclude.length ? { include: [document], exclude: exclude.map((s) => [s]) } : document;
      return w.axe.run(context, options);
    },
    [opts.exclude ?? [], runOptions] as const,
  );
  const min = IMPACT_RANK[opts.minImpact ?? 'minor'];
  return results.violations
    .filter((v: Result) => IMPACT_RANK[v.impact ?? 'minor'] >= min)
    .map((v: Result) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | '),
        html: n.html.length > 160 ? `${n.html.slice(0, 160)}…` : n.html,
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
}

/** One line per rule and one per offending element: rule id, impact, target selector, what to fix. */
export function formatViolations(violations: A11yViolation[], screen = ''): string {
  if (violations.length === 0) return '';
  const lines = [`${screen ? `${screen}: ` : ''}${violations.length} accessibility rule(s) violated`];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.nodes.length} element(s)) ${v.helpUrl}`);
    for (const n of v.nodes) lines.push(`    ${n.target}\n      ${n.html}\n      ${n.summary}`);
  }
  return lines.join('\n');
}

