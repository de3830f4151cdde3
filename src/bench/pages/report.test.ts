import { describe, expect, it } from 'vitest';
import { checkTargets, formatTargetChecks, median, summarize, type PageSummary } from './report';
import type { PageMetrics } from './lighthouse-run';

const run = (overrides: Partial<PageMetrics>): PageMetrics => ({
  performance: 100,
  accessibility: 100,
  lcpMs: 1000,
  tbtMs: 0,
  scriptBytes: 100 * 1024,
  scripts: [],
  failedAccessibilityAudits: [],
  benchmarkIndex: 2000,
  runWarnings: [],
  ...overrides,
});

const summary = (overrides: Partial<PageSummary>): PageSummary => ({
  label: '/page',
  runs: 3,
  performance: 100,
  accessibility: 100,
  lcpMs: 1000,
  tbtMs: 0,
  scriptBytes: 100 * 1024,
  benchmarkIndex: 2000,
  failedAccessibilityAudits: [],
  ...overrides,
});

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow('median of no values');
  });
});

describe('summarize', () => {
  it('takes the median of each figure on its own and every accessibility audit that failed once', () => {
    const summed = summarize('/quick-starts', [
      run({ performance: 90, tbtMs: 500, failedAccessibilityAudits: ['color-contrast'] }),
      run({ performance: 99, tbtMs: 100 }),
      run({ performance: 95, tbtMs: 900, failedAccessibilityAudits: ['link-name', 'color-contrast'] }),
    ]);
    expect(summed).toEqual({
      label: '/quick-starts',
      runs: 3,
      performance: 95,
      accessibility: 100,
      lcpMs: 1000,
      tbtMs: 500,
      scriptBytes: 100 * 1024,
      benchmarkIndex: 2000,
      failedAccessibilityAudits: ['color-contrast', 'link-name'],
    });
  });
});

describe('checkTargets', () => {
  it('compares each page with the targets and its own baseline plus search', () => {
    const baseline = summary({ label: 'baseline /ko/docs/intro', scriptBytes: 140 * 1024 });
    const checks = checkTargets([
      { ...summary({ label: '/ko/quick-starts', performance: 95, scriptBytes: 150 * 1024 }), baseline, searchAllowanceBytes: 10 * 1024 },
      {
        ...summary({ label: '/ko/quick-starts/next', performance: 94, accessibility: 97, failedAccessibilityAudits: ['color-contrast'], scriptBytes: 151 * 1024 }),
        baseline,
        searchAllowanceBytes: 10 * 1024,
      },
    ]);
    expect(formatTargetChecks(checks).split('\n')).toEqual([
      'page                   target                                                                 median                       holds',
      '/ko/quick-starts       performance >= 95                                                      95                           yes',
      '/ko/quick-starts       accessibility = 100                                                    100                          yes',
      '/ko/quick-starts       JS <= 150.0 KiB (baseline /ko/docs/intro 140.0 KiB + search 10.0 KiB)  150.0 KiB (0.0 KiB under)    yes',
      '/ko/quick-starts/next  performance >= 95                                                      94                           NO',
      '/ko/quick-starts/next  accessibility = 100                                                    97 (failed: color-contrast)  NO',
      '/ko/quick-starts/next  JS <= 150.0 KiB (baseline /ko/docs/intro 140.0 KiB + search 10.0 KiB)  151.0 KiB (1.0 KiB over)     NO',
    ]);
  });
});
