// The Title and a paused act draw at most 30 frames a second; a running act draws at the display's
// rate, once a frame (a frame-rate change made from inside a frame would leave Phaser running two
// loops, each frame stepped twice).
import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** Game steps drawn, and animation frames, over about one second (and how long it really was). */
async function stepsPerFrame(s: GameSession): Promise<{ steps: number; frames: number; seconds: number }> {
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
    return {
      steps: (window.__phoenix?.steps ?? 0) - before,
      frames,
      seconds: (performance.now() - start) / 1000,
    };
  });
}

/**
 * A calm screen steps at most 30 times a second, and never more often than the display draws. Counted
 * per second, not as a share of the frames: a busy machine's display may itself fall towards 30 Hz.
 */
function expectCalm(measured: { steps: number; frames: number; seconds: number }): void {
  expect(measured.steps / measured.seconds).toBeGreaterThan(5);
  expect(measured.steps / measured.seconds).toBeLessThan(33);
  expect(measured.steps).toBeLessThanOrEqual(measured.frames + 1);
}

describe('Frame rate', () => {
  it('draws the Title and a paused act at most 30 times a second, and a running act at the display’s rate, once each frame', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    const title = await stepsPerFrame(s);
    expect(title.frames).toBeGreaterThan(20);
    expectCalm(title);

    // The hook starts acts paused.
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 1));
    await s.page.evaluate(() => window.__phoenix?.afterSteps(3));
    const paused = await stepsPerFrame(s);
    expectCalm(paused);

    // At 1× an hour takes 1.7 s: no request arrives (and pauses the act) while this is measured.
    await s.page.evaluate(() => window.__phoenix?.setSpeed(1));
    await s.page.evaluate(() => window.__phoenix?.afterSteps(3));
    const running = await stepsPerFrame(s);
    expect(running.frames).toBeGreaterThan(20);
    expect(running.steps / running.frames).toBeGreaterThan(0.8);
    expect(running.steps / running.frames).toBeLessThan(1.1);

    await s.page.evaluate(() => window.__phoenix?.goto('Title'));
    await s.waitForScene('Title');
    const again = await stepsPerFrame(s);
    expectCalm(again);
    expect(s.errors).toEqual([]);
  });

  it('builds a scene asked for between frames at once, not at the next frame', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    // The acts' code first, so that only the scene change itself is left when the act is asked for.
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 1));
    await s.page.evaluate(() => window.__phoenix?.goto('Title'));
    await s.waitForScene('Title');
    const result = await s.page.evaluate(async () => {
      let frames = 0;
      let counting = true;
      const tick = () => {
        frames++;
        if (counting) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const builds = () => performance.getEntriesByName('phoenix:FirstWay:build').length;
      const before = builds();
      const framesAtAsk = frames;
      void window.__phoenix?.startAct('first-way', 2);
      // Promise callbacks only: no animation frame can come in between.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      const built = builds() > before;
      const framesBetween = frames - framesAtAsk;
      counting = false;
      return { built, framesBetween };
    });
    expect(result.framesBetween).toBe(0);
    expect(result.built).toBe(true);
    await s.page.evaluate(() => window.__phoenix?.afterSteps(2));
    expect(await s.page.evaluate(() => window.__phoenix?.run()?.seed)).toBe(2);
    expect(s.errors).toEqual([]);
  });
});
