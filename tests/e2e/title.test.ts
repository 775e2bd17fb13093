import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame, pixelStats } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const texts = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.texts() ?? []);
const focused = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.focused() ?? null);

describe('Title', () => {
  it('renders a non-blank title screen without console errors', async () => {
    session = await openGame();
    await session.waitForScene('Title');
    const png = await session.screenshot('title-en');
    const stats = await pixelStats(session.page, png);
    expect(stats.distinctColors).toBeGreaterThan(50);
    expect(stats.nonBackground).toBeGreaterThan(0.05);
    const shown = await texts(session);
    expect(shown).toEqual(expect.arrayContaining(['PHOENIX OPS', 'Play', 'Settings', 'Credits']));
    expect(session.errors).toEqual([]);
  });

  it('reaches every Title button by keyboard alone, and Enter / Escape move between scenes', async () => {
    session = await openGame();
    await session.waitForScene('Title');
    const s = session;
    /** Presses a key and waits until the focus has moved (input is handled on the game's next step). */
    const move = async (key: string) => {
      const before = await focused(s);
      await s.press(key);
      await s.page.waitForFunction((previous) => window.__phoenix?.focused() !== previous, before);
      return focused(s);
    };
    expect(await focused(s)).toBe('Play');
    const seen = ['Play'];
    for (let i = 0; i < 5; i++) seen.push((await move('Tab')) ?? '');
    expect(seen).toEqual(['Play', 'Settings', 'Credits', 'English', 'Sound on', 'Play']);

    // Shift+Tab and the arrows go backwards and forwards; Enter activates.
    expect(await move('Shift+Tab')).toBe('Sound on');
    expect(await move('ArrowDown')).toBe('Play');
    expect(await move('ArrowRight')).toBe('Settings');
    expect(await move('ArrowUp')).toBe('Play');
    await move('ArrowDown');
    await session.press('Enter');
    await session.waitForScene('Settings');
    await session.press('Escape');
    await session.waitForScene('Title');

    // M mutes from anywhere, and the Title's sound button says so.
    await session.press('m');
    await session.page.waitForFunction(() => window.__phoenix?.texts().includes('Sound off'));
    expect(session.errors).toEqual([]);
  });

  it('real mouse clicks on the canvas reach Settings and come back', async () => {
    session = await openGame();
    await session.waitForScene('Title');
    await session.clickDesign(1010, 274); // Settings
    await session.waitForScene('Settings');
    await session.screenshot('settings-en');
    expect(await texts(session)).toEqual(expect.arrayContaining(['Master volume', 'Reduced motion']));
    await session.clickDesign(110, 60); // Back
    await session.waitForScene('Title');
    await session.clickDesign(1010, 344); // Credits
    await session.waitForScene('Credits');
    await session.screenshot('credits-en');
    expect((await texts(session)).join(' ')).toContain('The Phoenix Project');
    await session.clickDesign(110, 60);
    await session.waitForScene('Title');
    await session.clickDesign(1010, 190); // Play
    await session.waitForScene('ActSelect');
    await session.screenshot('act-select-en');
    expect(await texts(session)).toEqual(expect.arrayContaining(['The First Way', 'Finale', 'Locked']));
    await session.clickDesign(640 + 3 * 148, 380); // the locked finale
    await session.page.waitForFunction(() => window.__phoenix?.texts().some((t) => t.startsWith('Finish')));
    await session.clickDesign(640 - 3 * 148, 380); // the First Way card opens its briefing
    await session.waitForScene('Briefing');
    await session.press('Escape');
    await session.waitForScene('ActSelect');
    await session.clickDesign(640 + 3 * 148, 380); // the finale is still locked
    await session.page.waitForFunction(() => window.__phoenix?.texts().some((t) => t.startsWith('Finish')));
    expect(session.errors).toEqual([]);
  });
});
