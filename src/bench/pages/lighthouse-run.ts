import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunnerResult } from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../e2e/browser';

/**
 * Flags on top of the browser tests' ones, as Lighthouse's own launcher sets them: a page must not
 * be slowed down for being in a background window, and nothing unrelated may run beside it.
 */
const lighthouseChromiumArgs = [
  '--disable-extensions',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--mute-audio',
  // The benchmark's servers use a throwaway self-signed certificate for 127.0.0.1.
  '--ignore-certificate-errors',
];

/** How long Chromium may take to open its DevTools port on a loaded machine. */
const launchTimeoutMs = 60_000;

/** How long the processes of a closed Chromium get to exit before they are killed. */
const exitTimeoutMs = 10_000;

/** Whether any process of the group `pid` leads is still running. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Ends the process group of `pid` (SIGTERM, then SIGKILL) and waits until none of its processes is left. */
async function endProcessGroup(pid: number | undefined): Promise<void> {
  if (pid === undefined || !groupAlive(pid)) {
    return;
  }
  process.kill(-pid, 'SIGTERM');
  const deadline = Date.now() + exitTimeoutMs;
  while (groupAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(-pid, 'SIGKILL');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A Chromium with its DevTools port open, for Lighthouse to drive. */
type DebuggableChromium = { readonly port: number; readonly close: () => Promise<void> };

/** Starts Debian's Chromium with `--remote-debugging-port` in a fresh profile. */
async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: run \`npm run test:e2e\` once, which installs Debian's chromium package.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pages-chromium-'));
  const child = spawn(
    chromiumPath,
    [...chromiumArgs, ...lighthouseChromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
    // Its own process group, so that closing it also ends its helper processes (GPU, network, renderers).
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const close = async () => {
    await endProcessGroup(child.pid);
    try {
      fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (error) {
      process.stderr.write(`warning: could not remove ${userDataDir}: ${String(error)}\n`);
    }
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let stderr = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port within ${launchTimeoutMs} ms:\n${stderr}`)), launchTimeoutMs);
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//u.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited (${code}) before opening its DevTools port:\n${stderr}`));
      });
    });
    // Chromium keeps logging to stderr; drain it so the pipe never fills up.
    child.stderr.resume();
    return { port, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** One script the page downloaded during load. */
export type ScriptTransfer = { readonly url: string; readonly transferSize: number };

/** What one Lighthouse run measured on a page. */
export type PageMetrics = {
  /** Performance category score, 0–100. */
  readonly performance: number;
  /** Accessibility category score, 0–100. */
  readonly accessibility: number;
  /** Largest Contentful Paint (simulated), in milliseconds. */
  readonly lcpMs: number;
  /** Total Blocking Time (simulated), in milliseconds. */
  readonly tbtMs: number;
  /** Bytes of JavaScript transferred during load (the `resource-summary` audit's script row). */
  readonly scriptBytes: number;
  /** The scripts of the load (the `network-requests` audit), largest first. */
  readonly scripts: readonly ScriptTransfer[];
  /** Accessibility audits that failed, by id. */
  readonly failedAccessibilityAudits: readonly string[];
  /** Lighthouse's measure of the host's CPU speed during the run (higher is faster; it drops under load). */
  readonly benchmarkIndex: number;
  /** Lighthouse's warnings about the run, such as a slow host. */
  readonly runWarnings: readonly string[];
};

/** A category score as 0–100; a missing score means Lighthouse could not compute it. */
function categoryScore(result: RunnerResult, id: 'performance' | 'accessibility'): number {
  const score = result.lhr.categories[id]?.score;
  if (typeof score !== 'number') {
    throw new Error(`Lighthouse computed no ${id} score for ${result.lhr.finalDisplayedUrl}`);
  }
  return Math.round(score * 100);
}

/** A metric audit's value; a missing value means the run failed. */
function numericAudit(result: RunnerResult, id: string): number {
  const value = result.lhr.audits[id]?.numericValue;
  if (typeof value !== 'number') {
    throw new Error(`Lighthouse's ${id} audit has no value for ${result.lhr.finalDisplayedUrl}: ${result.lhr.audits[id]?.errorMessage ?? 'missing'}`);
  }
  return value;
}

/** The rows of a table audit (`details.items`); other detail types have none. */
function tableItems(result: RunnerResult, id: string): readonly Record<string, unknown>[] {
  const details = result.lhr.audits[id]?.details;
  if (!details || details.type !== 'table') {
    throw new Error(`Lighthouse's ${id} audit has no table for ${result.lhr.finalDisplayedUrl}`);
  }
  return details.items;
}

/** Reads the figures the benchmark reports out of a Lighthouse result. */
export function metricsOf(result: RunnerResult): PageMetrics {
  const summary = tableItems(result, 'resource-summary').find((item) => item.resourceType === 'script');
  const scripts = tableItems(result, 'network-requests')
    .filter((item) => item.resourceType === 'Script' && typeof item.url === 'string' && typeof item.transferSize === 'number')
    .map((item) => ({ url: item.url as string, transferSize: item.transferSize as number }))
    .sort((a, b) => b.transferSize - a.transferSize);
  const accessibilityRefs = result.lhr.categories.accessibility?.auditRefs ?? [];
  return {
    performance: categoryScore(result, 'performance'),
    accessibility: categoryScore(result, 'accessibility'),
    lcpMs: numericAudit(result, 'largest-contentful-paint'),
    tbtMs: numericAudit(result, 'total-blocking-time'),
    scriptBytes: typeof summary?.transferSize === 'number' ? summary.transferSize : 0,
    scripts,
    failedAccessibilityAudits: accessibilityRefs
      .filter((ref) => ref.weight > 0 && result.lhr.audits[ref.id]?.score !== null && result.lhr.audits[ref.id]?.score !== 1)
      .map((ref) => ref.id),
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
    runWarnings: result.lhr.runWarnings.map(String),
  };
}

/**
 * Runs Lighthouse once on `url` in a fresh Chromium: its default settings, that is mobile emulation
 * and simulated throttling (slow 4G, 4× CPU slowdown), performance and accessibility categories.
 */
export async function runLighthouse(url: string): Promise<PageMetrics> {
  // Lighthouse is an ES module; this file runs as CommonJS under tsx.
  const { default: lighthouse } = await import('lighthouse');
  const chromium = await launchDebuggableChromium();
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) {
      throw new Error(`Lighthouse returned no result for ${url}`);
    }
    if (result.lhr.runtimeError) {
      throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    }
    return metricsOf(result);
  } finally {
    await chromium.close();
  }
}
