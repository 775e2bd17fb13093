import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame, pixelStats } from './support/game';
import { expectSameAsCli } from './support/sim-cli';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

type Snapshot = NonNullable<ReturnType<NonNullable<Window['__phoenix']>['run']>>;
const run = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.run() ?? null) as Promise<Snapshot>;
const loggedTypes = (snapshot: Snapshot) => snapshot.log.commands.map(([, command]) => command.type);

/** What to wait for (named, not code: the page's Content-Security-Policy forbids evaluating strings). */
type Until = 'triage' | 'backlog' | 'beat' | 'release';

/**
 * Runs the act until `until` holds, at the given speed, then pauses. A request arriving pauses the
 * clock in the First Way (the default setting): Space resumes it and the request is left to its default;
 * an incident card gets its default (Enter: fix forward, which has the focus); a story beat other than
 * the one waited for gets its first option.
 */
async function playUntil(s: GameSession, until: Until, speed: 1 | 2 | 4 | 'max' = 4): Promise<Snapshot> {
  await s.page.evaluate((value) => window.__phoenix?.setSpeed(value), speed);
  for (;;) {
    await s.page.waitForFunction(
      (name) => {
        const run = window.__phoenix?.run();
        if (!run) return false;
        if (run.speed === 0 || run.pendingIncident !== null) return true;
        if (name === 'triage') return run.places.triage.length > 0;
        if (name === 'backlog') return run.places.backlog.length > 0;
        if (name === 'beat') return run.pendingBeat !== null;
        return run.places.release.length > 0;
      },
      until,
      { timeout: 90_000, polling: 100 },
    );
    const snapshot = await run(s);
    const reached =
      until === 'triage'
        ? snapshot.places.triage.length > 0
        : until === 'backlog'
          ? snapshot.places.backlog.length > 0
          : until === 'beat'
            ? snapshot.pendingBeat !== null
            : snapshot.places.release.length > 0;
    // Every card is answered before the step returns: an open card would take the keys and clicks
    // meant for the board.
    if (reached && until === 'beat') {
      await s.clickDesign(1128, 30);
      return run(s);
    }
    if (snapshot.pendingBeat !== null) {
      // A story beat not waited for: its first option, by keys, as its card says (a beat whose
      // proposal already holds is answered without a card).
      const asks = await s.page.waitForFunction(
        (id) =>
          window.__phoenix?.run()?.pendingBeat !== id
            ? 'answered'
            : window.__phoenix?.texts().includes('Tab reaches the options, Enter chooses one.') && 'asks',
        snapshot.pendingBeat,
      );
      if ((await asks.jsonValue()) === 'asks') {
        await s.press('Tab');
        await s.press('Enter');
      }
      await s.page.waitForFunction((id) => window.__phoenix?.run()?.pendingBeat !== id, snapshot.pendingBeat);
      continue;
    }
    if (snapshot.pendingIncident !== null) {
      await s.press('Enter');
      await s.page.waitForFunction(
        (id) => window.__phoenix?.run()?.pendingIncident !== id,
        snapshot.pendingIncident,
      );
      continue;
    }
    if (!reached) {
      await s.press('Space'); // paused by an arriving request: resume
      continue;
    }
    // Pause with the real pause button: unlike Space it cannot resume a clock that an arrival just
    // paused. A card that came up before the pause is answered on the next round.
    await s.clickDesign(1128, 30);
    const paused = await run(s);
    if (paused.pendingIncident === null && (paused.pendingBeat === null || until === 'beat')) return paused;
  }
}

describe('The First Way, played by real input', () => {
  it('takes clicks and keys for every First Way action, then finishes at max speed', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    await s.clickDesign(1010, 190); // Play
    await s.waitForScene('ActSelect');
    await s.clickDesign(640 - 3 * 148, 380); // The First Way
    await s.waitForScene('Briefing');
    await s.screenshot('first-way-briefing');
    await s.clickDesign(640 + 150, 600); // Next
    await s.page.waitForFunction(() => window.__phoenix?.texts().some((t) => t.startsWith("I'm Kai")));
    await s.clickDesign(640 - 150, 600); // Skip briefing
    await s.waitForScene('FirstWay');
    // First visit: the tutorial points at each mechanic; read one step, then skip the rest.
    await s.page.waitForFunction(() => window.__phoenix?.texts().includes('Step 1 of 7'));
    await s.screenshot('first-way-tutorial');
    await s.clickDesign(360 + 420 - 90, 300 + 190 - 32); // Next
    await s.page.waitForFunction(() => window.__phoenix?.texts().includes('Step 2 of 7'));
    expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe('Next');
    await s.press('Tab');
    expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe('Skip tutorial');
    await s.press('Enter');
    await s.page.waitForFunction(() => !window.__phoenix?.texts().some((t) => t.startsWith('Step ')));
    await s.press('Space');
    let snapshot = await run(s);
    expect(snapshot.speed).toBe(0);
    await s.screenshot('first-way-start');

    // WIP limit: "−" on Dev sets the limit at today's count.
    const devCount = snapshot.places.dev.length;
    await s.clickDesign(278, 106);
    snapshot = await run(s);
    expect(snapshot.settings.wipLimits.dev).toBe(Math.max(1, devCount));

    // Batch size by click, and by key.
    await s.clickDesign(470, 686);
    snapshot = await run(s);
    expect(snapshot.settings.batchSize).toBe(9);
    await s.press('[');
    snapshot = await run(s);
    expect(snapshot.settings.batchSize).toBe(8);

    // Triage with the real button once a request arrives.
    snapshot = await playUntil(s, 'triage');
    const request = snapshot.places.triage[0];
    await s.clickDesign(90, 686); // Accept
    snapshot = await run(s);
    expect(snapshot.places.triage).not.toContain(request);
    expect(snapshot.log.commands.some(([, c]) => c.type === 'triage' && c.itemId === request)).toBe(true);

    // Pull: a card waiting in Backlog, clicked where it is drawn (raise the Dev limit first).
    snapshot = await playUntil(s, 'backlog');
    await s.clickDesign(308, 106); // Dev "+"
    const card = snapshot.places.backlog[0] as number;
    const at = await s.page.evaluate((id) => window.__phoenix?.cardCenter(id) ?? null, card);
    expect(at).not.toBeNull();
    await s.page.waitForTimeout(800); // let the card finish fading in (it takes clicks once there)
    const settled = await s.page.evaluate((id) => window.__phoenix?.cardCenter(id) ?? null, card);
    await s.clickDesign(settled?.x ?? 0, settled?.y ?? 0);
    snapshot = await run(s);
    expect(snapshot.log.commands.some(([, c]) => c.type === 'pull' && c.itemId === card)).toBe(true);

    // Protect the constraint and freeze projects by keys.
    await s.press('p');
    await s.press('f');
    snapshot = await run(s);
    expect(snapshot.settings.protectConstraint).toBe(true);
    expect(snapshot.settings.projectFreeze).toBe(true);

    // A story beat: choose its second option with a real click.
    snapshot = await playUntil(s, 'beat');
    const beat = snapshot.pendingBeat;
    await s.screenshot('first-way-story');
    await s.clickDesign(300 + 32 + (640 - 64 - 16) * 0.75 + 16, 170 + 282);
    snapshot = await run(s);
    expect(snapshot.pendingBeat).toBeNull();
    const choice = snapshot.log.commands.find(([, c]) => c.type === 'chooseStoryOption');
    expect(choice?.[1]).toMatchObject({ beatId: beat });

    // Deploy with the real button once something is ready.
    snapshot = await playUntil(s, 'release');
    await s.press('d');
    await s.page.waitForTimeout(100);
    snapshot = await run(s);
    expect(loggedTypes(snapshot)).toContain('deploy');
    await s.screenshot('first-way-mid');

    // The rest at max speed.
    await s.page.evaluate(() => window.__phoenix?.setSpeed('max'));
    await s.page.waitForFunction(() => window.__phoenix?.run()?.ended === true, undefined, {
      timeout: 90_000,
    });
    await s.page.waitForFunction(() => window.__phoenix?.texts().includes('Act complete'));
    const png = await s.screenshot('first-way-end');
    expect((await pixelStats(s.page, png)).distinctColors).toBeGreaterThan(50);
    snapshot = await run(s);
    expect(snapshot.tick).toBe(160);
    expect(snapshot.score.total).toBeGreaterThanOrEqual(0);
    expect(snapshot.score.total).toBeLessThanOrEqual(1000);
    expect(s.errors).toEqual([]);
  });
});

describe('The First Way, played by the policy bot', () => {
  it('ends with the same metrics and score as npm run sim for the same seed and policy', async () => {
    session = await openGame();
    await session.waitForScene('Title');
    const policy = { wipLimits: { dev: 4, test: 2, ops: 3 }, batchSize: 1, protectConstraint: true };
    await session.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    const accepted = await session.page.evaluate((p) => window.__phoenix?.playPolicy(p), policy);
    expect(accepted).toEqual({ ok: true, ignored: [] });
    await session.page.evaluate(() => window.__phoenix?.setSpeed('max'));
    await session.page.waitForFunction(() => window.__phoenix?.run()?.ended === true, undefined, {
      timeout: 90_000,
    });
    const game = await run(session);
    expectSameAsCli(game, { scenario: 'first-way', seed: 4711, policy });
    expect(game.metrics.featuresShipped).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  });
});

describe('An unfinished act', () => {
  it('is saved, survives a reload, and resumes at the same hour with the same log', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    // Requests arriving do not stop this run's clock (a stored setting, as Settings writes it).
    await s.page.evaluate(() =>
      localStorage.setItem(
        'phoenix-ops:settings',
        JSON.stringify({ version: 1, settings: { pauseOnRequest: 'never' } }),
      ),
    );
    await s.page.reload();
    await s.waitForScene('Title');
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 77));
    await s.page.evaluate(() => {
      window.__phoenix?.dispatch({ type: 'setBatchSize', size: 3 });
      window.__phoenix?.dispatch({ type: 'setWipLimit', stage: 'dev', limit: 3 });
      window.__phoenix?.setSpeed(4);
    });
    for (;;) {
      await s.page.waitForFunction(
        () => {
          const now = window.__phoenix?.run();
          return (now?.tick ?? 0) >= 10 || (now?.pendingIncident ?? null) !== null;
        },
        undefined,
        { timeout: 60_000 },
      );
      const now = await run(s);
      if (now.tick >= 10 && now.pendingIncident === null) break;
      // An incident card holds the clock and the board's keys: Enter takes its default (fix forward).
      await s.press('Enter');
      await s.page.waitForFunction(
        (id) => window.__phoenix?.run()?.pendingIncident !== id,
        now.pendingIncident,
      );
    }
    await s.press('Space');
    const before = await run(s);
    await s.page.reload();
    await s.waitForScene('Title');
    await s.clickDesign(1010, 190);
    await s.waitForScene('ActSelect');
    const day = Math.floor(before.tick / 8) + 1;
    expect(await s.page.evaluate(() => window.__phoenix?.texts() ?? [])).toContain(
      `In progress · day ${day}`,
    );
    await s.clickDesign(640 - 3 * 148, 380);
    await s.waitForScene('FirstWay');
    const after = await run(s);
    expect(after.speed).toBe(0); // paused when left, paused when resumed
    expect(after.tick).toBe(before.tick);
    expect(after.log).toEqual(before.log);
    expect(after.settings).toEqual(before.settings);
    expect(after.metrics).toEqual(before.metrics);
    expect(s.errors).toEqual([]);
  });

  it('a damaged save is ignored: the act starts afresh without an error', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    await s.page.evaluate(() =>
      localStorage.setItem('phoenix-ops:act:first-way', '{"version":1,"tick":12,"log":{"engineVersion":"x"'),
    );
    await s.page.reload();
    await s.waitForScene('Title');
    await s.clickDesign(1010, 190);
    await s.waitForScene('ActSelect');
    expect(
      (await s.page.evaluate(() => window.__phoenix?.texts() ?? [])).some((t) => t.startsWith('In progress')),
    ).toBe(false);
    expect(s.errors).toEqual([]);
  });
});

describe('A save from an earlier version of the game', () => {
  it('is refused with that reason on the act card and in the debrief, then the act starts afresh', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    await s.page.evaluate(() => {
      const old = {
        engineVersion: 'phoenix-sim-0.1.0',
        scenarioId: 'first-way',
        seed: 5,
        days: null,
        demand: 1,
      };
      // Commands of a shape this version no longer knows: the reason must still be the version.
      const commands = [[0, { type: 'retiredCommand' }]];
      localStorage.setItem(
        'phoenix-ops:act:first-way',
        JSON.stringify({ version: 1, tick: 12, log: { ...old, commands } }),
      );
      localStorage.setItem(
        'phoenix-ops:last-run:first-way',
        JSON.stringify({ version: 1, finishedAt: 1, log: { ...old, commands } }),
      );
    });
    await s.page.reload();
    await s.waitForScene('Title');
    await s.clickDesign(1010, 190);
    await s.waitForScene('ActSelect');
    const texts = await s.page.evaluate(() => window.__phoenix?.texts() ?? []);
    expect(texts).toContain('Save from an earlier version kept aside: this act starts afresh');
    expect(texts.some((t) => t.startsWith('In progress'))).toBe(false);
    await s.screenshot('act-select-old-save');
    // Its last run cannot be debriefed: the debrief says why.
    await s.clickDesign(640 - 3 * 148, 380 + 180 + 38);
    await s.waitForScene('Debrief');
    expect(await s.page.evaluate(() => window.__phoenix?.texts() ?? [])).toContain(
      "This run was played with an earlier version of the game, so it can't be replayed or debriefed here. Play the act again to see its debrief.",
    );
    await s.press('Escape');
    await s.waitForScene('ActSelect');
    // The card starts the act afresh (the briefing), and the stale save is gone.
    await s.clickDesign(640 - 3 * 148, 380);
    await s.waitForScene('Briefing');
    expect(await s.page.evaluate(() => localStorage.getItem('phoenix-ops:act:first-way'))).toBeNull();
    expect(s.errors).toEqual([]);
  });
});

describe('A shared link', () => {
  it('?scenario=first-way&seed=4711 opens the briefing and plays that seed', async () => {
    session = await openGame({ query: '?e2e&scenario=first-way&seed=4711' });
    const s = session;
    await s.page.waitForFunction(
      () => window.__phoenix?.scene === 'Briefing' && window.__phoenix.settled,
      undefined,
      {
        timeout: 30_000,
      },
    );
    await s.clickDesign(640 - 150, 600); // Skip briefing
    await s.waitForScene('FirstWay');
    const snapshot = await run(s);
    expect(snapshot.scenario).toBe('first-way');
    expect(snapshot.seed).toBe(4711);
    expect(s.errors).toEqual([]);
  });
});
