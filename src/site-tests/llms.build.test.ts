import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../lib/locales';
import { localeDir } from './build-output';

describe.each(locales)('llms.txt and Markdown copies, locale %s', (locale) => {
  const dir = localeDir(locale);
  const llms = fs.readFileSync(path.join(dir, 'llms.txt'), 'utf8');
  const links = [...llms.matchAll(/\]\((https?:\/\/[^)]+\.md)\)/gu)].map((match) => new URL(match[1]!).pathname);

  it('lists every guide, each with a Markdown copy that exists', () => {
    expect(links).toContain(`${locale === 'en' ? '' : `/${locale}`}/quick-starts/next-app-router.md`);
    for (const link of links) {
      expect(fs.existsSync(path.join(localeDir('en'), link)), link).toBe(true);
    }
  });

  it('composes fragments into the Markdown instead of importing them', () => {
    const guide = fs.readFileSync(path.join(dir, 'quick-starts/next-app-router.md'), 'utf8');
    expect(guide).not.toMatch(/^import \w+ from '(@fragments\/|\.\/_)/mu);
    expect(guide).not.toContain('<Installation');
    expect(guide).not.toMatch(/\{#[a-z-]+\}/u);
    // The installation fragment's prop reached the composed text.
    expect(guide).toContain('npm install @logto/next');
    expect(guide).toContain('handleSignIn');
  });

  it('puts every page into llms-full.txt', () => {
    const full = fs.readFileSync(path.join(dir, 'llms-full.txt'), 'utf8');
    expect(full.match(/^Source: /gmu)?.length).toBe(links.length);
  });
});
