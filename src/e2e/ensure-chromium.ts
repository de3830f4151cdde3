import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { chromiumPath } from './browser';

/** Installs Debian's chromium package when the browser is absent (CI machines start without it). */
function ensureChromium(): void {
  if (fs.existsSync(chromiumPath)) {
    return;
  }
  console.log(`${chromiumPath} not found; installing Debian's chromium package`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
}

ensureChromium();
