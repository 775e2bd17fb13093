// Faults a classroom's browsers have: no audio, storage that throws, a hidden tab, a lost WebGL
// context. The game must go on (silently, forgetfully, paused) and say what it can't do.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launchFreshChromium } from './support/chromium';
import { failChunk, type GameSession, nextFrames, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const texts = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.texts() ?? []);
const tick = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.run()?.tick ?? -1);
const translate = (s: GameSession, key: string, options?: Record<string, unknown>) =>
  s.page.evaluate(([k, o]) => window.__phoenix?.translate(k, o) ?? '', [key, options] as const);

/** Opens the game, then reloads it with `script` run before any of the page's own scripts. */
async function openWith(script: string, options: Parameters<typeof openGame>[0] = {}): Promise<GameSession> {
  const s = await openGame(options);
  await s.context.addInitScript(script);
  await s.page.reload();
  return s;
}

/** Starts the First Way (the policy bot plays it, so no story card holds the clock) at 4×. */
async function startActAndRun(s: GameSession): Promise<void> {
  await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
  await s.page.evaluate(() => {
    window.__phoenix?.playPolicy({ batchSize: 2 });
    window.__phoenix?.setSpeed(4);
  });
  const start = await tick(s);
  await s.page.waitForFunction((from) => (window.__phoenix?.run()?.tick ?? -1) > from, start, {
    timeout: 20_000,
  });
}

/** The act's hour does not move for `ms` of real time. */
async function expectHeld(s: GameSession, ms = 2500): Promise<number> {
  const before = await tick(s);
  await s.page.waitForTimeout(ms);
  expect(await tick(s)).toBe(before);
  return before;
}

const NO_AUDIO_CONTEXT = `delete window.AudioContext; delete window.webkitAudioContext;`;
const THROWING_AUDIO_CONTEXT = `
  const refuse = function () { throw new DOMException('AudioContext refused', 'NotAllowedError'); };
  window.AudioContext = refuse;
  window.webkitAudioContext = refuse;`;
const NO_AUDIO_AT_ALL = `${NO_AUDIO_CONTEXT} delete window.Audio; delete window.HTMLAudioElement;`;

describe('Faults', () => {
  it.each([
    ['no AudioContext', NO_AUDIO_CONTEXT, false],
    ['an AudioContext constructor that throws', THROWING_AUDIO_CONTEXT, false],
    ['no audio at all', NO_AUDIO_AT_ALL, true],
  ])('with %s the Title becomes interactive and an act starts', async (_label, script, silent) => {
    session = await openWith(script);
    const s = session;
    await s.waitForScene('Title');
    await s.press('Enter'); // Play (focused)
    await s.waitForScene('ActSelect');
    if (silent) {
      // Settings says the game runs silently.
      await s.page.evaluate(() => window.__phoenix?.goto('Settings'));
      await s.waitForScene('Settings');
      expect(await texts(s)).toContain(await translate(s, 'settings.audioUnavailable'));
    }
    await startActAndRun(s);
    expect(s.errors).toEqual([]);
  });

  it("an act's code that failed to download is downloaded again when the act is asked for", async () => {
    // No offline copy; the acts' code fails as it is fetched behind the Title (a dropped download).
    session = await openGame({ serviceWorkers: 'block' });
    const s = session;
    const actsCode = await failChunk(s.page, 'play-scenes');
    await s.page.reload();
    await s.waitForScene('Title');
    await expect.poll(() => actsCode.asked, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => s.errors.length, { timeout: 15_000 }).toBe(1);
    // Back online: the act starts (some browsers keep a failed import, so it is asked for anew).
    await actsCode.restore();
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 1));
    expect(await s.page.evaluate(() => window.__phoenix?.run()?.scenario)).toBe('first-way');
    expect(s.errors).toEqual(['console: Failed to load resource: net::ERR_FAILED']);
  });

  it('a language that cannot be downloaded leaves the game as it was, says so, and comes when chosen again', async () => {
    // No offline copy; the French strings fail to download (a dropped download, offline on a first visit).
    session = await openGame({ serviceWorkers: 'block' });
    const s = session;
    const french = await failChunk(s.page, 'fr');
    await s.page.evaluate(() => window.__phoenix?.goto('Settings'));
    await s.waitForScene('Settings');
    await s.clickControl('Français');
    const notice = await translate(s, 'faults.languageUnavailable', { language: 'Français' });
    expect(notice).toMatch(/^Français could not be downloaded/);
    await expect.poll(() => texts(s), { timeout: 10_000 }).toContain(notice);
    expect(await s.page.evaluate(() => window.__phoenix?.language)).toBe('en');
    expect(await texts(s)).toContain('Language');
    // The setting is back on the language on screen.
    const stored = () => s.page.evaluate(() => localStorage.getItem('phoenix-ops:settings') ?? '');
    expect(JSON.parse(await stored()).settings.language).toBe('en');
    await s.screenshot('fault-language-unavailable');
    // Back online: choosing it again downloads it (under a new URL where the browser keeps the failure).
    await french.restore();
    await s.clickControl('Français');
    await expect
      .poll(() => s.page.evaluate(() => window.__phoenix?.language), { timeout: 10_000 })
      .toBe('fr');
    await s.waitForScene('Settings');
    expect(await texts(s)).toContain('Langue');
    expect(JSON.parse(await stored()).settings.language).toBe('fr');
    expect(french.asked).toBe(1);
    expect(s.errors).toEqual(['console: Failed to load resource: net::ERR_FAILED']);
  });

  it('a stored language that cannot be downloaded at start opens the game in English, and says so', async () => {
    session = await openGame({ serviceWorkers: 'block', locale: 'de-DE' });
    const s = session;
    await s.waitForScene('Title');
    expect(await s.page.evaluate(() => window.__phoenix?.language)).toBe('de');
    await failChunk(s.page, 'de');
    await s.page.reload();
    await s.waitForScene('Title');
    expect(await s.page.evaluate(() => window.__phoenix?.language)).toBe('en');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    const notice = await translate(s, 'faults.languageUnavailable', { language: 'Deutsch' });
    expect((await texts(s)).filter((text) => text === notice)).toHaveLength(1);
    expect(await texts(s)).toContain('Play');
    expect(s.errors).toEqual(['console: Failed to load resource: net::ERR_FAILED']);
  });

  it('on the facilitator page, a language that cannot be downloaded keeps the page as it was and says so', async () => {
    session = await openGame({ serviceWorkers: 'block' });
    const page = session.page;
    const spanish = await failChunk(page, 'es');
    await page.goto(`${inject('baseUrl')}facilitator.html?e2e`);
    await page.waitForFunction(() => window.__facilitator !== undefined, undefined, { timeout: 20_000 });
    const warning = page.locator('.language-warning');
    expect(await warning.isVisible()).toBe(false);
    await page.selectOption('#language', 'es');
    await expect.poll(() => warning.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await warning.textContent()).toMatch(/^Español could not be downloaded .*the page stays as it is/);
    expect(await page.inputValue('#language')).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await session.screenshot('fault-facilitator-language');
    await spanish.restore();
    await page.selectOption('#language', 'es');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 10_000 })
      .toBe('es');
    expect(await warning.isVisible()).toBe(false);
    expect(await page.inputValue('#language')).toBe('es');
    expect(session.errors).toEqual(['console: Failed to load resource: net::ERR_FAILED']);
  });

  it('with autoplay blocked until a gesture, the game starts silently and plays an act', async () => {
    // openGame allows autoplay; this browser is launched with the policy a school's Chromium has.
    const browser = await launchFreshChromium({
      executablePath: inject('chromiumPath'),
      extraArgs: ['--autoplay-policy=document-user-activation-required'],
    });
    try {
      const { page } = browser;
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${inject('baseUrl')}?e2e`);
      await page.waitForFunction(
        () =>
          window.__phoenix?.ready === true && window.__phoenix.scene === 'Title' && window.__phoenix.settled,
        undefined,
        { timeout: 20_000 },
      );
      await page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
      await page.evaluate(() => {
        window.__phoenix?.playPolicy({ batchSize: 2 });
        window.__phoenix?.setSpeed(4);
      });
      await page.waitForFunction(() => (window.__phoenix?.run()?.tick ?? 0) > 1, undefined, {
        timeout: 20_000,
      });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('on the facilitator page, storage that throws is said: the class will not survive a reload', async () => {
    session = await openWith(
      `const refuse = function () { throw new DOMException('The operation is insecure.', 'SecurityError'); };
       Storage.prototype.getItem = refuse;
       Storage.prototype.setItem = refuse;
       Storage.prototype.removeItem = refuse;`,
    );
    const page = session.page;
    await page.goto(`${inject('baseUrl')}facilitator.html?e2e`);
    await page.waitForFunction(() => window.__facilitator !== undefined, undefined, { timeout: 20_000 });
    const warning = page.locator('.storage-warning');
    await expect(warning.count()).resolves.toBe(1);
    expect(await warning.textContent()).toMatch(/will not survive a reload/);
    // The page still verifies codes (kept in memory).
    expect((await page.evaluate(() => window.__facilitator?.addCodes('not a code')))?.length ?? 0).toBe(0);
    await session.screenshot('fault-facilitator-storage');
    expect(session.errors).toEqual([]);
  });

  it.each([
    ['en-US', 'en'],
    ['de-DE', 'de'],
  ])('storage that throws is said once (%s), and the game still plays', async (locale, language) => {
    session = await openWith(
      `const refuse = function () { throw new DOMException('The operation is insecure.', 'SecurityError'); };
       Storage.prototype.getItem = refuse;
       Storage.prototype.setItem = refuse;
       Storage.prototype.removeItem = refuse;`,
      { locale },
    );
    const s = session;
    await s.waitForScene('Title');
    expect(await s.page.evaluate(() => window.__phoenix?.language)).toBe(language);
    const notice = await translate(s, 'faults.storageUnavailable');
    expect((await texts(s)).filter((text) => text === notice)).toHaveLength(1);
    const box = (await s.page.evaluate(() => window.__phoenix?.textBoxes() ?? [])).find(
      (b) => b.text === notice,
    );
    expect(box).toBeDefined();
    expect(box!.left).toBeGreaterThanOrEqual(0);
    expect(box!.right).toBeLessThanOrEqual(1280);
    expect(box!.top).toBeGreaterThanOrEqual(0);
    await s.screenshot(`fault-storage-${language}`);
    // Said once: not again in the next scenes, nor when settings change (they can't be kept either).
    await s.press('Enter');
    await s.waitForScene('ActSelect');
    expect(await texts(s)).not.toContain(notice);
    await s.press('m');
    await startActAndRun(s);
    expect(await texts(s)).not.toContain(notice);
    expect(s.errors).toEqual([]);
  });

  it('a damaged save is set aside with a message on the act card, not discarded', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    const damaged = '{"version":1,"tick":12,"log":{"engineVersion":"phoenix-sim';
    await s.page.evaluate((raw) => localStorage.setItem('phoenix-ops:act:first-way', raw), damaged);
    await s.page.evaluate(() => window.__phoenix?.goto('ActSelect'));
    await s.waitForScene('ActSelect');
    for (const language of ['en', 'de'] as const) {
      if (language !== 'en') {
        await s.page.evaluate((value) => window.__phoenix?.setLanguage(value), language);
        await s.waitForScene('ActSelect');
      }
      const message = await translate(s, 'acts.setAside.damaged');
      const box = (await s.page.evaluate(() => window.__phoenix?.textBoxes() ?? [])).find(
        (b) => b.text.replace(/\s+/g, ' ') === message,
      );
      expect(box, `the card says "${message}"`).toBeDefined();
      // Inside the first card (270 wide, centred at x = 196).
      expect(box!.left).toBeGreaterThanOrEqual(196 - 135);
      expect(box!.right).toBeLessThanOrEqual(196 + 135);
      await s.screenshot(`fault-save-set-aside-${language}`);
    }
    const stored = await s.page.evaluate(() => ({
      save: localStorage.getItem('phoenix-ops:act:first-way'),
      aside: JSON.parse(localStorage.getItem('phoenix-ops:act:first-way:set-aside') ?? 'null'),
    }));
    expect(stored.save).toBeNull();
    expect(stored.aside).toMatchObject({ reason: 'damaged', raw: damaged, noticed: false });
    // Choosing the act starts afresh; the card no longer announces it, the data stays.
    await s.press('Enter');
    await s.waitForScene('Briefing');
    await s.page.evaluate(() => window.__phoenix?.goto('ActSelect'));
    await s.waitForScene('ActSelect');
    expect(await texts(s)).not.toContain(await translate(s, 'acts.setAside.damaged'));
    expect(
      await s.page.evaluate(() => localStorage.getItem('phoenix-ops:act:first-way:set-aside')),
    ).toContain('"noticed":true');
    expect(s.errors).toEqual([]);
  });

  it('a save that reads well but does not replay is set aside when its card is chosen, with the reason on the card', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 3));
    // This build's log, but an hour it never reaches: it parses, yet cannot be resumed.
    const raw = await s.page.evaluate(() =>
      JSON.stringify({ version: 1, tick: 99_999, log: window.__phoenix?.run()?.log }),
    );
    await s.page.evaluate(() => window.__phoenix?.goto('ActSelect'));
    await s.waitForScene('ActSelect');
    await s.page.evaluate((value) => localStorage.setItem('phoenix-ops:act:first-way', value), raw);
    await s.page.evaluate(() => window.__phoenix?.goto('ActSelect'));
    await s.waitForScene('ActSelect');
    expect(await texts(s)).toContain(await translate(s, 'acts.inProgress', { day: 12500 }));
    await s.press('Enter');
    await s.waitForScene('ActSelect');
    const message = await translate(s, 'acts.setAside.replay');
    expect((await texts(s)).map((text) => text.replace(/\s+/g, ' '))).toContain(message);
    expect(
      await s.page.evaluate(() =>
        JSON.parse(localStorage.getItem('phoenix-ops:act:first-way:set-aside') ?? 'null'),
      ),
    ).toMatchObject({ reason: 'replay', raw });
    await s.screenshot('fault-save-replay-en');
    await s.press('Enter');
    await s.waitForScene('Briefing');
    expect(s.errors).toEqual([]);
  });

  it('a hidden tab holds the act and silences the music; shown again, it goes on at the same speed', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    await startActAndRun(s);
    const setHidden = (hidden: boolean) =>
      s.page.evaluate((value) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
        Object.defineProperty(document, 'visibilityState', {
          configurable: true,
          get: () => (value ? 'hidden' : 'visible'),
        });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    const held = await expectHeld(s);
    const howlerMuted = () =>
      s.page.evaluate(() => (window as unknown as { Howler?: { _muted?: boolean } }).Howler?._muted ?? null);
    const muted = await howlerMuted();
    if (muted !== null) expect(muted).toBe(true);
    await setHidden(false);
    await s.page.waitForFunction((from) => (window.__phoenix?.run()?.tick ?? -1) > from, held, {
      timeout: 20_000,
    });
    expect(await s.page.evaluate(() => window.__phoenix?.run()?.speed)).toBe(4);
    if (muted !== null) expect(await howlerMuted()).toBe(false);
    expect(s.errors).toEqual([]);
  });

  it.each([
    ['en-US', 'en'],
    ['de-DE', 'de'],
  ])(
    'a lost WebGL context holds the act with a message (%s) until it is restored',
    async (locale, language) => {
      session = await openGame({ query: '?e2e&renderer=webgl', locale });
      const s = session;
      await s.waitForScene('Title');
      expect(await s.page.evaluate(() => window.__phoenix?.renderer)).toBe('WebGL');
      await startActAndRun(s);
      // A real loss where the browser offers WebGL; else the events the browser would send.
      const real = await s.page.evaluate(() => {
        const canvas = document.querySelector('canvas');
        const extension = canvas?.getContext('webgl')?.getExtension('WEBGL_lose_context') ?? null;
        (window as unknown as { __lose?: unknown }).__lose = extension;
        if (extension) extension.loseContext();
        else canvas?.dispatchEvent(new Event('webglcontextlost', { cancelable: true }));
        return extension !== null;
      });
      const overlay = s.page.locator('.phoenix-context-lost');
      await overlay.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await overlay.textContent()).toBe(await translate(s, 'faults.contextLost'));
      // The message fits the window: no line wider than the page.
      expect(await overlay.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      await s.screenshot(`fault-context-lost-${language}`);
      const held = await expectHeld(s);
      await s.page.evaluate((isReal) => {
        const lose = (window as unknown as { __lose?: { restoreContext(): void } }).__lose;
        if (isReal && lose) lose.restoreContext();
        else document.querySelector('canvas')?.dispatchEvent(new Event('webglcontextrestored'));
      }, real);
      await overlay.waitFor({ state: 'detached', timeout: 10_000 });
      await s.page.waitForFunction((from) => (window.__phoenix?.run()?.tick ?? -1) > from, held, {
        timeout: 20_000,
      });
      await nextFrames(s.page);
      // Leaving the act removes its listeners: a later loss shows nothing over the act select.
      await s.page.evaluate(() => window.__phoenix?.goto('ActSelect'));
      await s.waitForScene('ActSelect');
      await s.page.evaluate(() =>
        document.querySelector('canvas')?.dispatchEvent(new Event('contextlost', { cancelable: true })),
      );
      expect(await overlay.count()).toBe(0);
      // Phaser reports the loss and the restore as warnings, not errors.
      expect(s.errors).toEqual([]);
    },
  );
});
