// Keyboard to the end: from the Title to the First Way's results by key presses alone — Tab and Enter
// through the menus, the briefing and the tutorial, the act's own keys on the board. The test hook is
// only read (what is focused, what the act's state is), never used to act.
import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const focused = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.focused() ?? null);

/** Tabs until the control named `label` has the focus ring, then presses Enter. */
async function choose(s: GameSession, label: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (label.test((await focused(s)) ?? '')) {
      await s.press('Enter');
      return;
    }
    await s.press('Tab');
  }
  throw new Error(`No control named ${label} was reached with Tab (last: ${await focused(s)})`);
}

describe('Keyboard only', () => {
  it('plays the First Way from the Title to its results with the keys alone', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    await choose(s, /^Play$/);
    await s.waitForScene('ActSelect');
    await choose(s, /The First Way/);
    await s.waitForScene('Briefing');
    await choose(s, /^Skip briefing$/);
    await s.waitForScene('FirstWay');
    // The tutorial's coach marks: Next has the focus on each, the closing button on the last.
    const [next, done] = await s.page.evaluate(() => [
      window.__phoenix?.translate('tutorial.next'),
      window.__phoenix?.translate('tutorial.done'),
    ]);
    let steps = 0;
    for (; steps < 12; steps++) {
      const label = await focused(s);
      if (label !== next && label !== done) break;
      await s.press('Enter');
    }
    expect(steps).toBeGreaterThan(3);
    await s.press('3'); // 4×
    const deadline = Date.now() + Number(process.env.KEYBOARD_DEADLINE ?? 360_000);
    let triaged = 0;
    let beats = 0;
    for (;;) {
      expect(Date.now(), 'the act should end within six minutes').toBeLessThan(deadline);
      const texts = await s.page.evaluate(() => window.__phoenix?.texts() ?? []);
      if (texts.includes('Act complete')) break;
      const run = await s.page.evaluate(() => window.__phoenix?.run() ?? null);
      if (!run) continue;
      if (process.env.KEYBOARD_DEBUG)
        console.log(run.tick, run.speed, run.pendingBeat, await focused(s), texts.slice(0, 3));
      if (run.pendingBeat) {
        // A story beat opens with nothing focused: Tab reaches its first choice, Enter takes it.
        if (!(await focused(s))) await s.press('Tab');
        await s.press('Enter');
        beats++;
        continue;
      }
      if (run.pendingIncident !== null) {
        // An incident card opens on its safe default (fix forward): Enter takes it.
        await s.press('Enter');
        continue;
      }
      if (run.places.triage.length > 0) {
        await s.press('a');
        triaged++;
      }
      if (run.speed === 0) await s.press('3');
      await s.press('d');
      await s.page.waitForTimeout(300);
    }
    expect(triaged).toBeGreaterThan(0);
    expect((await s.page.evaluate(() => window.__phoenix?.run()))?.ended).toBe(true);
    // The results panel: Continue has the focus; Enter opens the debrief.
    expect(await focused(s)).toBe('Continue');
    await s.press('Enter');
    await s.waitForScene('Debrief');
    // The debrief's tabs answer the arrow keys.
    await s.page.waitForSelector('.phx-debrief [role="tab"]');
    expect(beats).toBeGreaterThanOrEqual(0);
    expect(s.errors).toEqual([]);
  }, 420_000);
});
