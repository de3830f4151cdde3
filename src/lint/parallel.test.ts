import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';
import { readSiteFiles } from './lint-site';
import { runFirstPass } from './parallel';
import { fixturesDir, formatMessages } from './testing/lint-fixture';

/** Fixtures with parse errors, remark-lint messages with causes, front matter and every kind of fact. */
const fixtures = ['parse-error', 'style-rules', 'translation-mirrors', 'broken-anchor-in-fragment'];

/** First-pass facts and messages of some fixtures, serially or in workers only. */
async function firstPass(workers: number): Promise<{ messages: string[]; facts: unknown[]; byWorkers: number }> {
  const messages: string[] = [];
  const facts: unknown[] = [];
  let byWorkers = 0;
  for (const name of fixtures) {
    const config = resolveConfig({ siteDir: path.join(fixturesDir, name), locales: ['en', 'ko'] });
    const files = readSiteFiles(config.siteDir);
    byWorkers += (await runFirstPass(files, config, { workers, mainThread: workers === 0 })).byWorkers;
    messages.push(...formatMessages(files).map((message) => `${name}: ${message}`));
    facts.push(...files.map((file) => file.data.docsFacts));
  }
  return { messages, facts, byWorkers };
}

describe('runFirstPass', () => {
  // Each fixture starts a worker, which takes a second to load TypeScript on a busy machine.
  it('gives the same facts and messages in worker threads as on this thread', { timeout: 30_000 }, async () => {
    const serial = await firstPass(0);
    const parallel = await firstPass(1);
    expect(serial.messages.length).toBeGreaterThan(5);
    expect(serial.facts.filter(Boolean).length).toBeGreaterThan(20);
    expect(serial.byWorkers).toBe(0);
    expect(parallel.byWorkers).toBe(serial.facts.length);
    expect(parallel.messages).toEqual(serial.messages);
    expect(parallel.facts).toEqual(serial.facts);
  });
});
