import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCode, createCompilerCache, formatDiagnostic } from '.';

/** One parsed copy of React's, Next's and the SDK's declarations for every fixture. */
const cache = createCompilerCache();

const check = (fixture: string, locales?: readonly string[]) =>
  checkCode({ siteDir: path.join(__dirname, '__fixtures__', fixture), locales, cache });

const messages = (fixture: string, locales?: readonly string[]) => check(fixture, locales).diagnostics.map(formatDiagnostic);

const count = (checked: number, compiled = checked, optedOut = 0, otherLanguages = 0) => ({
  checked,
  compiled,
  optedOut,
  otherLanguages,
});

describe('checkCode', () => {
  it('compiles a correct app router guide: async server component, fragments, fences inside JSX', () => {
    const result = check('correct-app');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.locales).toEqual({ en: count(3, 3, 0, 1) });
  });

  it('reports an await in a component that is not async', () => {
    expect(messages('await-outside-async')).toEqual([
      "docs/quick-starts/next-app-router/README.mdx:24:31 error TS1308: 'await' expressions are only allowed within async functions and at the top levels of modules.",
    ]);
  });

  it('reports misspelled SDK functions, imported and called', () => {
    expect(messages('misspelled-sdk-function')).toEqual([
      `docs/quick-starts/next/README.mdx:10:18 error TS2724: '"@logto/next/server-actions"' has no exported member named 'sigOut'. Did you mean 'signOut'?`,
      "docs/quick-starts/next/README.mdx:24:10 error TS2304: Cannot find name 'getLogtoContxt'.",
    ]);
  });

  it('reports an unknown config key, in TypeScript and in JSDoc-typed JavaScript', () => {
    expect(messages('unknown-config-key')).toEqual([
      "docs/quick-starts/next/README.mdx:16:3 error TS2353: Object literal may only specify known properties, and 'redirectUri' does not exist in type 'LogtoNextConfig'.",
      "docs/quick-starts/next/README.mdx:25:3 error TS2561: Object literal may only specify known properties, but 'reactStrictMod' does not exist in type 'NextConfig'. Did you mean to write 'reactStrictMode'?",
    ]);
  });

  it("honours the SDK's package exports: a wrong subpath fails", () => {
    expect(messages('wrong-import-subpath')).toEqual([
      "docs/quick-starts/next/README.mdx:8:30 error TS2307: Cannot find module '@logto/next/server-action' or its corresponding type declarations.",
    ]);
  });

  it('resolves imports between titled fences of a page and its partials, in reading order', () => {
    // `app/early.ts` is read before the second version of `app/logto.ts`, so it sees the first;
    // `app/api/token.ts` comes after it and imports it through the `@/` alias.
    // A type printed with its file names the fence's path in the app.
    expect(messages('cross-fence-import')).toEqual([
      `docs/quick-starts/next-app-router/README.mdx:50:14 error TS2322: Type 'Promise<typeof import("app/logto")>' is not assignable to type 'number'.`,
      `docs/quick-starts/next-app-router/_integration.mdx:16:10 error TS2305: Module '"./logto"' has no exported member 'apiResource'.`,
    ]);
  });

  it('treats untitled fences as standalone: nothing imports them, and they import nothing relative', () => {
    expect(messages('missing-title-import')).toEqual([
      "docs/quick-starts/next/README.mdx:12:29 error TS2307: Cannot find module './logto' or its corresponding type declarations.",
      "docs/quick-starts/next/README.mdx:18:29 error TS2307: Cannot find module './page' or its corresponding type declarations.",
    ]);
  });

  it('lets a fence opt out with a reason only; a bare nocheck is reported and does not opt out', () => {
    const result = check('nocheck-without-reason');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'docs/quick-starts/next/README.mdx:13:1 error fence-nocheck: `nocheck` needs a reason readers can see: write nocheck="why this code does not compile".',
      "docs/quick-starts/next/README.mdx:14:7 error TS2322: Type 'string' is not assignable to type 'number'.",
      'docs/quick-starts/next/README.mdx:17:1 error fence-nocheck: `nocheck` needs a reason readers can see: write nocheck="why this code does not compile".',
    ]);
    expect(result.locales).toEqual({ en: count(2, 2, 1) });
  });

  it('requires every fence to name its language, and compiles none but scripts', () => {
    const result = check('fence-without-language');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'docs/quick-starts/next/README.mdx:7:1 error fence-language: Code fence has no language: name it after the backticks (```ts, ```bash, ```json, ```text).',
    ]);
    expect(result.locales).toEqual({ en: count(0, 0, 0, 3) });
  });

  it('reports a file that is not MDX at its place and checks the others', () => {
    expect(messages('mdx-parse-error')).toEqual([
      'docs/quick-starts/broken/README.mdx:16:50 error mdx-parse: Cannot parse this file as MDX, so its code fences are not checked: Could not parse expression with acorn',
      "docs/quick-starts/next/README.mdx:8:14 error TS2322: Type 'string' is not assignable to type 'number'.",
    ]);
  });

  it('reports ambient types that cannot be found once, with no place', () => {
    const result = checkCode({
      siteDir: path.join(__dirname, '__fixtures__', 'correct-app'),
      ambientTypes: ['node', 'next', 'no-such-types'],
      cache,
    });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "error TS2688: In the ambient types of every fence: Cannot find type definition file for 'no-such-types'.",
    ]);
  });

  it('checks partials and fragments no page imports, each as an app of its own', () => {
    const result = check('unimported-partial');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "docs/quick-starts/next/_unused.mdx:8:14 error TS2322: Type 'string' is not assignable to type 'number'.",
      "fragments/next/_inner.mdx:2:14 error TS2322: Type 'number' is not assignable to type 'string'.",
      "fragments/next/_orphan fragment.mdx:9:33 error TS2304: Cannot find name 'missing'.",
      "i18n/ko/fragments/next/_orphan fragment.mdx:6:33 error TS2304: Cannot find name 'missing'.",
    ]);
    expect(result.locales).toEqual({ en: count(4), ko: count(1) });
  });
});

describe('checkCode compiles each guide in isolation', () => {
  it("reports a global that only another guide declares: a reader's app has only its own guide's files", () => {
    expect(messages('ambient-per-guide')).toEqual([
      "docs/quick-starts/borrows/README.mdx:10:34 error TS2503: Cannot find namespace 'App'.",
    ]);
  });

  it('lets a guide use the global declarations it writes itself', () => {
    const own = messages('ambient-per-guide').filter((message) => message.startsWith('docs/quick-starts/declares/'));
    expect(own).toEqual([]);
  });
});

describe('checkCode on the final app', () => {
  /** What the check reports in one locale's copy of the guide, given where its fences start. */
  const reports = (dir: string, at: { logto: number; server: number; status: number; complete: number }) => {
    const integration = `${dir}/_integration.mdx`;
    const latest = `the last version of src/logto.ts (${dir}/_api-resources.mdx:${at.complete})`;
    const seen = (fence: number, file: string) =>
      '\nThis is in the final app (the last version of every file, what a reader has after the last step), ' +
      `where the fence at ${integration}:${fence} (${file}) sees ${latest}, not the one at ${integration}:${at.logto}: ` +
      'a later version of a file must keep what earlier fences use from it.';
    const notAssignable = (from: string, to: string) => `Type '${from}' is not assignable to type '${to}'.`;
    return [
      // An import of what the complete `src/logto.ts` no longer exports.
      `${integration}:${at.server + 1}:10 error TS2305: \`baseUrl\` is imported by the fence at ${integration}:${at.server} ` +
        `(src/server.ts) but ${latest} no longer exports it: a later version of a file must keep what earlier fences import from it.`,
      // A use of an export whose type the complete version changed.
      `${integration}:${at.server + 4}:14 error TS2322: ${notAssignable('string', 'number')}${seen(at.server, 'src/server.ts')}`,
      // The same, through a file that passes the export on.
      `${integration}:${at.status + 3}:14 error TS2322: ${notAssignable('string', 'number')}${seen(at.status, 'src/status.ts')}`,
      // A version that a later one replaces is still checked, at its own step.
      `${integration}:${at.status + 9}:14 error TS2322: ${notAssignable('number', 'string')}`,
    ];
  };

  it('reports what a later version of a file breaks in the fences read before it, in every locale', () => {
    const result = check('final-app-drops-export');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      ...reports('docs/quick-starts/node', { logto: 3, server: 19, status: 33, complete: 3 }),
      // The Korean guide changed comments and prose only: compiled once with English, reported at its own lines.
      ...reports('i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/node', {
        logto: 5,
        server: 22,
        status: 36,
        complete: 5,
      }),
    ]);
    expect(result.locales).toEqual({ en: count(7), ko: count(7, 0) });
  });

  it('passes a guide whose later version keeps what earlier fences import', () => {
    const result = check('final-app-keeps-export');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.locales).toEqual({ en: count(7) });
  });
});

describe('checkCode on translations', () => {
  const nullableName = [
    "error TS2322: Type 'Nullable<string> | undefined' is not assignable to type 'string'.",
    "  Type 'undefined' is not assignable to type 'string'.",
  ].join('\n');

  it('maps errors of comment-only translations onto the translated lines without compiling them again', () => {
    const result = check('translated-fences');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `docs/quick-starts/next/_page.mdx:9:20 ${nullableName}`,
      "fragments/next/_sign-in.mdx:6:46 error TS2304: Cannot find name 'label'.",
      // The Korean page adds a comment line and a longer comment before the statement.
      `i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/next/_page.mdx:12:22 ${nullableName}`,
      // A Korean page composes the Korean fragment where it exists.
      "i18n/ko/fragments/next/_sign-in.mdx:8:46 error TS2304: Cannot find name 'label'.",
    ]);
    // Korean differs from English in comments only; Japanese changed the code, so it is compiled.
    expect(result.locales).toEqual({ en: count(3), ko: count(3, 0), ja: count(3) });
  });

  it('narrows to one locale, still composing the English fragments it falls back to', () => {
    const result = check('translated-fences', ['ko']);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `i18n/ko/docusaurus-plugin-content-docs/current/quick-starts/next/_page.mdx:12:22 ${nullableName}`,
      "i18n/ko/fragments/next/_sign-in.mdx:8:46 error TS2304: Cannot find name 'label'.",
    ]);
    expect(result.locales).toEqual({ ko: count(3) });
  });
});
