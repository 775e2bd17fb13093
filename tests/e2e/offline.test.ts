// Offline and install (issue 14): after one visit, the game and the facilitator page load and play with
// the network off, from the service worker's cache; both pages carry a strict Content-Security-Policy.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { type GameSession, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('Offline and install', () => {
  it('plays an act and opens the facilitator page with the network off, after one visit', async () => {
    session = await openGame({ query: '?e2e' });
    const { page, context } = session;
    await session.waitForScene('Title');

    // Installable: a manifest with icons, and a service worker that controls the page.
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      if (!link) return null;
      return (await fetch(link.href)).json();
    });
    expect(manifest).toMatchObject({ name: 'Phoenix Ops', display: 'standalone' });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', () => done(), { once: true }),
        );
      }
    });
    // The precache is complete once the worker is active and controlling; the facilitator page is in it.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      let urls: string[] = [];
      for (const name of names)
        urls = urls.concat((await (await caches.open(name)).keys()).map((r) => r.url));
      return urls;
    });
    // Entries with a revision are stored as `…?__WB_REVISION__=…`.
    expect(cached.some((url) => new URL(url).pathname.endsWith('/facilitator.html'))).toBe(true);
    expect(cached.some((url) => /\/assets\/phaser-[^/]+\.js$/.test(url))).toBe(true);
    // Compressed sound only, in both encodings; the scenes after the Title are separate chunks.
    expect(cached.some((url) => url.endsWith('.ogg'))).toBe(true);
    expect(cached.some((url) => url.endsWith('.mp3'))).toBe(true);
    expect(cached.some((url) => url.endsWith('.wav'))).toBe(false);
    expect(cached.some((url) => /\/assets\/play-scenes-[^/]+\.js$/.test(url))).toBe(true);

    await context.setOffline(true);
    // A class link's query string is the same page, from the cache.
    await page.reload();
    await session.waitForScene('Title');
    // The sound arrives after the Title, from the cache too.
    await page.waitForFunction(() => window.__phoenix?.sounds()['title-loop'] === 'loaded', undefined, {
      timeout: 30_000,
    });
    await page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    const before = await page.evaluate(() => window.__phoenix?.run()?.tick ?? -1);
    // The policy bot plays it, so neither requests (which pause the First Way) nor dialogs hold the clock.
    await page.evaluate(() => window.__phoenix?.playPolicy({ batchSize: 2 }));
    await page.evaluate(() => window.__phoenix?.setSpeed(4));
    await page.waitForFunction((t) => (window.__phoenix?.run()?.tick ?? -1) > t + 3, before, {
      timeout: 30_000,
    });
    await session.screenshot('offline-act');

    await page.goto(`${inject('baseUrl').replace(/\/?$/, '/')}facilitator.html?e2e`);
    await page.waitForFunction(() => window.__facilitator !== undefined, undefined, { timeout: 20_000 });
    expect(await page.locator('body').textContent()).toMatch(/Facilitator/);
    await session.screenshot('offline-facilitator');

    // Offline loads may log the worker's own network misses; nothing else, and no CSP violation.
    expect(session.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });

  it('both pages carry a Content-Security-Policy without eval or inline scripts', async () => {
    session = await openGame({ query: '?e2e' });
    const { page } = session;
    for (const path of ['', 'facilitator.html']) {
      await page.goto(`${inject('baseUrl').replace(/\/?$/, '/')}${path}?e2e`);
      const policy = await page.evaluate(
        () =>
          document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      );
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(policy).not.toMatch(/unsafe-eval/);
      expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
    }
    expect(session.errors).toEqual([]);
  });
});
