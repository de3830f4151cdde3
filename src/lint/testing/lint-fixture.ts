import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { lintSite, type LintSiteOptions } from '../lint-site';

/** Folder of the fixture sites, each named after the behaviour it exercises. */
export const fixturesDir = path.join(__dirname, '..', '__fixtures__');

/** The severity word of a message. */
const severityOf = (message: VFileMessage): string =>
  message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';

/** One message as tests assert it: `file:range: severity reason [source:ruleId]`. */
export function formatMessage(message: VFileMessage): string {
  return `${message.name}: ${severityOf(message)} ${message.reason} [${message.source}:${message.ruleId}]`;
}

/** Every message of some files, formatted and sorted. */
export function formatMessages(files: readonly VFile[]): string[] {
  return files.flatMap((file) => file.messages.map(formatMessage)).sort();
}

/**
 * Lints a fixture site and returns its sorted messages. Unless told otherwise, the site has English
 * and Korean only, and `docs:missing-translation` and `docs:translation-outdated` are off (their
 * tests turn them on): fixtures of other behaviours have untranslated files and unmarked translations.
 */
export async function lintFixture(name: string, options: LintSiteOptions = {}): Promise<string[]> {
  const result = await lintSite({
    locales: ['en', 'ko'],
    ...options,
    rules: { 'docs:missing-translation': 'off', 'docs:translation-outdated': 'off', ...options.rules },
    siteDir: path.join(fixturesDir, name),
  });
  return formatMessages(result.reported);
}
