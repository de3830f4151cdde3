import { parseArgs } from 'node:util';
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { reporterJson } from 'vfile-reporter-json';
import { projectOptions } from './config';
import { planFixes, writeFixes } from './fix';
import { exitCodeOf, lintSite, summarize } from './lint-site';

const usage = `Usage: npm run lint:docs -- [options] [path...]

Checks docs/, fragments/ and i18n/: imports, links, anchors, heading ids,
translations and fragments. Paths limit what is reported; the whole site is
always loaded.

Options:
  --format <text|json>  report format (default: text, on stderr; json goes to stdout)
  --strict              exit 1 on warnings as well as on errors
  --fix                 add missing heading ids, then check again
  --quiet               leave info messages (missing translations) out of the report
  --site <dir>          the site's root folder (default: the current folder)
  --no-cache            parse every file, ignoring node_modules/.cache/docs-lint
  -h, --help            show this help`;

/** Removes info messages from files about to be reported. */
function withoutInfo(files: readonly VFile[]): void {
  for (const file of files) {
    file.messages = file.messages.filter((message) => message.fatal !== undefined);
  }
}

async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        site: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    process.stderr.write(`Unknown format \`${values.format}\`; expected text or json\n`);
    return 2;
  }
  const options = { ...projectOptions, siteDir: values.site ?? process.cwd(), only: positionals, cache: !values['no-cache'] };
  if (values.fix) {
    const before = await lintSite(options);
    const plan = planFixes(before.site);
    writeFixes(before.site, plan);
    for (const fix of plan.fixes) {
      process.stderr.write(`fixed ${fix.relative}: added ${fix.ids.map((id) => `#${id}`).join(', ')}\n`);
    }
    for (const line of plan.leftAlone) {
      process.stderr.write(`left alone ${line}\n`);
    }
  }
  const result = await lintSite(options);
  if (values.quiet) {
    withoutInfo(result.reported);
  }
  const files = [...result.reported];
  if (values.format === 'json') {
    process.stdout.write(`${reporterJson(files)}\n`);
  } else {
    const report = reporter(files, { quiet: true, color: process.stderr.isTTY === true });
    process.stderr.write(report === '' ? `${files.length} files checked, no messages\n` : `${report}\n`);
  }
  return exitCodeOf(summarize(files), { strict: values.strict });
}

/**
 * Runs `npm run lint:docs` with these arguments, reporting on stderr (and stdout for JSON), and
 * resolves to the exit code. Never rejects: configuration and I/O errors are one line, no stack
 * (content errors are messages, never thrown).
 */
export async function runCli(args: readonly string[]): Promise<number> {
  try {
    return await main([...args]);
  } catch (error) {
    process.stderr.write(`lint:docs: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
