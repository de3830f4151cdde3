import { parseArgs } from 'node:util';
import { translatedLocales } from '../lib/locales';
import { formatJsonReport, formatTextReport, hasWork, loadStatus, markCurrent, translationsOf } from '.';

const usage = [
  'Usage:',
  '  i18n:status [--locale <locale>]... [--json] [--strict]',
  '      Per locale: translated and current / outdated / missing, and the files to work on.',
  '      Exits 0 (it is a report); with --strict, exits 1 when anything is outdated, missing or orphaned.',
  '  i18n:mark-current <translated file>...',
  '  i18n:mark-current --locale <locale> --all',
  '      Records that each translation matches the current English (its i18n-source marker).',
].join('\n');

/** Fails on a locale the site does not translate. */
function checkLocales(values: readonly string[]): string | undefined {
  const unknown = values.filter((locale) => !(translatedLocales as readonly string[]).includes(locale));
  return unknown.length > 0 ? `Unknown locale ${unknown.join(', ')} (translated locales: ${translatedLocales.join(', ')})` : undefined;
}

function status(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      locale: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
    },
  });
  const problem = checkLocales(values.locale ?? []);
  if (problem) {
    process.stderr.write(`${problem}\n${usage}\n`);
    return 2;
  }
  // Like tsc and eslint, it works on the folder it runs in (npm runs scripts at the package root).
  const report = loadStatus({ siteDir: process.cwd(), locales: values.locale ?? translatedLocales });
  process.stdout.write(values.json ? formatJsonReport(report) : formatTextReport(report));
  return values.strict && hasWork(report) ? 1 : 0;
}

function markCurrentCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { locale: { type: 'string' }, all: { type: 'boolean', default: false } },
  });
  const siteDir = process.cwd();
  let files: string[];
  if (values.all) {
    const problem = values.locale === undefined ? '--all needs --locale <locale>' : checkLocales([values.locale]);
    if (problem || positionals.length > 0) {
      process.stderr.write(`${problem ?? 'Give either files or --locale <locale> --all, not both'}\n${usage}\n`);
      return 2;
    }
    files = translationsOf({ siteDir, locale: values.locale! });
  } else {
    if (positionals.length === 0 || values.locale !== undefined) {
      process.stderr.write(`${values.locale === undefined ? 'No file given' : '--locale needs --all'}\n${usage}\n`);
      return 2;
    }
    files = positionals;
  }
  // npm runs scripts at the package root; under `npm run`, INIT_CWD is where the translator typed
  // the command. Files found by --all are already relative to the site.
  const typedIn = process.env.npm_lifecycle_event === 'i18n:mark-current' ? process.env.INIT_CWD : undefined;
  const results = markCurrent({ siteDir, files, cwd: values.all ? siteDir : (typedIn ?? siteDir) });
  for (const result of results) {
    if (result.outcome === 'error') {
      process.stderr.write(`error  ${result.message}\n`);
    } else {
      const verb = result.outcome === 'marked' ? 'marked   ' : 'unchanged';
      process.stdout.write(`${verb}  ${result.file}  (current with ${result.source}, ${result.hash})\n`);
    }
  }
  return results.some((result) => result.outcome === 'error') ? 1 : 0;
}

/** `npm run i18n:status` and `npm run i18n:mark-current`: the first argument names the command. */
function main(argv: string[]): number {
  const [command, ...args] = argv;
  try {
    if (command === 'status') {
      return status(args);
    }
    if (command === 'mark-current') {
      return markCurrentCommand(args);
    }
    process.stderr.write(`Unknown command ${command ?? '(none)'}\n${usage}\n`);
    return 2;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
