import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { createMDXLoaderRule } from '@docusaurus/mdx-loader';
import remarkFragmentImports from '../remark-fragment-imports';
import { fragmentsDir, i18nDir } from '../../lib/site-files';

/** Options of the fragments plugin. */
export type Options = Record<string, never>;

/** Every folder that holds fragments: English `fragments/` and each `i18n/<locale>/fragments/`. */
export function fragmentFolders(siteDir: string): string[] {
  const i18nRoot = path.join(siteDir, i18nDir);
  const localized = fs.existsSync(i18nRoot)
    ? fs
        .readdirSync(i18nRoot, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(i18nRoot, entry.name, fragmentsDir))
    : [];
  return [path.join(siteDir, fragmentsDir), ...localized].map((folder) => folder + path.sep);
}

/**
 * Compiles shared MDX fragments with the same `@fragments` resolution as docs, so a fragment may
 * import another fragment and a localized fragment composes localized fragments. Without it,
 * Docusaurus' fallback MDX loader would compile them without the plugin.
 */
export default async function pluginFragments(context: LoadContext): Promise<Plugin> {
  const { siteDir, siteConfig } = context;
  const rule = await createMDXLoaderRule({
    include: fragmentFolders(siteDir),
    options: {
      useCrossCompilerCache: siteConfig.future.faster.mdxCrossCompilerCache,
      admonitions: true,
      beforeDefaultRemarkPlugins: [[remarkFragmentImports, { siteDir }]],
      staticDirs: siteConfig.staticDirectories.map((dir) => path.resolve(siteDir, dir)),
      siteDir,
      isMDXPartial: () => true,
      isMDXPartialFrontMatterWarningDisabled: true,
      markdownConfig: siteConfig.markdown,
    },
  });
  return {
    name: 'docusaurus-plugin-fragments',
    configureWebpack() {
      return { module: { rules: [rule] } };
    },
  };
}
