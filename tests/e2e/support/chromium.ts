import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags for headless Chromium on these machines: no sandbox as root, no GPU, no network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Where we look for a Chromium, in order: an explicit path, the system's, Playwright's own. */
function candidates(): string[] {
  const fromEnv = [process.env.PHOENIX_CHROMIUM, process.env.CHROME_PATH].filter(
    (path): path is string => !!path,
  );
  const fromPath = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']
    .map((name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim())
    .filter((path) => path !== '');
  let playwrights: string[] = [];
  try {
    playwrights = [chromium.executablePath()];
  } catch {
    // playwright-core has no browser of its own registered: fine.
  }
  return [...fromEnv, ...fromPath, ...playwrights];
}

export function findChromium(): string | null {
  return candidates().find((path) => existsSync(path)) ?? null;
}

function tryInstall(): void {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).stdout.trim() !== '';
  try {
    if (process.platform === 'linux' && isRoot && hasApt) {
      console.log('[e2e] No Chromium found: installing Debian\'s "chromium" with apt-get…');
      execFileSync('apt-get', ['update'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } else {
      console.log('[e2e] No Chromium found: running "npx playwright install chromium"…');
      execFileSync('npx', ['--yes', 'playwright', 'install', 'chromium'], { stdio: 'inherit' });
    }
  } catch {
    // Reported below as one line.
  }
}

/** Finds a Chromium, installing one the platform's way if none is there; throws one clear line if that fails. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  tryInstall();
  const installed = findChromium();
  if (installed) return installed;
  throw new Error(
    'No Chromium for the browser tests: install one (Debian/Ubuntu: "sudo apt-get install -y chromium"; elsewhere: "npx playwright install chromium") or set PHOENIX_CHROMIUM=/path/to/chrome.',
  );
}
