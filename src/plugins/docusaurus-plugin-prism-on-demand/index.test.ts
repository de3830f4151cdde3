import fs from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'webpack';
import { describe, expect, it } from 'vitest';
import pluginPrismOnDemand, { stockPrismClientModule } from '.';

const loaderDir = path.join(__dirname, '..', '..', 'lib', 'prism-on-demand');

/** The aliases the plugin gives one of the two bundles. */
function aliases(isServer: boolean): Record<string, string | false> {
  const plugin = pluginPrismOnDemand();
  const config = plugin.configureWebpack!({} as Configuration, isServer, {} as never, {} as never) as Configuration;
  return config.resolve!.alias as Record<string, string | false>;
}

describe('docusaurus-plugin-prism-on-demand', () => {
  it('turns off theme-classic\'s client module that imports Prism on every page, in both bundles', () => {
    // The client module theme-classic registers, as Docusaurus' generated client-modules.js requires it.
    expect(fs.existsSync(`${stockPrismClientModule}.js`)).toBe(true);
    expect(fs.readFileSync(`${stockPrismClientModule}.js`, 'utf8')).toMatch(/from 'prism-react-renderer'/u);
    for (const isServer of [false, true]) {
      expect(aliases(isServer)[`${stockPrismClientModule}$`]).toBe(false);
    }
  });

  it('gives the server bundle the loader that imports Prism statically, and the browser the on-demand one', () => {
    expect(aliases(true)[`${path.join(loaderDir, 'index')}$`]).toBe(path.join(loaderDir, 'server.ts'));
    expect(Object.values(aliases(false))).not.toContain(path.join(loaderDir, 'server.ts'));
    expect(fs.existsSync(path.join(loaderDir, 'server.ts'))).toBe(true);
  });

  it('starts loading Prism on client-side navigation from its client module', async () => {
    const modules = await pluginPrismOnDemand().getClientModules!();
    expect(modules).toEqual([path.join(__dirname, 'client.ts')]);
    expect(fs.existsSync(modules[0]!)).toBe(true);
  });
});
