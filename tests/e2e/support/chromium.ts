import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

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

export interface FreshChromium {
  context: BrowserContext;
  /** The profile's first tab. */
  page: Page;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

export interface FreshChromiumOptions {
  /** Found (or installed) with ensureChromium when not given. */
  executablePath?: string;
  /** Flags on top of CHROMIUM_ARGS. */
  extraArgs?: string[];
  viewport?: { width: number; height: number } | null;
  deviceScaleFactor?: number;
  locale?: string;
  /** 'block' keeps the game's offline copy out, so a test can make a download fail. */
  serviceWorkers?: 'allow' | 'block';
}

/**
 * A headless Chromium on a new, empty profile — nothing cached, no service worker, no storage — as a
 * first visit is. The benchmarks, the profiler and the browser tests all start their browsers here.
 */
export async function launchFreshChromium(options: FreshChromiumOptions = {}): Promise<FreshChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'phoenix-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: options.executablePath ?? ensureChromium(),
      headless: true,
      viewport: options.viewport === undefined ? { width: 1280, height: 720 } : options.viewport,
      ...(options.deviceScaleFactor === undefined ? {} : { deviceScaleFactor: options.deviceScaleFactor }),
      ...(options.locale === undefined ? {} : { locale: options.locale }),
      ...(options.serviceWorkers === undefined ? {} : { serviceWorkers: options.serviceWorkers }),
      args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return {
      context,
      page,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
