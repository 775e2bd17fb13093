import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { inject } from 'vitest';
import type { LayoutNode, LayoutSnapshot } from '../../../src/game/layout-geometry';
import { launchFreshChromium } from './chromium';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screenshots');
const DESIGN = { width: 1280, height: 720 };

/**
 * Makes every download of a built chunk (`assets/<name>-<hash>.js`, under any query: a retry asks for
 * it under a new URL) fail, as offline on a first visit, and counts them, until `restore()`.
 */
export async function failChunk(
  page: Page,
  name: string,
): Promise<{ readonly asked: number; restore(): Promise<void> }> {
  const url = new RegExp(`/assets/${name}-[^/?]+\\.js(\\?.*)?$`);
  let asked = 0;
  const fail = (route: Route) => {
    asked++;
    return route.abort();
  };
  await page.route(url, fail);
  return {
    get asked() {
      return asked;
    },
    restore: () => page.unroute(url, fail),
  };
}

export interface GameSession {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  waitForScene(key: string): Promise<void>;
  /** Clicks a point given in the game's 1280×720 design space, with a real mouse. */
  clickDesign(x: number, y: number): Promise<void>;
  /**
   * Clicks, with a real mouse, the control the scene shows under this name (its label or description);
   * with `row`, the one of that name nearest the line of the text `row` (toggles all say "On" / "Off").
   */
  clickControl(name: string, options?: { row?: string }): Promise<void>;
  /** Presses a real key and waits until the game has processed it (Phaser handles input per frame). */
  press(key: string): Promise<void>;
  screenshot(name: string): Promise<Buffer>;
  close(): Promise<void>;
}

export interface OpenOptions {
  query?: string;
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  locale?: string;
  serviceWorkers?: 'allow' | 'block';
}

/**
 * Waits for three drawn game steps: Phaser queues DOM input and handles it in a later step, and a calm
 * scene (the Title) steps less often than the display refreshes. Three animation frames where the page
 * has no test hook.
 */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    'window.__phoenix ? window.__phoenix.afterSteps(3) : new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done))))',
  );
}

/** Launches Debian's (or Playwright's) Chromium with a fresh profile and opens the built game. */
export async function openGame(options: OpenOptions = {}): Promise<GameSession> {
  const browser = await launchFreshChromium({
    executablePath: inject('chromiumPath'),
    viewport: options.viewport ?? { width: 1280, height: 720 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: options.locale ?? 'en-US',
    ...(options.serviceWorkers === undefined ? {} : { serviceWorkers: options.serviceWorkers }),
    extraArgs: ['--autoplay-policy=no-user-gesture-required'],
  });
  const { context, page } = browser;
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  await page.goto(`${inject('baseUrl')}${options.query ?? '?e2e'}`);

  const session: GameSession = {
    context,
    page,
    errors,
    async waitForScene(key) {
      await page.waitForFunction(
        (expected) =>
          window.__phoenix?.ready === true && window.__phoenix.scene === expected && window.__phoenix.settled,
        key,
        { timeout: 20_000 },
      );
    },
    async clickDesign(x, y) {
      const box = await page.locator('canvas').boundingBox();
      if (!box) throw new Error('No canvas on the page');
      await page.mouse.click(
        box.x + (x / DESIGN.width) * box.width,
        box.y + (y / DESIGN.height) * box.height,
      );
      await nextFrames(page);
    },
    async clickControl(name, options = {}) {
      const snapshot = (await page.evaluate(() => window.__phoenix?.layout())) as LayoutSnapshot | undefined;
      const nodes = snapshot?.nodes ?? [];
      const middle = (n: LayoutNode) => ({
        x: (n.rect.left + n.rect.right) / 2,
        y: (n.rect.top + n.rect.bottom) / 2,
      });
      const controls = nodes.filter((n) => n.kind === 'control' && n.name === name);
      const row =
        options.row === undefined ? null : nodes.find((n) => n.kind === 'text' && n.name === options.row);
      if (options.row !== undefined && !row) throw new Error(`No text "${options.row}" on screen`);
      const target = row
        ? controls.sort(
            (a, b) => Math.abs(middle(a).y - middle(row).y) - Math.abs(middle(b).y - middle(row).y),
          )[0]
        : controls.length === 1
          ? controls[0]
          : undefined;
      if (!target) throw new Error(`No single control "${name}" on screen (found ${controls.length})`);
      const at = middle(target);
      await session.clickDesign(at.x, at.y);
    },
    async press(key) {
      await page.keyboard.press(key);
      await nextFrames(page);
    },
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      return page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
    },
    close: () => browser.close(),
  };
  return session;
}

/** Counts distinct colours and the share of non-background pixels in a PNG, decoded in the page. */
export async function pixelStats(
  page: Page,
  png: Buffer,
): Promise<{ distinctColors: number; nonBackground: number }> {
  return page.evaluate(async (base64) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colors = new Set<number>();
    let nonBackground = 0;
    const background = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
    for (let i = 0; i < data.length; i += 16) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      colors.add((r << 16) | (g << 8) | b);
      if (
        Math.abs(r - (background[0] ?? 0)) +
          Math.abs(g - (background[1] ?? 0)) +
          Math.abs(b - (background[2] ?? 0)) >
        30
      )
        nonBackground++;
    }
    return { distinctColors: colors.size, nonBackground: nonBackground / (data.length / 16) };
  }, png.toString('base64'));
}
