import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame, pixelStats } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('Title', () => {
  it('renders a non-blank title screen without console errors', async () => {
    session = await openGame();
    await session.waitForScene('Title');
    const png = await session.screenshot('title-en');
    const stats = await pixelStats(session.page, png);
    expect(stats.distinctColors).toBeGreaterThan(50);
    expect(stats.nonBackground).toBeGreaterThan(0.05);
    const texts = await session.page.evaluate(() => window.__phoenix?.texts() ?? []);
    expect(texts).toContain('PHOENIX OPS');
    expect(texts).toContain('Play');
    expect(session.errors).toEqual([]);
  });
});
