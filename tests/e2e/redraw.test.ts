// A text is drawn again only when it changes. Phaser draws a text anew on every style setter, even to
// the value it has (`setColor`), and on every new Text; a board that re-coloured its texts on each
// refresh drew each of them again every game hour, and an act's first build drew its cards three
// times. Watched at the canvas: a line drawn where the same text's canvas last drew exactly that line
// (words, font, colour, canvas size) is a wasted redraw.
import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

interface Redraws {
  lines: number;
  wasted: string[];
}

declare global {
  interface Window {
    __redraws?: Redraws & { last: WeakMap<HTMLCanvasElement, Map<string, string>> };
  }
}

/** Starts counting (again): every line any canvas draws, and those identical to its last draw there. */
const watch = (s: GameSession) =>
  s.page.evaluate(() => {
    let state = window.__redraws;
    if (!state) {
      const fresh = {
        lines: 0,
        wasted: [] as string[],
        last: new WeakMap<HTMLCanvasElement, Map<string, string>>(),
      };
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number) {
        fresh.lines++;
        const canvas = this.canvas;
        const drawn = fresh.last.get(canvas) ?? new Map<string, string>();
        fresh.last.set(canvas, drawn);
        const line = `${text}|${this.font}|${String(this.fillStyle)}|${canvas.width}×${canvas.height}`;
        if (drawn.get(`${x},${y}`) === line) fresh.wasted.push(line);
        drawn.set(`${x},${y}`, line);
        return fillText.call(this, text, x, y);
      };
      window.__redraws = fresh;
      state = fresh;
    }
    state.lines = 0;
    state.wasted = [];
  });

const counted = (s: GameSession): Promise<Redraws> =>
  s.page.evaluate(() => ({ lines: window.__redraws?.lines ?? 0, wasted: window.__redraws?.wasted ?? [] }));

describe('Text drawing', () => {
  it('draws no text twice the same: the Title, an act’s first build, and a day of play', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');

    // A new language rebuilds the Title in place.
    await watch(s);
    await s.page.evaluate(() => window.__phoenix?.setLanguage('de'));
    await s.waitForScene('Title');
    const title = await counted(s);
    expect(title.lines).toBeGreaterThan(10);
    expect(title.wasted).toEqual([]);

    await watch(s);
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 1));
    const build = await counted(s);
    expect(build.lines).toBeGreaterThan(50);
    expect(build.wasted).toEqual([]);

    // A day of play, hour by hour: each hour refreshes the board, the team and the indicators.
    await watch(s);
    await s.page.evaluate(() => window.__phoenix?.advance(8));
    const play = await counted(s);
    expect(play.lines).toBeGreaterThan(0);
    expect(play.wasted).toEqual([]);
  });
});
