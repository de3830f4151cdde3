import type { PageMetrics } from './lighthouse-run';

/** The median of each figure over a page's runs, figure by figure. */
export type PageSummary = {
  readonly label: string;
  readonly runs: number;
  readonly performance: number;
  readonly accessibility: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly scriptBytes: number;
  readonly benchmarkIndex: number;
  /** Accessibility audits that failed in any run. */
  readonly failedAccessibilityAudits: readonly string[];
};

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new Error('median of no values');
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Sums up a page's runs by the median of each figure. */
export function summarize(label: string, runs: readonly PageMetrics[]): PageSummary {
  return {
    label,
    runs: runs.length,
    performance: median(runs.map((run) => run.performance)),
    accessibility: median(runs.map((run) => run.accessibility)),
    lcpMs: median(runs.map((run) => run.lcpMs)),
    tbtMs: median(runs.map((run) => run.tbtMs)),
    scriptBytes: median(runs.map((run) => run.scriptBytes)),
    benchmarkIndex: median(runs.map((run) => run.benchmarkIndex)),
    failedAccessibilityAudits: [...new Set(runs.flatMap((run) => run.failedAccessibilityAudits))].sort(),
  };
}

/** Bytes as KiB with one decimal. */
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** Lays out rows under a header, columns padded to their widest cell. */
export function formatColumns(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((cells) => cells[column]?.length ?? 0)));
  return [header, ...rows].map((cells) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

/** The table the benchmark prints: one row per page, medians. */
export function formatSummaries(summaries: readonly PageSummary[]): string {
  return formatColumns(
    ['page', 'runs', 'performance', 'accessibility', 'LCP', 'TBT', 'JS transferred', 'CPU index'],
    summaries.map((summary) => [
      summary.label,
      String(summary.runs),
      String(summary.performance),
      String(summary.accessibility),
      `${(summary.lcpMs / 1000).toFixed(2)} s`,
      `${summary.tbtMs.toFixed(0)} ms`,
      kib(summary.scriptBytes),
      summary.benchmarkIndex.toFixed(0),
    ]),
  );
}

/** One target on one page, and whether it holds. */
export type TargetCheck = {
  readonly page: string;
  readonly target: string;
  readonly actual: string;
  readonly holds: boolean;
};

/** Targets of issue 8: performance ≥ 95, accessibility 100, JavaScript ≤ the baseline's plus search's. */
export const targets = { minPerformance: 95, accessibility: 100 } as const;

/** A page of the site with what its JavaScript is compared to. */
export type ComparedPage = PageSummary & {
  /** The stock page in the same locale. */
  readonly baseline: PageSummary;
  /** What search may add: the compressed size of the locale's Pagefind script. */
  readonly searchAllowanceBytes: number;
};

/** Checks each page against the targets; the JavaScript budget is its baseline's plus its search allowance. */
export function checkTargets(pages: readonly ComparedPage[]): TargetCheck[] {
  return pages.flatMap((page) => {
    const budget = page.baseline.scriptBytes + page.searchAllowanceBytes;
    return [
      {
        page: page.label,
        target: `performance >= ${targets.minPerformance}`,
        actual: String(page.performance),
        holds: page.performance >= targets.minPerformance,
      },
      {
        page: page.label,
        target: `accessibility = ${targets.accessibility}`,
        actual: `${page.accessibility}${page.failedAccessibilityAudits.length > 0 ? ` (failed: ${page.failedAccessibilityAudits.join(', ')})` : ''}`,
        holds: page.accessibility >= targets.accessibility,
      },
      {
        page: page.label,
        target: `JS <= ${kib(budget)} (${page.baseline.label} ${kib(page.baseline.scriptBytes)} + search ${kib(page.searchAllowanceBytes)})`,
        actual: `${kib(page.scriptBytes)} (${page.scriptBytes <= budget ? `${kib(budget - page.scriptBytes)} under` : `${kib(page.scriptBytes - budget)} over`})`,
        holds: page.scriptBytes <= budget,
      },
    ];
  });
}

/** The target checks as a table, with a verdict column. */
export function formatTargetChecks(checks: readonly TargetCheck[]): string {
  return formatColumns(
    ['page', 'target', 'median', 'holds'],
    checks.map((check) => [check.page, check.target, check.actual, check.holds ? 'yes' : 'NO']),
  );
}
