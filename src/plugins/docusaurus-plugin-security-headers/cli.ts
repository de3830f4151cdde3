import path from 'node:path';
import { parseArgs } from 'node:util';
import { searchConfigFrom } from '../../lib/search-config';
import { writeSiteHeaders } from '.';
import { inlineScriptHashesIn } from './inline-scripts';

const usage = [
  'Usage: build:headers [<build folder>]',
  '  Rewrites <build folder>/_headers (default: build/) from the inline scripts of every page under it.',
  '  Run it after merging locales that were built apart (`docusaurus build --locale <l>` on several machines).',
].join('\n');

async function main(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 1) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const siteOutDir = path.resolve(positionals[0] ?? 'build');
  const scriptHashes = await inlineScriptHashesIn(siteOutDir);
  await writeSiteHeaders({ siteOutDir, scriptHashes, search: searchConfigFrom(process.env).engine, earlierHashes: 'drop' });
  process.stdout.write(`Wrote ${path.relative(process.cwd(), path.join(siteOutDir, '_headers'))} with ${scriptHashes.length} inline script hashes\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
