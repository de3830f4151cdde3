import { resolveContentImport } from '../lib/page-composition';
import type { ContentFile } from '../lib/site-files';
import type { Fence, ParsedFile } from './parse-file';

/** A fence as part of an app, with the file it is written in. */
export type AppFence = {
  /** The file that holds the fence (the page, a partial or a fragment). */
  readonly parsed: ParsedFile;
  /** The fence. */
  readonly fence: Fence;
};

/** The small virtual app of one page: the fences of the page and of every file it composes, in reading order. */
export type App = {
  /** The locale of the page (or of the lone partial) the app is built from. */
  readonly locale: string;
  /** The page, or a partial or fragment no page imports. */
  readonly root: ParsedFile;
  /** Every fence of the composed files, in reading order (a fragment's fences where it is rendered). */
  readonly fences: readonly AppFence[];
};

/** What {@link composeApps} needs. */
export type ComposeOptions = {
  /** Absolute path of the site. */
  readonly siteDir: string;
  /** Every content file of the site (imports resolve among them). */
  readonly files: readonly ContentFile[];
  /** The locales whose pages (and unimported partials) become apps. */
  readonly locales: ReadonlySet<string>;
  /** Reads and parses a content file (memoized by the caller: each file is parsed once). */
  readonly load: (file: ContentFile) => ParsedFile;
};

/**
 * Builds one app per page of the selected locales, following the page's imports transitively:
 * relative and `@site/...` partials, and `@fragments/...` resolved per importer (a Korean page composes Korean
 * fragments where they exist). Then every partial or fragment of those locales that no app
 * composed becomes an app of its own, so no fence goes unchecked.
 */
export function composeApps(options: ComposeOptions): App[] {
  const { siteDir, files, locales, load } = options;
  const byPath = new Map(files.map((file) => [file.path, file]));
  const included = new Set<string>();

  const resolveImport = (importer: ContentFile, specifier: string): ContentFile | undefined => {
    const filePath = resolveContentImport({ siteDir, importer: importer.path, specifier, fileExists: (candidate) => byPath.has(candidate) });
    return filePath === undefined ? undefined : byPath.get(filePath);
  };

  const composeApp = (root: ContentFile): App => {
    const fences: AppFence[] = [];
    const seen = new Set<string>();
    const add = (file: ContentFile): void => {
      seen.add(file.path);
      included.add(file.path);
      const parsed = load(file);
      const byName = new Map<string, ContentFile>();
      const targets: ContentFile[] = [];
      for (const { specifier, locals } of parsed.imports) {
        const target = resolveImport(file, specifier);
        if (target) {
          targets.push(target);
          locals.forEach((name) => byName.set(name, target));
        }
      }
      for (const item of parsed.sequence) {
        if ('fence' in item) {
          fences.push({ parsed, fence: parsed.fences[item.fence]! });
          continue;
        }
        const target = byName.get(item.component);
        if (target && !seen.has(target.path)) {
          add(target);
        }
      }
      // Imported but never rendered: still part of the app, after what the page shows.
      for (const target of targets) {
        if (!seen.has(target.path)) {
          add(target);
        }
      }
    };
    add(root);
    return { locale: root.locale, root: load(root), fences };
  };

  const selected = files.filter((file) => locales.has(file.locale));
  const apps = selected.filter((file) => file.area === 'doc' && !file.isPartial).map(composeApp);
  for (const file of selected) {
    if (!included.has(file.path) && load(file).fences.length > 0) {
      apps.push(composeApp(file));
    }
  }
  return apps;
}
