// The Title draws at most 30 frames a second; an act draws at the display's rate, once a frame (a
// frame-rate change made from inside a frame would leave Phaser running two loops, each frame stepped twice).
import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** Game steps drawn, and animation frames, over one second. */
async function stepsPerFrame(s: GameSession): Promise<{ steps: number; frames: number }> {
  return s.page.evaluate(async () => {
    const before = window.__phoenix?.steps ?? 0;
    let frames = 0;
    const start = performance.now();
    await new Promise<void>((done) => {
      const tick = () => {
        frames++;
        if (performance.now() - start < 1000) requestAnimationFrame(tick);
        else done();
      };
      requestAnimationFrame(tick);
    });
    return { steps: (window.__phoenix?.steps ?? 0) - before, frames };
  });
}

describe('Frame rate', () => {
  it('draws the Title at half the display’s rate, and an act (and the Title again) at its full rate once each frame', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    const title = await stepsPerFrame(s);
    expect(title.frames).toBeGreaterThan(20);
    expect(title.steps / title.frames).toBeGreaterThan(0.3);
    expect(title.steps / title.frames).toBeLessThan(0.65);

    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 1));
    await s.page.evaluate(() => window.__phoenix?.afterSteps(3));
    const act = await stepsPerFrame(s);
    expect(act.frames).toBeGreaterThan(20);
    expect(act.steps / act.frames).toBeGreaterThan(0.8);
    expect(act.steps / act.frames).toBeLessThan(1.1);

    await s.page.evaluate(() => window.__phoenix?.goto('Title'));
    await s.waitForScene('Title');
    const again = await stepsPerFrame(s);
    expect(again.steps / again.frames).toBeLessThan(0.65);
    expect(s.errors).toEqual([]);
  });
});
