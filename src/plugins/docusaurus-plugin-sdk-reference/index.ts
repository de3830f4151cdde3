import { mkdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { TypeDocOptions } from 'typedoc';
import type { PluginOptions as TypedocPluginOptions } from 'docusaurus-plugin-typedoc';
import type { ReferenceSdk } from '../../lib/sdk-reference';

/** Options of the SDK reference plugin. */
export type Options = {
  /** The SDKs to document, each into `<outDir>/<id>/`. */
  readonly sdks: readonly ReferenceSdk[];
  /** The generated docs folder, relative to the site: the `path` of the reference docs instance. */
  readonly outDir: string;
};

/** Options of one `docusaurus-plugin-typedoc` run: TypeDoc's, typedoc-plugin-markdown's and its Docusaurus theme's. */
export type TypedocRunOptions = Partial<TypeDocOptions> & Partial<TypedocPluginOptions>;

/** The options of one `docusaurus-plugin-typedoc` run for one SDK. */
export function typedocOptionsFor(
  sdk: ReferenceSdk,
  paths: { readonly packageDir: string; readonly outDir: string; readonly tsconfig: string },
): TypedocRunOptions {
  return {
    name: sdk.packageName,
    entryPoints: sdk.entryPoints.map((entryPoint) => path.join(paths.packageDir, entryPoint)),
    tsconfig: paths.tsconfig,
    out: path.join(paths.outDir, sdk.id),
    // Sidebar doc ids relative to the docs instance's folder, not the SDK's.
    docsPath: paths.outDir,
    // The SDKs' own declaration files reference types of peer packages TypeDoc need not check.
    skipErrorChecking: true,
    // Every folder's landing page is `index.md`, so Docusaurus gives it the folder's route (`/reference/next`).
    entryFileName: 'index.md',
    // The package README is written for npm and links outside the site.
    readme: 'none',
    // Docusaurus shows the page title, breadcrumbs and "Defined in" are noise for node_modules paths.
    hidePageHeader: true,
    hideBreadcrumbs: true,
    disableSources: true,
    excludePrivate: true,
    excludeProtected: true,
    excludeInternal: true,
    // The SDKs' JSDoc links to symbols of @logto/js that the packages do not re-export: shown as text.
    validation: { notExported: false, invalidLink: true, rewrittenLink: true, unusedMergeModuleWith: true },
    sidebar: { autoConfiguration: true, pretty: true, typescript: false, deprecatedItemClassName: 'typedoc-sidebar-item-deprecated' },
  };
}

/** The landing page of the reference (`/reference`): one link per SDK, with the version documented. */
export function renderReferenceIndex(sdks: readonly { readonly sdk: ReferenceSdk; readonly version: string }[]): string {
  return [
    '---',
    'title: SDK reference',
    'slug: /',
    'sidebar_position: 0',
    'description: Every configuration type and function of the Logto SDKs used in the quick starts, generated from their type declarations.',
    '---',
    '',
    '# SDK reference',
    '',
    'Generated from the type declarations of the SDK versions the quick starts are written and checked against.',
    '',
    ...sdks.map(({ sdk, version }) => `- [\`${sdk.packageName}\`](./${sdk.id}/index.md) ${version}`),
    '',
  ].join('\n');
}

/** One generation per output folder and process: a build of nine locales initializes plugins nine times. */
const generations = new Map<string, Promise<void>>();

/** The file, in the generated folder, that records what it was generated from. */
const stampFile = '.generated-from.json';

/** Version of an installed package, read from its manifest (SDKs' `exports` hide `package.json`). */
async function versionOf(siteDir: string, packageName: string): Promise<string> {
  const manifest = JSON.parse(await fs.readFile(path.join(siteDir, 'node_modules', packageName, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

async function generate(context: LoadContext, options: Options): Promise<void> {
  const { siteDir } = context;
  const outDir = path.join(siteDir, options.outDir);
  const packageDirOf = (sdk: ReferenceSdk) => path.join(siteDir, 'node_modules', sdk.packageName);
  const tsconfig = path.join(siteDir, 'node_modules/.cache/docusaurus-plugin-sdk-reference/tsconfig.json');
  const versions = await Promise.all(options.sdks.map(async (sdk) => ({ sdk, version: await versionOf(siteDir, sdk.packageName) })));

  // Same SDK versions, tools and options as the folder on disk: nothing to do (repeated builds, dev server).
  const stamp = JSON.stringify({
    sdks: versions.map(({ sdk, version }) => ({ ...sdk, version })),
    tools: await Promise.all(['typedoc', 'typedoc-plugin-markdown', 'docusaurus-plugin-typedoc'].map((name) => versionOf(siteDir, name))),
    typedoc: options.sdks.map((sdk) => typedocOptionsFor(sdk, { packageDir: packageDirOf(sdk), outDir, tsconfig })),
  });
  const current = await fs.readFile(path.join(outDir, stampFile), 'utf8').catch(() => undefined);
  if (current === stamp) {
    return;
  }

  // TypeDoc needs a program whose root files are the entry points; it lives outside the content folder.
  await fs.mkdir(path.dirname(tsconfig), { recursive: true });
  await fs.writeFile(
    tsconfig,
    JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: ['node'], skipLibCheck: true, noEmit: true },
      files: options.sdks.flatMap((sdk) => sdk.entryPoints.map((entryPoint) => path.join(packageDirOf(sdk), entryPoint))),
    }),
  );

  // Generate beside the folder and swap it in whole, so that a build running concurrently in the
  // same checkout never reads a half-written reference.
  const staging = `${outDir}.${process.pid}.tmp`;
  await fs.rm(staging, { recursive: true, force: true });
  await fs.mkdir(staging, { recursive: true });
  const { default: pluginTypedoc } = await import('docusaurus-plugin-typedoc');
  // One TypeDoc run at a time: runs share TypeDoc's module state and the CPU anyway.
  for (const sdk of options.sdks) {
    // The plugin's declared options omit TypeDoc's own, which it passes on to TypeDoc unchanged.
    const runOptions = typedocOptionsFor(sdk, { packageDir: packageDirOf(sdk), outDir: staging, tsconfig }) as TypedocPluginOptions;
    await pluginTypedoc(context, runOptions);
    await fs.access(path.join(staging, sdk.id, 'index.md')).catch(() => {
      throw new Error(`TypeDoc wrote no reference for ${sdk.packageName}: see its errors above.`);
    });
  }
  await fs.writeFile(path.join(staging, 'index.md'), renderReferenceIndex(versions));
  await fs.writeFile(path.join(staging, stampFile), stamp);
  const retired = `${outDir}.${process.pid}.old`;
  await fs.rename(outDir, retired).catch(() => undefined);
  await fs.rename(staging, outDir);
  await fs.rm(retired, { recursive: true, force: true });
}

/**
 * Generates the SDK reference (Markdown, for the `reference` docs instance) with
 * docusaurus-plugin-typedoc, once per process however many locales the build has.
 */
export default async function pluginSdkReference(context: LoadContext, options: Options): Promise<Plugin> {
  const key = path.join(context.siteDir, options.outDir);
  // The docs instance checks at its construction, concurrently with this one's, that its folder exists.
  mkdirSync(key, { recursive: true });
  if (!generations.has(key)) {
    generations.set(key, generate(context, options));
  }
  await generations.get(key);
  return { name: 'docusaurus-plugin-sdk-reference' };
}
