import path from 'node:path';
import { defaultLocale } from '../lib/locales';
import { describeContentFile, docsDir, i18nDir, localizedDocsDir, type ContentFile } from '../lib/site-files';
import { compose, pagesRendering } from './compose';
import type { LinkFact } from './facts';
import { code, didYouMean } from './messages';
import { normalizeRoute, type Site } from './site';

/** The page a file is checked in: the page itself, or each page that renders a fragment. */
export type PageContext = {
  /** The rendered page file, or `undefined` for a fragment no page renders. */
  readonly page: string | undefined;
  /** The build (locale) the page belongs to. */
  readonly locale: string;
  /** The page's route, against which relative links resolve. */
  readonly route: string | undefined;
};

/** Where a link leads. */
export type LinkResolution =
  /** Not checked: external, `mailto:`, `pathname://`, empty. */
  | { readonly kind: 'skip' }
  /** A doc page; `hash` (decoded, without `#`) is checked against its composed ids. */
  | { readonly kind: 'page'; readonly relative: string; readonly route: string; readonly hash: string | undefined }
  /** An anchor on the page being rendered. */
  | { readonly kind: 'same-page'; readonly hash: string }
  /** Exists, but its anchors cannot be known: a static file, a generated or extra route. */
  | { readonly kind: 'exists' }
  /** Nothing there; `reason` says what was found, what was expected and how to fix it. */
  | { readonly kind: 'broken'; readonly reason: string };

/** The contexts a file's links are checked in (memoized). */
export function pageContexts(site: Site, content: ContentFile): readonly PageContext[] {
  return site.memo('contexts', content.relative, () => {
    const pages = site.isPage(content.relative) ? [content.relative] : pagesRendering(site, content.relative);
    if (pages.length === 0) {
      return [{ page: undefined, locale: content.locale, route: undefined }];
    }
    return pages.map((page) => ({
      page,
      locale: site.entries.get(page)?.content.locale ?? defaultLocale,
      route: site.routeOf(page),
    }));
  });
}

const decode = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** Splits `path?query#hash`. */
function splitUrl(url: string): { pathname: string; hash: string | undefined } {
  const hashIndex = url.indexOf('#');
  const beforeHash = hashIndex === -1 ? url : url.slice(0, hashIndex);
  const queryIndex = beforeHash.indexOf('?');
  return {
    pathname: queryIndex === -1 ? beforeHash : beforeHash.slice(0, queryIndex),
    hash: hashIndex === -1 ? undefined : url.slice(hashIndex + 1),
  };
}

const isExternal = (url: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//');

/** The docs content folders of a locale's build, most specific first (Docusaurus' `contentPaths`). */
function contentDirs(site: Site, locale: string): string[] {
  const english = site.absoluteOf(docsDir);
  return locale === defaultLocale ? [english] : [site.absoluteOf(`${i18nDir}/${locale}/${localizedDocsDir}`), english];
}

/** A link to a `.md`/`.mdx` file. */
type FileLink = {
  /** The file holding the link. */
  readonly from: ContentFile;
  /** The link as written. */
  readonly url: string;
  /** Its decoded path, without query and hash. */
  readonly pathname: string;
  /** The build it is checked in. */
  readonly locale: string;
};

/** Resolves a link to a `.md`/`.mdx` file as Docusaurus' `resolveMarkdownLinkPathname` does. */
function resolveFileLink(site: Site, link: FileLink): string | undefined {
  const { from, pathname, locale } = link;
  const fromDir = path.dirname(from.path);
  const dirs = pathname.startsWith('/')
    ? [...contentDirs(site, locale), site.config.siteDir]
    : pathname.startsWith('./') || pathname.startsWith('../')
      ? [fromDir]
      : [fromDir, ...contentDirs(site, locale), site.config.siteDir];
  for (const dir of dirs) {
    const relative = site.relativeOf(path.join(dir, pathname));
    if (relative !== undefined && site.isRenderedIn(relative, locale)) {
      return relative;
    }
  }
  return undefined;
}

/** Explains why a file link resolves to no page in its build. */
function brokenFileLink(site: Site, link: FileLink): LinkResolution {
  const { from, url, pathname, locale } = link;
  const base = pathname.startsWith('/') ? contentDirs(site, locale)[0]! : path.dirname(from.path);
  const candidate = site.relativeOf(path.join(base, pathname)) ?? pathname;
  if (site.entries.get(candidate)?.content.isPartial) {
    return {
      kind: 'broken',
      reason: `Cannot link to ${code(url)}: ${candidate} is a partial, which has no page; link to the page that renders it`,
    };
  }
  const englishSource = englishCounterpart(site, candidate);
  if (locale !== defaultLocale && englishSource !== undefined) {
    const route = site.routeOf(englishSource);
    return {
      kind: 'broken',
      reason:
        `Cannot find ${code(url)} in the ${locale} build: Docusaurus resolves a translation's file links in its own folder, ` +
        `where ${candidate} does not exist; translate ${englishSource} or link by route${route ? ` ${code(route)}` : ''}`,
    };
  }
  return { kind: 'broken', reason: `Cannot find ${code(url)}: expected a doc page at ${candidate}; correct the path or link by route` };
}

/** The English page a translated doc path mirrors, if that page exists. */
function englishCounterpart(site: Site, relative: string): string | undefined {
  const content = describeContentFile(site.config.siteDir, relative);
  const source = content && content.locale !== defaultLocale && content.area === 'doc' ? content.sourceRelative : undefined;
  return source !== undefined && site.isPage(source) ? source : undefined;
}

/** A route link to resolve. */
type RouteLink = {
  /** The link as written. */
  readonly url: string;
  /** The absolute, normalized route it points to. */
  readonly route: string;
  readonly hash: string | undefined;
  /** The build it is checked in. */
  readonly locale: string;
  /** The page route a relative link was resolved against. */
  readonly base: string | undefined;
};

/** Resolves a route in its locale's build: a page, a static file, a generated or extra route, or nothing. */
function resolveRoute(site: Site, link: RouteLink): LinkResolution {
  const { url, route, hash, locale, base } = link;
  const routes = site.routes(locale);
  const relative = routes.get(route);
  if (relative !== undefined) {
    return { kind: 'page', relative, route, hash };
  }
  const { config } = site;
  const isGenerated = config.generatedRoutePrefixes.some((prefix) => {
    const root = normalizeRoute(prefix);
    return route === root || route.startsWith(`${root}/`);
  });
  if (isGenerated || config.extraRoutes.some((extra) => normalizeRoute(extra) === route)) {
    return { kind: 'exists' };
  }
  if (site.isFile(path.join(site.absoluteOf(config.staticDir), route))) {
    return { kind: 'exists' };
  }
  if (hash !== undefined && routes.has(`${route}#${hash}`)) {
    return {
      kind: 'broken',
      reason: `Cannot find page ${code(url)}: the ${code('#')} in the file name starts an anchor in a URL; write ${code(`${route}%23${hash}`)}`,
    };
  }
  const [, first, rest] = /^\/([^/]+)(\/.*)?$/.exec(route) ?? [];
  if (first !== undefined && config.locales.includes(first) && routes.has(normalizeRoute(rest ?? '/'))) {
    return {
      kind: 'broken',
      reason: `Cannot find page ${code(url)}: links are written without the locale prefix; write ${code(normalizeRoute(rest ?? '/'))} and Docusaurus adds ${code(`/${first}`)}`,
    };
  }
  return {
    kind: 'broken',
    reason:
      `Cannot find page ${code(url)}${base === undefined ? '' : ` (from ${base} it is ${route})`}: no doc has the route ${route} in the ${locale} build, and no static file or generated route matches` +
      didYouMean(route, routes.keys()),
  };
}

/** Resolves one link of `from`, rendered in `context`, the way the site build resolves it. */
export function resolveLink(site: Site, from: ContentFile, link: LinkFact, context: PageContext): LinkResolution {
  const url = link.url.trim();
  if (url === '' || isExternal(url)) {
    return { kind: 'skip' };
  }
  const split = splitUrl(url);
  const pathname = decode(split.pathname);
  const hash = split.hash === undefined ? undefined : decode(split.hash);
  if (pathname === '') {
    return hash ? { kind: 'same-page', hash } : { kind: 'skip' };
  }
  const { locale } = context;
  if (pathname.startsWith('@site/')) {
    // An asset addressed from the site root (Docusaurus turns it into a bundled URL).
    const file = site.absoluteOf(pathname.slice('@site/'.length));
    return site.isFile(file) ? { kind: 'exists' } : { kind: 'broken', reason: `Cannot find ${code(url)}: expected a file at ${site.relativeOf(file) ?? file}` };
  }
  if (link.kind === 'image') {
    const file = pathname.startsWith('/')
      ? path.join(site.absoluteOf(site.config.staticDir), pathname)
      : path.resolve(path.dirname(from.path), pathname);
    return site.isFile(file)
      ? { kind: 'exists' }
      : { kind: 'broken', reason: `Cannot find image ${code(url)}: expected a file at ${site.relativeOf(file) ?? file}` };
  }
  if (/\.mdx?$/i.test(pathname)) {
    if (link.kind === 'jsx') {
      return { kind: 'broken', reason: `${code(`<${link.element ?? 'Link'}>`)} takes a route, not a file: write the page's route instead of ${code(url)}` };
    }
    const fileLink: FileLink = { from, url, pathname, locale };
    if (from.area === 'fragment') {
      const target = resolveFileLink(site, fileLink);
      const route = target === undefined ? undefined : site.routeOf(target);
      return {
        kind: 'broken',
        reason: `Cannot link to the file ${code(url)} from a shared fragment: Docusaurus resolves file links only in docs/; link by route${route ? ` ${code(route)}` : ''}`,
      };
    }
    const target = resolveFileLink(site, fileLink);
    if (target === undefined) {
      return brokenFileLink(site, fileLink);
    }
    return { kind: 'page', relative: target, route: site.routeOf(target) ?? '', hash };
  }
  if (!pathname.startsWith('/') && context.route === undefined) {
    // A relative route in a fragment no page renders: there is nothing to resolve it against.
    return { kind: 'skip' };
  }
  const absolute = pathname.startsWith('/') ? pathname : decode(new URL(pathname, `https://site${context.route}`).pathname);
  const base = pathname.startsWith('/') ? undefined : context.route;
  return resolveRoute(site, { url, route: normalizeRoute(absolute), hash, locale, base });
}

/** The ids a page (or, without a page, the file itself) offers to anchors. */
export function idsOf(site: Site, relative: string): readonly string[] {
  return site.memo('ids', relative, () => compose(site, relative).ids.map((id) => id.id));
}
