import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame, pixelStats } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const canvasSize = (s: GameSession) =>
  s.page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const box = canvas?.getBoundingClientRect();
    return {
      width: canvas?.width ?? 0,
      height: canvas?.height ?? 0,
      cssWidth: box?.width ?? 0,
      cssHeight: box?.height ?? 0,
    };
  });

describe('Scaling', () => {
  it.each([
    { width: 960, height: 540, dpr: 1, backing: 1280 },
    { width: 1280, height: 720, dpr: 2, backing: 2560 },
    { width: 2560, height: 1440, dpr: 1, backing: 2560 },
  ])(
    'keeps 16:9 and draws at screen density at $width×$height @$dpr×',
    async ({ width, height, dpr, backing }) => {
      session = await openGame({ viewport: { width, height }, deviceScaleFactor: dpr });
      await session.waitForScene('Title');
      const size = await canvasSize(session);
      expect(size.width).toBe(backing);
      expect(size.width / size.height).toBeCloseTo(16 / 9, 2);
      expect(size.cssWidth).toBeCloseTo(width, 0);
      const png = await session.screenshot(`title-${width}x${height}@${dpr}x`);
      expect((await pixelStats(session.page, png)).distinctColors).toBeGreaterThan(50);
      // Clicks still land on the right button at this size.
      await session.clickDesign(1010, 274);
      await session.waitForScene('Settings');
      expect(session.errors).toEqual([]);
    },
  );

  it('re-renders at the new density when the window grows', async () => {
    session = await openGame({ viewport: { width: 960, height: 540 } });
    await session.waitForScene('Title');
    expect((await canvasSize(session)).width).toBe(1280);
    await session.page.setViewportSize({ width: 1920, height: 1080 });
    await session.page.waitForFunction(() => document.querySelector('canvas')?.width === 1920);
    await session.page.waitForTimeout(200);
    await session.screenshot('title-resized-1920');
    await session.clickDesign(1010, 344);
    await session.waitForScene('Credits');
    expect(session.errors).toEqual([]);
  });
});
