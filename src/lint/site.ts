import fs from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { defaultLocale } from '../lib/locales';
import { describeContentFile, docsDir, localizedPathOf, type ContentFile } from '../lib/site-files';
import { contentOf } from './collect-facts';
import type { LintConfig } from './config';
import type { FileFacts } from './facts';

/** One loaded file of the site. */
export type SiteEntry = {
  readonly file: VFile;
  readonly content: ContentFile;
  /** Missing only when the file could not be read. */
  readonly facts: FileFacts | undefined;
};

/** Dependencies declared in the site's `package.json`. */
type PackageManifest = {
  readonly dependencies: ReadonlySet<string>;
  readonly all: ReadonlySet<string>;
};

const toPosix = (value: string): string => value.split(path.sep).join('/');

/** Strips a Docusaurus number prefix (`01-intro` → `intro`) from a path segment. */
const stripNumberPrefix = (segment: string): string => segment.replace(/^\d+\s*[-_.]+\s*/, '') || segment;

/** Normalizes a route: leading slash, no duplicate or trailing slashes (`trailingSlash: false`). */
export function normalizeRoute(route: string): string {
  const collapsed = `/${route}`.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, '') : collapsed;
}

const isCategoryIndex = (fileName: string, dirName: string): boolean => {
  const lower = fileName.toLowerCase();
  return lower === 'readme' || lower === 'index' || fileName === path.posix.basename(dirName);
};

/**
 * The site as the cross-file pass sees it: every loaded file with its facts, routes per locale, and
 * memoized derived data. It never reads a content file; it stats non-content files (static files,
 * components, packages) and caches the answers.
 */
export class Site {
  /** The resolved configuration. */
  readonly config: LintConfig;
  /** Every content file, by path relative to the site. */
  readonly entries: ReadonlyMap<string, SiteEntry>;
  /** Answers of {@link isFile}, by absolute path (content files included: resolution asks again and again). */
  private readonly fileCache = new Map<string, boolean>();
  private readonly memos = new Map<string, Map<string, unknown>>();
  private manifestCache: PackageManifest | undefined;

  /** Indexes the files (those outside the site's content folders are ignored). */
  constructor(files: readonly VFile[], config: LintConfig) {
    this.config = config;
    const entries = new Map<string, SiteEntry>();
    for (const file of files) {
      const content = file.data.docsFacts?.content ?? contentOf(file, config.siteDir);
      if (content && !entries.has(content.relative)) {
        entries.set(content.relative, { file, content, facts: file.data.docsFacts });
      }
    }
    this.entries = entries;
  }

  /** Caches `compute()` under a namespace and key for the lifetime of this site. */
  memo<T>(namespace: string, key: string, compute: () => T): T {
    let cache = this.memos.get(namespace);
    if (!cache) {
      cache = new Map();
      this.memos.set(namespace, cache);
    }
    if (cache.has(key)) {
      return cache.get(key) as T;
    }
    const value = compute();
    cache.set(key, value);
    return value;
  }

  /** Facts of a content file, if it is loaded and was parsed. */
  facts(relative: string): FileFacts | undefined {
    return this.entries.get(relative)?.facts;
  }

  /** Path relative to the site (forward slashes), or `undefined` when outside the site. */
  relativeOf(absolutePath: string): string | undefined {
    const relative = path.relative(this.config.siteDir, absolutePath);
    return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : toPosix(relative);
  }

  /** Absolute path of a path relative to the site. */
  absoluteOf(relative: string): string {
    return path.join(this.config.siteDir, relative);
  }

  /**
   * Whether a file exists: content files are looked up among the loaded files (never on disk, so a
   * run sees one consistent snapshot); anything else is stat-ed once.
   */
  isFile(absolutePath: string): boolean {
    let exists = this.fileCache.get(absolutePath);
    if (exists === undefined) {
      const relative = this.relativeOf(absolutePath);
      if (relative !== undefined && describeContentFile(this.config.siteDir, relative)) {
        exists = this.entries.has(relative);
      } else {
        try {
          exists = fs.statSync(absolutePath).isFile();
        } catch {
          exists = false;
        }
      }
      this.fileCache.set(absolutePath, exists);
    }
    return exists;
  }

  /** Whether a content file is a doc page (rendered on its own, with a route). */
  isPage(relative: string): boolean {
    const entry = this.entries.get(relative);
    return entry !== undefined && entry.content.area === 'doc' && !entry.content.isPartial;
  }

  /** English doc pages, by path. */
  englishPages(): string[] {
    return this.memo('english-pages', '', () =>
      [...this.entries.values()]
        .filter((entry) => entry.content.locale === defaultLocale && this.isPage(entry.content.relative))
        .map((entry) => entry.content.relative),
    );
  }

  /** Every doc page a build renders (English and translated, orphans excluded). */
  renderedPages(): string[] {
    return this.memo('rendered-pages', '', () =>
      [...this.entries.values()]
        .filter((entry) => this.isPage(entry.content.relative) && this.entries.has(entry.content.sourceRelative))
        .map((entry) => entry.content.relative),
    );
  }

  /** The file a build of `locale` renders for an English page: its translation if present, else English. */
  effectiveFile(sourceRelative: string, locale: string): string | undefined {
    const localized = localizedPathOf(sourceRelative, locale);
    if (this.entries.has(localized)) {
      return localized;
    }
    return this.entries.has(sourceRelative) ? sourceRelative : undefined;
  }

  /** Whether the build of `locale` renders this page file (Docusaurus' `sourceToPermalink`). */
  isRenderedIn(relative: string, locale: string): boolean {
    const entry = this.entries.get(relative);
    if (!entry || !this.isPage(relative)) {
      return false;
    }
    return this.effectiveFile(entry.content.sourceRelative, locale) === relative;
  }

  /** The route of a doc page: its `slug`, else its path without `README`/`index` and extension. */
  routeOf(relative: string): string | undefined {
    return this.memo('route', relative, () => {
      const entry = this.entries.get(relative);
      if (!entry || !this.isPage(relative)) {
        return undefined;
      }
      const docPath = entry.content.sourceRelative.slice(docsDir.length + 1);
      const dirName = path.posix.dirname(docPath) === '.' ? '' : path.posix.dirname(docPath);
      const dirSlug = dirName.split('/').map(stripNumberPrefix).join('/');
      const fileName = path.posix.basename(docPath, path.posix.extname(docPath));
      const data = entry.facts?.frontMatter?.data ?? {};
      if (typeof data.slug === 'string' && data.slug.trim() !== '') {
        const slug = data.slug.trim();
        return normalizeRoute(slug.startsWith('/') ? slug : `${dirSlug}/${slug}`);
      }
      if (isCategoryIndex(fileName, dirName)) {
        return normalizeRoute(dirSlug);
      }
      const id = typeof data.id === 'string' ? data.id : stripNumberPrefix(fileName);
      return normalizeRoute(`${dirSlug}/${id}`);
    });
  }

  /** Routes of the build of `locale`, each to the file rendered there. */
  routes(locale: string): ReadonlyMap<string, string> {
    return this.memo('routes', locale, () => {
      const routes = new Map<string, string>();
      for (const source of this.englishPages()) {
        const file = this.effectiveFile(source, locale);
        const route = file === undefined ? undefined : this.routeOf(file);
        if (file !== undefined && route !== undefined && !routes.has(route)) {
          routes.set(route, file);
        }
      }
      return routes;
    });
  }

  /** Dependencies from the site's `package.json` (empty when it has none). */
  manifest(): PackageManifest {
    if (!this.manifestCache) {
      let parsed: unknown = {};
      try {
        parsed = JSON.parse(fs.readFileSync(path.join(this.config.siteDir, 'package.json'), 'utf8'));
      } catch {
        parsed = {};
      }
      const namesOf = (field: string): string[] => {
        const value = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[field] : undefined;
        return typeof value === 'object' && value !== null ? Object.keys(value) : [];
      };
      const dependencies = namesOf('dependencies');
      this.manifestCache = {
        dependencies: new Set(dependencies),
        all: new Set([...dependencies, ...namesOf('devDependencies'), ...namesOf('peerDependencies')]),
      };
    }
    return this.manifestCache;
  }

  /** The installed folder of a package, found the way Node does (walking up from the site). */
  packageDir(name: string): string | undefined {
    return this.memo('package-dir', name, () => {
      let dir = this.config.siteDir;
      for (;;) {
        const candidate = path.join(dir, 'node_modules', name);
        if (this.isFile(path.join(candidate, 'package.json'))) {
          return candidate;
        }
        const parent = path.dirname(dir);
        if (parent === dir) {
          return undefined;
        }
        dir = parent;
      }
    });
  }
}
