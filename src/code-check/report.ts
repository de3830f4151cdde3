import type { CodeCheckResult } from './check-code';
import { formatDiagnostic } from './diagnostics';

/** The report for a terminal: one line per problem, then fence counts per locale and the time taken. */
export function formatTextReport(result: CodeCheckResult): string {
  const problems = result.diagnostics.map(formatDiagnostic);
  const width = Math.max(0, ...Object.keys(result.locales).map((locale) => locale.length));
  const counts = Object.entries(result.locales).map(([locale, count]) => {
    const reused = count.checked - count.compiled;
    const checked = `${count.checked} checked${reused > 0 ? ` (${reused} identical to a fence compiled already)` : ''}`;
    const rest = `${count.optedOut} opted out, ${count.otherLanguages} in other languages`;
    return `  ${locale.padEnd(width)}  ${checked}, ${rest}`;
  });
  const errors = result.diagnostics.length;
  const found = errors === 0 ? 'No errors' : `${errors} error${errors === 1 ? '' : 's'}`;
  const summary = `${found} in ${(result.durationMs / 1000).toFixed(1)} s.`;
  const separator = problems.length > 0 ? [''] : [];
  return [...problems, ...separator, 'TypeScript and JavaScript code fences:', ...counts, summary, ''].join('\n');
}

/** The report as JSON, for CI annotations and editors. */
export function formatJsonReport(result: CodeCheckResult): string {
  return `${JSON.stringify(
    {
      diagnostics: result.diagnostics.map((diagnostic) => ({ ...diagnostic, text: formatDiagnostic(diagnostic) })),
      locales: result.locales,
      durationMs: Math.round(result.durationMs),
    },
    null,
    2,
  )}\n`;
}
