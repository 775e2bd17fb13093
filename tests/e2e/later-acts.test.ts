import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame } from './support/game';
import { expectSameAsCli } from './support/sim-cli';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

type Snapshot = NonNullable<ReturnType<NonNullable<Window['__phoenix']>['run']>>;
const run = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.run() ?? null) as Promise<Snapshot>;

// Where the shared widgets put each act's new controls (1280×720 design space).
const PANEL_X = 972;
const INVEST_ROW_Y = 363 + 18;
const STOP_LINE = { x: 951, y: 606 + 76 };

/** Plays a few in-game hours at 4×, answering story and incident cards with Enter, then pauses with Space. */
async function playHours(s: GameSession, hours: number): Promise<Snapshot> {
  const target = (await run(s)).tick + hours;
  await s.page.evaluate(() => window.__phoenix?.setSpeed(4));
  for (;;) {
    await s.page.waitForFunction(
      (until) => {
        const snapshot = window.__phoenix?.run();
        return (
          !snapshot ||
          snapshot.tick >= until ||
          snapshot.pendingBeat !== null ||
          snapshot.pendingIncident !== null
        );
      },
      target,
      { timeout: 60_000 },
    );
    const snapshot = await run(s);
    if (snapshot.tick >= target) break;
    // A story card opens with nothing focused (every choice matters): Tab reaches its first choice. An
    // incident card opens on its safe default (fix forward).
    if (snapshot.pendingBeat !== null) {
      await s.page.waitForFunction(() => window.__phoenix?.focused() === null);
      await s.press('Tab');
    }
    await s.page.waitForFunction(() => window.__phoenix?.focused() !== null);
    await s.press('Enter');
    await s.page.waitForFunction(
      (before) => {
        const now = window.__phoenix?.run();
        return now?.pendingBeat !== before.pendingBeat || now?.pendingIncident !== before.pendingIncident;
      },
      { pendingBeat: snapshot.pendingBeat, pendingIncident: snapshot.pendingIncident },
    );
  }
  await s.press('Space');
  return run(s);
}

async function finish(s: GameSession, name: string): Promise<Snapshot> {
  await s.page.evaluate(() => window.__phoenix?.setSpeed('max'));
  await s.page.waitForFunction(() => window.__phoenix?.run()?.ended === true, undefined, { timeout: 90_000 });
  await s.page.waitForFunction(() => window.__phoenix?.texts().includes('Act complete'));
  await s.screenshot(`${name}-end`);
  return run(s);
}

async function startByHook(s: GameSession, act: string, seed: number): Promise<void> {
  await s.waitForScene('Title');
  await s.page.evaluate(({ id, n }) => window.__phoenix?.startAct(id, n), { id: act, n: seed });
}

const investButton = (index: number) => {
  // Two columns of investments below "Invest": find the row from the panel's layout.
  const cell = (292 - 28 - 6) / 2;
  return { x: PANEL_X + 14 + cell / 2 + (index % 2) * (cell + 6), y: 0 };
};

describe('The Second Way by real input', () => {
  it('invests in telemetry, switches approval, stops the line, and finishes', async () => {
    session = await openGame();
    const s = session;
    await startByHook(s, 'second-way', 21);
    await s.screenshot('second-way-start');
    // Change approval: the two buttons under "Change approval".
    await s.clickDesign(PANEL_X + 180 + 68, INVEST_ROW_Y);
    let snapshot = await run(s);
    expect(snapshot.settings.changeApproval).toBe('cab');
    await s.clickDesign(PANEL_X + 180, INVEST_ROW_Y);
    snapshot = await run(s);
    expect(snapshot.settings.changeApproval).toBe('peer-review');
    // Stop the line, by click then by key.
    await s.clickDesign(STOP_LINE.x, STOP_LINE.y);
    snapshot = await run(s);
    expect(snapshot.settings.stopTheLine).toBe(true);
    await s.press('l');
    await s.press('l');
    // Telemetry: the first investment button.
    await s.clickDesign(investButton(0).x, INVEST_ROW_Y + 24 + 20 + 22 + 12); // rows start under "Invest"
    snapshot = await run(s);
    expect(snapshot.log.commands.some(([, c]) => c.type === 'invest' && c.investment === 'telemetry')).toBe(
      true,
    );
    snapshot = await playHours(s, 24);
    await s.screenshot('second-way-mid');
    expect(snapshot.settings.stopTheLine).toBe(true);
    snapshot = await finish(s, 'second-way');
    expect(snapshot.tick).toBe(160);
    expect(s.errors).toEqual([]);
  });
});

describe('The Third Way by real input', () => {
  it('sets improvement time with the buttons and starts an experiment', async () => {
    session = await openGame();
    const s = session;
    await startByHook(s, 'third-way', 22);
    await s.screenshot('third-way-start');
    for (let i = 0; i < 4; i++) await s.clickDesign(PANEL_X + 292 - 48, INVEST_ROW_Y); // + four times
    let snapshot = await run(s);
    expect(snapshot.settings.improvementShare).toBeCloseTo(0.2, 5);
    await s.clickDesign(PANEL_X + 292 - 136, INVEST_ROW_Y); // −
    snapshot = await run(s);
    expect(snapshot.settings.improvementShare).toBeCloseTo(0.15, 5);
    // Deploy automation is the third investment (row 2, left).
    const rowsTop = INVEST_ROW_Y + 44 + 44 + 22;
    const rowHeight = Math.min(32, (596 - 8 - rowsTop) / 4);
    await s.clickDesign(investButton(2).x, rowsTop + rowHeight + rowHeight / 2 - 4);
    snapshot = await run(s);
    expect(
      snapshot.log.commands.some(([, c]) => c.type === 'invest' && c.investment === 'deploy-automation'),
    ).toBe(true);
    await playHours(s, 24);
    await s.screenshot('third-way-mid');
    snapshot = await finish(s, 'third-way');
    expect(snapshot.tick).toBe(160);
    expect(s.errors).toEqual([]);
  });
});

describe('The finale by real input', () => {
  it('combines the Ways under the deadline and finishes', async () => {
    session = await openGame();
    const s = session;
    await startByHook(s, 'finale', 23);
    await s.screenshot('finale-start');
    await s.clickDesign(278, 106); // Dev WIP −
    await s.press('[');
    await s.clickDesign(STOP_LINE.x, STOP_LINE.y);
    await s.clickDesign(PANEL_X + 292 - 48, INVEST_ROW_Y); // improvement +
    const snapshot = await run(s);
    expect(snapshot.settings.wipLimits.dev).not.toBeNull();
    expect(snapshot.settings.stopTheLine).toBe(true);
    expect(snapshot.settings.improvementShare).toBeGreaterThan(0);
    await playHours(s, 24);
    await s.screenshot('finale-mid');
    const end = await finish(s, 'finale');
    expect(end.ended).toBe(true);
    expect(end.tick).toBe(160);
    expect(s.errors).toEqual([]);
  });
});

describe('Every later act, played by the policy bot, matches npm run sim', () => {
  it.each([
    ['second-way', 31],
    ['third-way', 32],
    ['finale', 33],
  ])('%s', async (act, seed) => {
    session = await openGame();
    const s = session;
    await startByHook(s, act, seed);
    const policy = {
      wipLimits: { dev: 4, test: 2, ops: 3 },
      batchSize: 1,
      improvementShare: 0.2,
      investments: ['telemetry', 'test-automation'],
      stopTheLine: true,
      protectConstraint: true,
      changeApproval: 'peer-review',
    };
    await s.page.evaluate((p) => window.__phoenix?.playPolicy(p), policy);
    const game = await finish(s, `${act}-policy`);
    expectSameAsCli(game, { scenario: act, seed, policy });
    expect(s.errors).toEqual([]);
  });
});
