import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, nextFrames, openGame } from './support/game';

// The First Way as a new player plays it: the briefing, every tutorial step, then the first two
// simulated days at 2× with real clicks and keys only (no command is injected). Every request is
// triaged before its countdown ends, and each action must land on the item it was aimed at.

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

type Snapshot = NonNullable<ReturnType<NonNullable<Window['__phoenix']>['run']>>;
const run = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.run() ?? null) as Promise<Snapshot>;
const DESIGN = { width: 1280, height: 720 };
const TWO_DAYS = 16;

/** Where a design point is on the page (the canvas may be letterboxed). */
async function pagePoint(s: GameSession, at: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const box = await s.page.locator('canvas').boundingBox();
  if (!box) throw new Error('No canvas on the page');
  return { x: box.x + (at.x / DESIGN.width) * box.width, y: box.y + (at.y / DESIGN.height) * box.height };
}

/** The centre of a shown, enabled button, read from the scene by its label. */
async function control(s: GameSession, label: string): Promise<{ x: number; y: number }> {
  const at = await s.page.evaluate((text) => window.__phoenix?.controlCenter(text) ?? null, label);
  if (!at) throw new Error(`No button "${label}" on screen`);
  return at;
}

async function clickControl(s: GameSession, label: string): Promise<void> {
  const at = await control(s, label);
  await s.clickDesign(at.x, at.y);
}

/** Moves the real mouse (in steps, as a hand does) to a design point. */
async function hover(s: GameSession, at: { x: number; y: number }): Promise<void> {
  const point = await pagePoint(s, at);
  await s.page.mouse.move(point.x, point.y, { steps: 4 });
  await nextFrames(s.page);
}

/**
 * A dialog that holds the clock, answered as a player would: an incident card opens on its safe default
 * (fix forward), Enter takes it; a story card opens with nothing focused, Tab reaches its first choice.
 */
async function answerDialogs(s: GameSession): Promise<void> {
  for (;;) {
    const now = await run(s);
    if (now.pendingBeat !== null) {
      if ((await s.page.evaluate(() => window.__phoenix?.focused() ?? null)) === null) await s.press('Tab');
      await s.press('Enter');
      await s.page.waitForFunction((id) => window.__phoenix?.run()?.pendingBeat !== id, now.pendingBeat);
    } else if (now.pendingIncident !== null) {
      await s.page.waitForFunction(() => window.__phoenix?.focused() !== null);
      await s.press('Enter');
      await s.page.waitForFunction(
        (id) => window.__phoenix?.run()?.pendingIncident !== id,
        now.pendingIncident,
      );
    } else return;
  }
}

const placeOf = (snapshot: Snapshot, id: number) =>
  (Object.keys(snapshot.places) as (keyof Snapshot['places'])[]).find((place) =>
    snapshot.places[place].includes(id),
  );

describe('The First Way, its tutorial and first two days, played with real input only', () => {
  it('triages every request in time at 2× and each action lands on the item it aimed at', async () => {
    session = await openGame({ query: '?e2e&scenario=first-way&seed=4242' });
    const s = session;
    const t = (key: string, options?: Record<string, unknown>) =>
      s.page.evaluate(({ k, o }) => window.__phoenix?.translate(k, o) ?? k, { k: key, o: options });

    await s.page.waitForFunction(
      () => window.__phoenix?.scene === 'Briefing' && window.__phoenix.settled,
      undefined,
      {
        timeout: 30_000,
      },
    );
    await clickControl(s, await t('briefing.skip'));
    await s.waitForScene('FirstWay');

    // The tutorial, every step read and followed with "Next", the last with its own button.
    for (let step = 1; step <= 7; step++) {
      const label = await t('tutorial.step', { step, steps: 7 });
      await s.page.waitForFunction((text) => window.__phoenix?.texts().includes(text), label);
      if (step === 1) await s.screenshot('first-way-play-tutorial');
      await clickControl(s, await t(step === 7 ? 'tutorial.done' : 'tutorial.next'));
    }
    await s.page.waitForFunction(() => !window.__phoenix?.texts().some((text) => text.startsWith('Step ')));
    let snapshot = await run(s);
    expect(snapshot.tick).toBe(0); // the tutorial held the clock
    expect(snapshot.speed).toBe(1);

    // 2× by key.
    await s.press('2');
    expect((await run(s)).speed).toBe(2);

    // Pause with the HUD's button: the board says so.
    await clickControl(s, await t('hud.pause'));
    snapshot = await run(s);
    expect(snapshot.speed).toBe(0);
    expect(await s.page.evaluate(() => window.__phoenix?.texts() ?? [])).toContain(await t('house.paused'));
    await s.screenshot('first-way-play-paused');
    // A Dev WIP limit by its "−" (from no limit, it sets today's count), so Backlog cards wait to be pulled.
    const devName = await t('board.stages.dev');
    await clickControl(s, await t('board.limitDown', { stage: devName }));
    snapshot = await run(s);
    expect(snapshot.settings.wipLimits.dev).toBe(Math.max(1, snapshot.places.dev.length));
    await s.press('Space'); // back to 2×
    expect((await run(s)).speed).toBe(2);
    let pulled: number | null = null;

    const labels = {
      accept: await t('controls.accept'),
      defer: await t('controls.defer'),
      reject: await t('controls.reject'),
    };
    const decisions = ['accept', 'reject', 'defer'] as const;
    const expectedPlace = { accept: ['backlog', 'dev'], defer: ['deferred'], reject: ['rejected'] };
    let triaged = 0;
    let countdownShot = false;
    while ((await run(s)).tick < TWO_DAYS) {
      // Wait for a request (the First Way pauses the clock when one arrives) or the end of day two.
      await s.page.waitForFunction(
        (end) => {
          const now = window.__phoenix?.run();
          return (
            !now ||
            now.tick >= end ||
            now.triage.length > 0 ||
            now.pendingIncident !== null ||
            now.pendingBeat !== null
          );
        },
        TWO_DAYS,
        { timeout: 120_000, polling: 50 },
      );
      snapshot = await run(s);
      if (snapshot.pendingIncident !== null || snapshot.pendingBeat !== null) {
        await answerDialogs(s);
        continue;
      }
      if (snapshot.triage.length === 0) break;
      const request = snapshot.triage[0];
      expect(request?.hoursLeft ?? 0).toBeGreaterThan(0);
      // Paused on arrival (the First Way's default), unless it came with the one just decided.
      if (!snapshot.triageHeld) expect(snapshot.speed).toBe(0);

      // While paused, once an accepted request waits in Backlog: make room in Dev and pull it by a click.
      const waiting = snapshot.places.backlog[0];
      if (pulled === null && waiting !== undefined && snapshot.speed === 0) {
        await clickControl(s, await t('board.limitUp', { stage: devName }));
        const card = await s.page.evaluate((id) => window.__phoenix?.cardCenter(id) ?? null, waiting);
        expect(card).not.toBeNull();
        await s.clickDesign(card?.x ?? 0, card?.y ?? 0);
        snapshot = await run(s);
        expect(placeOf(snapshot, waiting)).toBe('dev');
        expect(snapshot.log.commands.some(([, c]) => c.type === 'pull' && c.itemId === waiting)).toBe(true);
        pulled = waiting;
      }

      // The pointer on the Incoming panel holds the countdown, even with the clock running again.
      const accept = await control(s, labels.accept);
      await hover(s, { x: accept.x, y: accept.y - 40 });
      await s.page.waitForFunction(() => window.__phoenix?.run()?.triageHeld === true);
      if (!countdownShot) {
        await s.screenshot('first-way-play-countdown');
        countdownShot = true;
      }
      if ((await run(s)).speed === 0) await s.press('Space');
      const heldAt = (await run(s)).tick;
      // Two hours pass (or another request arrives and stops the clock): the countdown has not moved.
      await s.page.waitForFunction(
        (tick) => {
          const now = window.__phoenix?.run();
          return (
            !now ||
            now.tick >= tick + 2 ||
            now.speed === 0 ||
            now.pendingIncident !== null ||
            now.pendingBeat !== null
          );
        },
        heldAt,
        { timeout: 30_000 },
      );
      snapshot = await run(s);
      // An incident or a story beat meanwhile holds the clock behind its card: answer it before triaging.
      await answerDialogs(s);
      const held = snapshot.triage.find((waiting) => waiting.id === request?.id);
      expect(held?.hoursLeft).toBe(request?.hoursLeft);

      // Decide with a real click, or (every third) the key.
      const decision = decisions[triaged % decisions.length] ?? 'accept';
      if (triaged % 3 === 2) await s.press(decision === 'accept' ? 'a' : decision === 'defer' ? 's' : 'r');
      else await clickControl(s, labels[decision]);
      snapshot = await run(s);
      const id = request?.id as number;
      expect(expectedPlace[decision]).toContain(placeOf(snapshot, id));
      expect(
        snapshot.log.commands.some(
          ([, c]) => c.type === 'triage' && c.itemId === id && c.decision === decision,
        ),
      ).toBe(true);
      triaged++;
      // Off the panel again once nothing waits: the countdowns run.
      if (snapshot.triage.length === 0) {
        await hover(s, { x: 640, y: 300 });
        await s.page.waitForFunction(() => window.__phoenix?.run()?.triageHeld === false);
      }
    }
    snapshot = await run(s);
    expect(triaged).toBeGreaterThan(2);
    expect(pulled).not.toBeNull();
    expect(snapshot.autoTriaged).toEqual([]);
    // Holding was logged as engine commands, so the run replays exactly.
    expect(snapshot.log.commands.some(([, c]) => c.type === 'holdTriage')).toBe(true);

    // Esc asks first; the safe choice has the focus; the act was saved either way.
    await s.press('Escape');
    expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe(await t('house.leave.stay'));
    await s.screenshot('first-way-play-leave');
    await s.press('Enter');
    expect(await s.page.evaluate(() => window.__phoenix?.scene)).toBe('FirstWay');
    expect(await s.page.evaluate(() => window.__phoenix?.texts() ?? [])).not.toContain(
      await t('house.leave.title'),
    );
    expect(s.errors).toEqual([]);
  });
});

describe('A story beat that comes due during a click', () => {
  it('lets the click finish first, then opens with nothing focused, and keeps help out of it', async () => {
    session = await openGame();
    const s = session;
    const t = (key: string, options?: Record<string, unknown>) =>
      s.page.evaluate(({ k, o }) => window.__phoenix?.translate(k, o) ?? k, { k: key, o: options });
    await s.waitForScene('Title');
    // Requests do not stop the clock in this run (a stored setting, as Settings writes it).
    await s.page.evaluate(() =>
      localStorage.setItem(
        'phoenix-ops:settings',
        JSON.stringify({ version: 1, settings: { pauseOnRequest: 'never' } }),
      ),
    );
    await s.page.reload();
    await s.waitForScene('Title');
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    const beat = await s.page.evaluate(() => window.__phoenix?.translate('story.firstWay.sev1.title') ?? '');
    // Run to two hours before the first beat (hour 20) and pause; press the Dev "−" and hold it down;
    // let the clock run into the beat.
    await s.page.evaluate(() => window.__phoenix?.setSpeed(4));
    await s.page.waitForFunction(() => (window.__phoenix?.run()?.tick ?? 0) >= 18, undefined, {
      timeout: 60_000,
    });
    await s.page.evaluate(() => window.__phoenix?.setSpeed(0));
    expect((await run(s)).pendingBeat).toBeNull();
    const minus = await control(s, await t('board.limitDown', { stage: await t('board.stages.dev') }));
    await hover(s, minus);
    await s.page.mouse.down();
    await s.page.evaluate(() => window.__phoenix?.setSpeed(2));
    await s.page.waitForFunction(() => window.__phoenix?.run()?.pendingBeat !== null, undefined, {
      timeout: 30_000,
    });
    await nextFrames(s.page);
    let snapshot = await run(s);
    const tick = snapshot.tick;
    expect(snapshot.settings.wipLimits.dev).toBeNull();
    expect(await s.page.evaluate(() => window.__phoenix?.texts() ?? [])).not.toContain(beat);
    // Released: the click takes effect on the board, then the card opens; the clock waits for it.
    await s.page.mouse.up();
    await nextFrames(s.page);
    await s.page.waitForFunction((title) => window.__phoenix?.texts().includes(title), beat);
    snapshot = await run(s);
    expect(snapshot.settings.wipLimits.dev).toBe(Math.max(1, snapshot.places.dev.length));
    expect(snapshot.tick).toBe(tick);
    await s.screenshot('first-way-play-beat');
    // Nothing is focused: Enter chooses nothing. Help does not draw over the card.
    expect(await s.page.evaluate(() => window.__phoenix?.focused() ?? null)).toBeNull();
    await s.press('Enter');
    await s.press('?');
    snapshot = await run(s);
    expect(snapshot.pendingBeat).not.toBeNull();
    expect(await s.page.evaluate(() => window.__phoenix?.texts() ?? [])).not.toContain(
      await t('help.heading'),
    );
    // Tab reaches the first choice; Enter then chooses it.
    await s.press('Tab');
    expect(await s.page.evaluate(() => window.__phoenix?.focused() ?? null)).toBe(
      await t('story.firstWay.sev1.callConstraint'),
    );
    await s.press('Enter');
    snapshot = await run(s);
    expect(snapshot.pendingBeat).toBeNull();
    expect(
      snapshot.log.commands.some(
        ([, c]) => c.type === 'chooseStoryOption' && c.optionId === 'call-constraint',
      ),
    ).toBe(true);
    expect(s.errors).toEqual([]);
  });
});
