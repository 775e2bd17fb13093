// An act's board uses only fonts the warm-up measured. Chromium pays 1–5 ms for a font's first use
// (each size and weight of Inter), so the warm-up (`src/game/act/warm-up.ts`) measures the board's
// fonts when the acts' code arrives; a font first met during the build is a gap in its list.
import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

declare global {
  interface Window {
    __fontsFirstSet?: Map<string, number>;
  }
}

describe('Act warm-up', () => {
  it('measures every font an act’s first build uses', async () => {
    session = await openGame();
    const s = session;
    // Watch every canvas font from the page's first script on: the warm-up runs while the Title shows.
    await s.page.addInitScript(() => {
      const firstSet = new Map<string, number>();
      window.__fontsFirstSet = firstSet;
      const font = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font');
      Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
        get: font?.get,
        set(value: string) {
          if (!firstSet.has(value)) firstSet.set(value, performance.now());
          font?.set?.call(this, value);
        },
      });
    });
    await s.page.reload();
    await s.waitForScene('Title');
    const fonts = await s.page.evaluate(async () => {
      await window.__phoenix?.startAct('first-way', 1);
      const build = performance.getEntriesByName('phoenix:FirstWay:build')[0]?.startTime ?? Number.NaN;
      const firstSet = [...(window.__fontsFirstSet ?? new Map<string, number>())];
      return {
        build,
        all: firstSet.length,
        inBuild: firstSet.filter(([, at]) => at >= build).map(([f]) => f),
      };
    });
    expect(Number.isFinite(fonts.build)).toBe(true);
    expect(fonts.all).toBeGreaterThan(10);
    expect(fonts.inBuild).toEqual([]);
  });
});
