import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import { prismDarkTheme, prismLightTheme } from '../../lib/prism-contrast';
import { prismThemesCss } from '../../lib/prism-css';
import pluginPrismCss, { prismCssPath } from '.';

describe('docusaurus-plugin-prism-css', () => {
  it('writes the stylesheet of the config’s Prism themes into the generated-files folder and loads it on every page', async () => {
    const generatedFilesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-css-'));
    const plugin = pluginPrismCss({ generatedFilesDir } as LoadContext);
    const modules = await plugin.getClientModules?.();
    expect(modules).toEqual([prismCssPath({ generatedFilesDir })]);
    expect(path.dirname(modules![0]!).startsWith(generatedFilesDir)).toBe(true);
    expect(fs.readFileSync(modules![0]!, 'utf8')).toBe(prismThemesCss(prismLightTheme, prismDarkTheme));
    fs.rmSync(generatedFilesDir, { recursive: true, force: true });
  });
});
