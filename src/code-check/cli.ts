import { parseArgs } from 'node:util';
import { locales } from '../lib/locales';
import { checkCode, formatJsonReport, formatTextReport } from '.';

/** `npm run check:code [-- --locale ko] [--format json]`: compiles the site's code fences. */
function main(): number {
  const usage = 'Usage: check:code [--locale <locale>]... [--format text|json]';
  let values: { locale?: string[]; format?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        locale: { type: 'string', multiple: true },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const unknown = (values.locale ?? []).filter((locale) => !(locales as readonly string[]).includes(locale));
  if (unknown.length > 0 || (values.format !== 'text' && values.format !== 'json')) {
    const problem =
      unknown.length > 0
        ? `Unknown locale ${unknown.join(', ')} (known: ${locales.join(', ')})`
        : `Unknown format ${values.format}`;
    process.stderr.write(`${problem}\n${usage}\n`);
    return 2;
  }
  // Like tsc and eslint, the check works on the folder it runs in (npm runs scripts at the package root).
  try {
    const result = checkCode({ siteDir: process.cwd(), locales: values.locale });
    process.stdout.write(values.format === 'json' ? formatJsonReport(result) : formatTextReport(result));
    return result.diagnostics.length > 0 ? 1 : 0;
  } catch (error) {
    // A failure of the tool itself (an unreadable file, say), not of the content: say what, not where in the code.
    process.stderr.write(`check:code failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

process.exitCode = main();
