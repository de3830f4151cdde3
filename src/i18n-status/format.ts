import type { LocaleStatus, OutdatedFile, StatusReport } from './types';

/** The command that marks a reviewed translation current, as translators type it. */
export const markCurrentCommand = 'npm run i18n:mark-current --';

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Width of the locale column: the longest locale code (`zh-CN`, `pt-BR`). */
const localeWidth = 5;

/** The one-line summary of a locale: `ko     80%  20 of 25 current · 3 outdated (1 without marker) · 2 missing`. */
export function summaryLine(locale: LocaleStatus): string {
  const { counts } = locale;
  const orphans = locale.orphans.length > 0 ? ` · ${plural(locale.orphans.length, 'orphan')}` : '';
  const unmarked = locale.outdated.filter((file) => file.reason === 'unmarked').length;
  const outdated = unmarked > 0 ? `${counts.outdated} outdated (${unmarked} without marker)` : `${counts.outdated} outdated`;
  return `${locale.locale.padEnd(localeWidth)} ${`${locale.percent}%`.padStart(4)}  ${counts.current} of ${locale.total} current · ${outdated} · ${counts.missing} missing${orphans}`;
}

function outdatedLine(file: OutdatedFile): string {
  const why =
    file.reason === 'unmarked'
      ? `no i18n-source marker, source unknown: review against ${file.source}`
      : `English changed: compare with ${file.source}`;
  return `  outdated  ${file.translation}  (${why})`;
}

/** Every file of a locale to work on, one per line: outdated, then missing, then orphans. */
export function workLines(locale: LocaleStatus): string[] {
  return [
    ...locale.outdated.map(outdatedLine),
    ...locale.missing.map((file) => `  missing   ${file.translation}  (translate ${file.source})`),
    ...locale.orphans.map((orphan) => `  orphan    ${orphan}  (no English source: delete it or rename it to mirror one)`),
  ];
}

/** The report for a terminal: a header, then per locale its summary line and the files to work on. */
export function formatTextReport(report: StatusReport): string {
  const first = report.locales[0];
  const lines: string[] = [];
  if (first) {
    const kinds = { page: 0, partial: 0, fragment: 0 };
    for (const file of [...first.current, ...first.outdated, ...first.missing]) {
      kinds[file.kind] += 1;
    }
    lines.push(
      `Translation status of ${plural(first.total, 'English file')} (${plural(kinds.page, 'page')}, ${plural(kinds.partial, 'partial')}, ${plural(kinds.fragment, 'fragment')}):`,
      '',
    );
  }
  for (const locale of report.locales) {
    lines.push(summaryLine(locale), ...workLines(locale));
  }
  if (report.locales.some((locale) => locale.counts.outdated > 0)) {
    lines.push('', `After updating an outdated translation (or reviewing an unmarked one), mark it current: ${markCurrentCommand} <file>...`);
  }
  return `${lines.join('\n')}\n`;
}

/** The report for machines: the {@link StatusReport} as indented JSON. */
export function formatJsonReport(report: StatusReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Whether a report leaves anything to do (outdated, missing or orphan files). */
export function hasWork(report: StatusReport): boolean {
  return report.locales.some(
    (locale) => locale.counts.outdated > 0 || locale.counts.missing > 0 || locale.orphans.length > 0,
  );
}
