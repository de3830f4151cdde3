/**
 * `npm run bench:pages`: Lighthouse (mobile emulation and simulated throttling, its defaults) in
 * Debian's Chromium on the gallery and the Next.js App Router guide in English, Korean and Japanese,
 * and on the doc page of a stock Docusaurus classic site built here, in the same three locales, as
 * the baseline. Prints the median of each figure over the runs, then the targets of issue 8 and
 * whether they hold; each page's JavaScript is compared with the stock page in its own locale.
 *
 * Measures a production build, so run `npm run build` first (or point `SITE_BUILD_DIR` at one).
 *
 *   npm run bench:pages -- [--runs 3] [--scripts] [--rebuild-baseline]
 *
 * A benchmark, not a test: it always exits 0 once it has measured, whatever the figures.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localeConfigs, type Locale } from '../../lib/locales';
import { pagefindBundleDir } from '../../plugins/docusaurus-plugin-pagefind';
import { chromiumPath } from '../../e2e/browser';
import { compressedFile, siteWideHeaders, startStaticServer } from '../../e2e/static-server';
import { baselinePagePath, buildBaselineSite } from './baseline-site';
import { runLighthouse, type PageMetrics } from './lighthouse-run';
import { checkTargets, formatColumns, formatSummaries, formatTargetChecks, kib, summarize } from './report';

const repositoryDir = path.join(__dirname, '..', '..', '..');

/** The production build to measure; CI or a developer may have built it elsewhere. */
const siteBuildDir = path.resolve(process.env.SITE_BUILD_DIR ?? path.join(repositoryDir, 'build'));

/** Pages measured on the site: the gallery and the Next.js App Router guide. */
const sitePaths = ['/quick-starts', '/quick-starts/next-app-router'] as const;
/** Locales measured: the default, and the two whose fonts and text differ most from it. */
const measuredLocales: readonly Locale[] = ['en', 'ko', 'ja'];

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    scripts: { type: 'boolean', default: false },
    'rebuild-baseline': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) {
  throw new Error(`--runs must be a positive integer, not ${args.runs}`);
}

/**
 * A throwaway self-signed certificate for 127.0.0.1 (made with the system's `openssl`), so that both
 * sites are served over HTTPS and HTTP/2 as hosts serve them; Chromium is told to accept it.
 */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pages-tls-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', keyFile, '-out', certFile,
        '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
  } catch (error) {
    throw new Error(`openssl could not make a certificate for the local HTTPS server (apt-get install openssl): ${String(error)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** How many times a run is tried before the benchmark gives up on it. */
const attemptsPerRun = 3;

/**
 * One Lighthouse run, tried again when Lighthouse fails to record it: on a busy machine it now and
 * then loses the page's trace (NO_NAVSTART), which says nothing about the page.
 */
async function runLighthouseWithRetries(url: string): Promise<PageMetrics> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runLighthouse(url);
    } catch (error) {
      if (attempt === attemptsPerRun) {
        throw error;
      }
      log(`  attempt ${attempt} failed, trying again: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** A page to measure and the figures of its runs. */
type MeasuredPage = {
  readonly label: string;
  readonly locale: Locale;
  /** Absolute URL of the page on its local server. */
  readonly url: string;
  readonly runs: PageMetrics[];
};

const log = (line: string) => process.stderr.write(`${line}\n`);

/** A locale's path prefix: `''` for the default locale, `/ko` for Korean. */
const localePrefix = (locale: Locale) => localeConfigs[locale].baseUrl.replace(/\/$/u, '');

/** Brotli size of a locale's Pagefind script, the JavaScript search adds once it loads (0 without search). */
function searchAllowanceBytes(locale: Locale): number {
  const script = path.join(siteBuildDir, localeConfigs[locale].baseUrl, pagefindBundleDir, 'pagefind.js');
  return fs.existsSync(script) ? compressedFile(script, 'br').length : 0;
}

async function main(): Promise<void> {
  for (const locale of measuredLocales) {
    if (!fs.existsSync(path.join(siteBuildDir, localeConfigs[locale].baseUrl, 'quick-starts.html'))) {
      throw new Error(`${siteBuildDir} holds no production build of ${locale}: run \`npm run build\` first, or set SITE_BUILD_DIR.`);
    }
  }
  const baselineBuildDir = await buildBaselineSite({
    projectDir: repositoryDir,
    locales: measuredLocales,
    rebuild: args['rebuild-baseline'],
    log,
  });
  // Both builds are served as static hosts serve them: compressed, over HTTP/2; the site with its own `_headers`.
  const tls = selfSignedCertificate();
  const siteServer = await startStaticServer({ root: siteBuildDir, compress: true, tls, headers: siteWideHeaders(siteBuildDir) });
  const baselineServer = await startStaticServer({ root: baselineBuildDir, compress: true, tls });
  try {
    const pages: MeasuredPage[] = measuredLocales.flatMap((locale) =>
      sitePaths.map((sitePath) => ({
        label: `${localePrefix(locale)}${sitePath}`,
        locale,
        url: `${siteServer.origin}${localePrefix(locale)}${sitePath}`,
        runs: [],
      })),
    );
    const baselines: MeasuredPage[] = measuredLocales.map((locale) => {
      const pagePath = baselinePagePath(locale, measuredLocales[0]!);
      return { label: `baseline ${pagePath}`, locale, url: `${baselineServer.origin}${pagePath}`, runs: [] };
    });
    const all = [...pages, ...baselines];

    log(`Lighthouse on ${all.length} pages x ${runs} runs (load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')})`);
    // Round-robin, so that a burst of load on this shared machine spreads over pages instead of hitting one.
    for (let run = 1; run <= runs; run += 1) {
      for (const page of all) {
        const started = performance.now();
        const metrics = await runLighthouseWithRetries(page.url);
        page.runs.push(metrics);
        log(
          `run ${run}/${runs} ${page.label}: performance ${metrics.performance}, accessibility ${metrics.accessibility}, ` +
            `LCP ${metrics.lcpMs.toFixed(0)} ms, TBT ${metrics.tbtMs.toFixed(0)} ms, JS ${kib(metrics.scriptBytes)}, ` +
            `CPU index ${metrics.benchmarkIndex.toFixed(0)} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
        );
        for (const warning of metrics.runWarnings) {
          log(`  warning: ${warning}`);
        }
      }
    }

    const baselineSummaries = new Map(baselines.map((page) => [page.locale, summarize(page.label, page.runs)]));
    const pageSummaries = pages.map((page) => ({
      ...summarize(page.label, page.runs),
      baseline: baselineSummaries.get(page.locale)!,
      searchAllowanceBytes: searchAllowanceBytes(page.locale),
    }));
    const chromiumVersion = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const { version: lighthouseVersion } = JSON.parse(
      fs.readFileSync(path.join(repositoryDir, 'node_modules/lighthouse/package.json'), 'utf8'),
    ) as { version: string };
    process.stdout.write(
      `\nLighthouse ${lighthouseVersion} in ${chromiumVersion}: mobile emulation, simulated throttling (its defaults); ` +
        `${runs} run(s) per page, median of each figure.\n` +
        `Site: ${siteBuildDir}. Baseline: stock classic site (one doc page, built in ${measuredLocales.join(', ')}) in ${baselineBuildDir}.\n` +
        'Both served from 127.0.0.1 over HTTPS and HTTP/2 with Brotli. CPU index: Lighthouse\'s benchmarkIndex of the host during the run; ' +
        'it drops when the machine is loaded, and TBT rises with it.\n\n',
    );
    process.stdout.write(`${formatSummaries([...pageSummaries, ...baselineSummaries.values()])}\n\n`);
    for (const baseline of baselineSummaries.values()) {
      if (baseline.failedAccessibilityAudits.length > 0) {
        process.stdout.write(`${baseline.label} fails accessibility audits: ${baseline.failedAccessibilityAudits.join(', ')}\n`);
      }
    }
    const checks = checkTargets(pageSummaries);
    process.stdout.write(`\n${formatTargetChecks(checks)}\n\n`);
    const missed = checks.filter((check) => !check.holds).length;
    process.stdout.write(missed === 0 ? 'All targets hold.\n' : `${missed} of ${checks.length} target checks missed.\n`);

    if (args.scripts) {
      for (const page of all) {
        const last = page.runs.at(-1)!;
        process.stdout.write(`\nScripts of ${page.label} (last run):\n`);
        process.stdout.write(
          `${formatColumns(
            ['transferred', 'url'],
            last.scripts.map((script) => [kib(script.transferSize), new URL(script.url).pathname]),
          )}\n`,
        );
      }
    }
  } finally {
    await siteServer.close();
    await baselineServer.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
