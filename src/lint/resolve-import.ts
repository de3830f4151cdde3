import path from 'node:path';
import { defaultLocale } from '../lib/locales';
import { resolveContentImport } from '../lib/page-composition';
import { describeContentFile, fragmentsDir, type ContentFile } from '../lib/site-files';
import { fragmentsPrefix } from '../plugins/remark-fragment-imports/resolve';
import { code, suggestPath } from './messages';
import type { Site } from './site';

/** Where an import specifier leads. */
export type ImportTarget =
  /** A loaded content file (a partial or fragment), by path relative to the site. */
  | { readonly kind: 'content'; readonly relative: string }
  /** An existing file that is not content (a component, JSON, an image). */
  | { readonly kind: 'file'; readonly path: string }
  /** A module the bundler provides: a dependency, `@theme/…`, `@docusaurus/…`. */
  | { readonly kind: 'module' }
  /** Something the checker cannot see before a build (`@generated/…`, `node:` builtins). */
  | { readonly kind: 'unchecked' }
  /** Nothing there: `expected` names what was looked for, `hint` says how to fix it. */
  | { readonly kind: 'missing'; readonly expected: string; readonly hint: string };

/** Extensions webpack tries for an import without one, in Docusaurus' order, plus content. */
const extensions = ['.tsx', '.ts', '.jsx', '.js', '.mdx', '.md', '.json'];

/** The paths the bundler tries for an import, in order (generated as needed: the first usually exists). */
function* candidatesOf(absolutePath: string): Generator<string> {
  yield absolutePath;
  for (const extension of extensions) {
    yield absolutePath + extension;
  }
  for (const extension of extensions) {
    yield path.join(absolutePath, `index${extension}`);
  }
}

/** Resolves a path the way the bundler would: as is, with an extension, or as a folder index. */
function resolvePath(site: Site, absolutePath: string): ImportTarget | undefined {
  for (const candidate of candidatesOf(absolutePath)) {
    if (!site.isFile(candidate)) {
      continue;
    }
    const relative = site.relativeOf(candidate);
    if (relative !== undefined && site.entries.has(relative)) {
      return { kind: 'content', relative };
    }
    return { kind: 'file', path: candidate };
  }
  return undefined;
}

/** The package name of a bare specifier: `react`, `@logto/next` (without a subpath). */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** English fragment specifiers of the site, for suggestions. */
function fragmentSpecifiers(site: Site): string[] {
  return site.memo('fragment-specifiers', '', () =>
    [...site.entries.values()]
      .filter((entry) => entry.content.locale === defaultLocale && entry.content.area === 'fragment')
      .map((entry) => fragmentsPrefix + entry.content.relative.slice(fragmentsDir.length + 1)),
  );
}

/** Hint for a missing relative import of a translation whose English counterpart exists. */
function translationHint(site: Site, importer: ContentFile, relative: string): string | undefined {
  if (importer.locale === defaultLocale) {
    return undefined;
  }
  const counterpart = describeContentFile(site.config.siteDir, relative);
  if (counterpart && counterpart.locale === importer.locale && site.entries.has(counterpart.sourceRelative)) {
    return `translate ${counterpart.sourceRelative} to ${relative} too: a translation's relative imports resolve inside its locale folder (only @fragments falls back to English)`;
  }
  return undefined;
}

function resolveFileImport(site: Site, importer: ContentFile, specifier: string, absolutePath: string): ImportTarget {
  const found = resolvePath(site, absolutePath);
  if (found) {
    return found;
  }
  const relative = site.relativeOf(absolutePath) ?? absolutePath;
  return {
    kind: 'missing',
    expected: relative,
    hint: translationHint(site, importer, relative) ?? `create ${relative} or correct ${code(specifier)}`,
  };
}

/** An `@fragments/...` import, by the fragment `resolveContentImport` chose for the importer's locale. */
function resolveFragment(site: Site, specifier: string, filePath: string): ImportTarget {
  const target = resolvePath(site, filePath);
  if (target) {
    return target;
  }
  const expected = `${fragmentsDir}/${specifier.slice(fragmentsPrefix.length)}`;
  const suggestion = suggestPath(specifier, fragmentSpecifiers(site));
  return {
    kind: 'missing',
    expected,
    hint: suggestion ? `did you mean ${code(suggestion)}?` : `create ${expected} or correct the path`,
  };
}

function resolveTheme(site: Site, specifier: string): ImportTarget {
  const name = specifier.slice(specifier.indexOf('/') + 1);
  const themeRoots = [path.join(site.config.siteDir, 'src', 'theme')];
  const manifest = site.manifest();
  for (const dependency of ['@docusaurus/theme-classic', ...manifest.all]) {
    const dir = dependency.includes('theme') || dependency.includes('docusaurus') ? site.packageDir(dependency) : undefined;
    if (dir) {
      themeRoots.push(path.join(dir, 'lib', 'theme'), path.join(dir, 'src', 'theme'));
    }
  }
  // `@theme-original/` and `@theme-init/` skip the site's own swizzled components.
  const roots = specifier.startsWith('@theme/') ? themeRoots : themeRoots.slice(1);
  if (roots.some((root) => resolvePath(site, path.join(root, name)))) {
    return { kind: 'module' };
  }
  return {
    kind: 'missing',
    expected: `a theme component ${name}`,
    hint: `no installed theme or src/theme/ provides ${code(specifier)}; check the spelling`,
  };
}

function resolveDocusaurus(site: Site, specifier: string): ImportTarget {
  const name = packageNameOf(specifier);
  if (site.manifest().all.has(name)) {
    return { kind: 'module' };
  }
  const core = site.packageDir('@docusaurus/core');
  const exportName = specifier.slice('@docusaurus/'.length);
  if (core && resolvePath(site, path.join(core, 'lib', 'client', 'exports', exportName))) {
    return { kind: 'module' };
  }
  return {
    kind: 'missing',
    expected: `a Docusaurus client module ${exportName}`,
    hint: `${code(specifier)} is neither a Docusaurus client API (such as @docusaurus/Link) nor a dependency in package.json`,
  };
}

function resolvePackage(site: Site, specifier: string): ImportTarget {
  const name = packageNameOf(specifier);
  const manifest = site.manifest();
  if (manifest.dependencies.has(name)) {
    return { kind: 'module' };
  }
  const hint = manifest.all.has(name)
    ? `${code(name)} is only a devDependency; move it to dependencies so the site build has it`
    : `add ${code(name)} to dependencies in package.json, or correct the specifier`;
  return { kind: 'missing', expected: `package ${name} in dependencies`, hint };
}

/** Resolves an import of a content file like the site's bundler does (and as the fragments plugin rewrites it). */
export function resolveImport(site: Site, importer: ContentFile, specifier: string): ImportTarget {
  return site.memo('import', `${importer.relative}\0${specifier}`, () => {
    if (specifier.startsWith('/')) {
      return resolveFileImport(site, importer, specifier, specifier);
    }
    const filePath = resolveContentImport({
      siteDir: site.config.siteDir,
      importer: importer.path,
      specifier,
      fileExists: (candidate) => site.isFile(candidate),
    });
    if (filePath === undefined) {
      return resolveModule(site, specifier);
    }
    return specifier.startsWith(fragmentsPrefix)
      ? resolveFragment(site, specifier, filePath)
      : resolveFileImport(site, importer, specifier, filePath);
  });
}

/** Resolves a specifier that does not depend on the importer (memoized once per site). */
function resolveModule(site: Site, specifier: string): ImportTarget {
  return site.memo('module', specifier, () => {
    if (/^@theme(-original|-init)?\//.test(specifier)) {
      return resolveTheme(site, specifier);
    }
    if (specifier.startsWith('@docusaurus/')) {
      return resolveDocusaurus(site, specifier);
    }
    if (specifier.startsWith('@generated/') || specifier.startsWith('node:')) {
      return { kind: 'unchecked' };
    }
    return resolvePackage(site, specifier);
  });
}

/** The content file an import composes, if it leads to one. */
export function importedContent(site: Site, importer: ContentFile, specifier: string): string | undefined {
  const target = resolveImport(site, importer, specifier);
  return target.kind === 'content' ? target.relative : undefined;
}
