import type { SearchConfig } from '../../lib/search-config';

/** A CSP source expression for an inline script, e.g. `'sha256-qCK//dUT…='`. */
export type ScriptHash = `'sha256-${string}'`;

/** What the policy depends on besides the site's own files. */
export type PolicyInputs = {
  /** Hashes of every inline script the built pages run (the color-mode script; the base-URL banner where it is on). */
  readonly scriptHashes: readonly ScriptHash[];
  /** The search engine the build ships: Pagefind runs WebAssembly, DocSearch queries Algolia. */
  readonly search: SearchConfig['engine'];
};

/** Origins DocSearch queries (its `<appId>-dsn.algolia.net` host and the `<appId>-N.algolianet.com` fallbacks). */
const algoliaOrigins = ['https://*.algolia.net', 'https://*.algolianet.com'];

/**
 * The Content-Security-Policy directives, in the order they are written. Everything is same-origin:
 * the site has no third-party script, style, font, frame or tracker.
 */
export function contentSecurityPolicyDirectives(inputs: PolicyInputs): ReadonlyArray<readonly [string, readonly string[]]> {
  const pagefind = inputs.search === 'local';
  return [
    ['default-src', ["'self'"]],
    // Inline scripts by hash only; Pagefind compiles its WebAssembly in a same-origin worker
    // (`pagefind/pagefind-worker.js`), which gets this same policy from its own response.
    ['script-src', ["'self'", ...(pagefind ? ["'wasm-unsafe-eval'"] : []), ...[...new Set(inputs.scriptHashes)].sort()]],
    // `style` attributes are in the prerendered HTML (React and the theme write them); inline
    // `<style>` elements are not, so browsers that know `style-src-elem` allow only the site's
    // stylesheets, and older ones fall back to `style-src`.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['style-src-elem', ["'self'"]],
    ['style-src-attr', ["'unsafe-inline'"]],
    // Infima draws its icons as `data:` SVG backgrounds.
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...(pagefind ? [] : algoliaOrigins)]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** The Content-Security-Policy header value. */
export function contentSecurityPolicy(inputs: PolicyInputs): string {
  return contentSecurityPolicyDirectives(inputs)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Every header the site sends on every response (`/*`), as name → value, in the order they are written. */
export function securityHeaders(inputs: PolicyInputs): ReadonlyArray<readonly [string, string]> {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(inputs)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // For browsers that predate `frame-ancestors`.
    ['X-Frame-Options', 'DENY'],
    // Powerful features the site never uses; only names every current browser knows, since an
    // unknown one is logged as an error on every page.
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** The `'sha256-…'` sources of a policy's `script-src`, e.g. to keep those of locales built earlier. */
export function scriptHashesOf(policy: string): ScriptHash[] {
  const scriptSrc = policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/u))
    .find(([name]) => name?.toLowerCase() === 'script-src');
  return (scriptSrc?.slice(1) ?? []).filter((source): source is ScriptHash => /^'sha256-[A-Za-z0-9+/]+=*'$/u.test(source));
}
