import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const texts = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.texts() ?? []);

describe('Settings and languages', () => {
  it('switching to Spanish changes the visible texts without a reload', async () => {
    session = await openGame();
    await session.waitForScene('Title');
    const english = await texts(session);
    await session.page.evaluate(() => window.__phoenix?.setLanguage('es'));
    await session.waitForScene('Title');
    const spanish = await texts(session);
    expect(spanish).toEqual(expect.arrayContaining(['Jugar', 'Ajustes', 'Créditos', 'Español']));
    expect(spanish).not.toContain('Play');
    expect(spanish.length).toBe(english.length);
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await session.screenshot('title-es');
    await session.page.evaluate(() => window.__phoenix?.goto('ActSelect'));
    await session.waitForScene('ActSelect');
    await session.screenshot('act-select-es');
    await session.page.evaluate(() => window.__phoenix?.goto('Settings'));
    await session.waitForScene('Settings');
    await session.screenshot('settings-es');
    expect(session.errors).toEqual([]);
  });

  it('mute, volume, language, text size and the pause setting chosen by clicks survive a reload', async () => {
    session = await openGame();
    const s = session;
    const t = (key: string) => s.page.evaluate((k) => window.__phoenix?.translate(k) ?? k, key);
    await s.waitForScene('Title');
    await s.clickDesign(1010, 274);
    await s.waitForScene('Settings');
    await s.clickControl('Español');
    await s.page.waitForFunction(() => window.__phoenix?.language === 'es');
    await s.waitForScene('Settings');
    await s.clickControl(await t('settings.volumeDown')); // 70% → 60%
    await s.clickControl(await t('common.off'), { row: await t('settings.mute') }); // mute on
    await s.page.waitForFunction(() => window.__phoenix?.texts().includes('60 %'));
    // Text size: the scene is rebuilt at once at the chosen size.
    await s.clickControl('125 %');
    await s.page.waitForFunction(() =>
      window.__phoenix?.layout().nodes.some((n) => n.kind === 'text' && n.font?.scale === 1.25),
    );
    await s.waitForScene('Settings');
    await s.screenshot('settings-es-125');
    // The act's settings are on the second page.
    await s.clickControl(await t('settingsText.page.play'));
    await s.page.waitForFunction(() => window.__phoenix?.texts().includes('Consejos del coach') ?? false);
    await s.waitForScene('Settings');
    await s.screenshot('settings-play-es-125');
    await s.clickControl(await t('house.pauseOnRequestWhen.first-way')); // First Way only → always
    await s.page.waitForFunction(() => window.__phoenix?.texts().includes('Siempre'));
    await s.page.reload();
    await s.waitForScene('Title');
    expect(await s.page.evaluate(() => window.__phoenix?.language)).toBe('es');
    expect(await texts(s)).toContain('Sonido desactivado');
    const scales = await s.page.evaluate(() =>
      window.__phoenix?.layout().nodes.flatMap((n) => (n.font ? [n.font.scale] : [])),
    );
    expect(new Set(scales)).toEqual(new Set([1.25]));
    await s.page.evaluate(() => window.__phoenix?.goto('Settings'));
    await s.waitForScene('Settings');
    expect(await texts(s)).toEqual(expect.arrayContaining(['60 %', 'Sí']));
    await s.clickControl(await t('settingsText.page.play'));
    await s.page.waitForFunction(() => window.__phoenix?.texts().includes('Siempre') ?? false);
    expect(s.errors).toEqual([]);
  });

  it('a corrupt saved setting is ignored with defaults, not a crash', async () => {
    session = await openGame({ query: '?e2e', locale: 'es-ES' });
    await session.waitForScene('Title');
    await session.page.evaluate(() =>
      localStorage.setItem('phoenix-ops:settings', '{"version":1,"settings":{"muted":'),
    );
    await session.page.reload();
    await session.waitForScene('Title');
    // Defaults: the browser's language (Spanish here), sound on.
    expect(await session.page.evaluate(() => window.__phoenix?.language)).toBe('es');
    expect(await texts(session)).toContain('Sonido activado');
    expect(session.errors).toEqual([]);
  });

  it('runs silently with a clear note when the browser has no audio', async () => {
    session = await openGame({ query: '?e2e' });
    await session.page.addInitScript(() => {
      // Simulate a browser (or policy) without Web Audio or HTML5 audio.
      Object.defineProperty(window, 'AudioContext', { value: undefined });
      Object.defineProperty(window, 'webkitAudioContext', { value: undefined });
      Object.defineProperty(window, 'Audio', { value: undefined });
    });
    await session.page.reload();
    await session.waitForScene('Title');
    await session.press('m');
    await session.clickDesign(1010, 190);
    await session.waitForScene('ActSelect');
    await session.page.evaluate(() => window.__phoenix?.goto('Settings'));
    await session.waitForScene('Settings');
    expect((await texts(session)).join(' ')).toContain('Audio is unavailable');
    expect(session.errors).toEqual([]);
  });
});
