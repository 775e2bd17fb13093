// The incident decision card: it holds the clock, opens with the focus on the default (fix forward),
// is played with real keys, and its words stay in their box in every language.
import { afterEach, describe, expect, it } from 'vitest';
import { cardTextProblems, playUntilCard } from './support/act-cards';
import { type GameSession, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

type Snapshot = NonNullable<ReturnType<NonNullable<Window['__phoenix']>['run']>>;
const run = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.run() ?? null) as Promise<Snapshot>;
const SLOW = { timeout: 90_000, polling: 100 };
/** The card's frame in design coordinates (incident-card.ts). */
const CARD = { left: 260, top: 150, right: 980, bottom: 530 };

/** From the Title: starts the act and plays at 4×, answering story cards with Enter, until an incident card is up. */
async function untilIncidentCard(s: GameSession, act: string, seed: number): Promise<Snapshot> {
  await s.page.evaluate(({ id, n }) => window.__phoenix?.startAct(id, n), { id: act, n: seed });
  return nextIncidentCard(s);
}

function nextIncidentCard(s: GameSession): Promise<Snapshot> {
  return playUntilCard(s, 'incident');
}

/** The card's own texts (drawn over the board) that leave the card or overlap each other. */
const layoutProblems = (s: GameSession) => cardTextProblems(s, CARD);

describe('The incident card', () => {
  it('holds the clock, opens on fix forward, and hands the incident off by keys', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    // Seed 29: an incident that needs Kai is detected in the first hours.
    const before = await untilIncidentCard(s, 'first-way', 29);
    const incident = before.pendingIncident!;
    const kai = await s.page.evaluate(() => window.__phoenix?.translate('staff.kai') ?? '');
    const fixForward = await s.page.evaluate(
      (name) => window.__phoenix?.translate('incidentCard.choice.constraint', { name }),
      kai,
    );
    const handOff = await s.page.evaluate(
      (name) => window.__phoenix?.translate('incidentCard.choice.handOff', { name }),
      kai,
    );
    await s.page.waitForFunction(() => window.__phoenix?.focused() !== null);
    expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe(fixForward);
    await s.screenshot('incident-card-hand-off-en');
    // The card holds the clock at 4×.
    await s.page.waitForTimeout(1500);
    expect((await run(s)).tick).toBe(before.tick);
    // Keys that act on the board wait while the card is up.
    await s.press('a');
    expect((await run(s)).log.commands.some(([, c]) => c.type === 'triage')).toBe(false);
    await s.press('Tab');
    expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe(handOff);
    await s.press('Enter');
    await s.page.waitForFunction((id) => window.__phoenix?.run()?.pendingIncident !== id, incident);
    const after = await run(s);
    expect(after.log.commands.at(-1)).toEqual([
      before.tick,
      { type: 'respondToIncident', itemId: incident, response: 'hand-off' },
    ]);
    // The clock runs again — unless a request arrived with the incident and paused the First Way (the
    // default setting), which the player resumes.
    const paused = await run(s);
    if (paused.speed === 0) {
      expect(paused.places.triage.length).toBeGreaterThan(0);
      await s.page.evaluate(() => window.__phoenix?.setSpeed(4));
    }
    await s.page.waitForFunction((t) => (window.__phoenix?.run()?.tick ?? 0) > t, before.tick, SLOW);
    expect(s.errors).toEqual([]);
  });

  for (const language of ['en', 'es', 'fr', 'de'] as const) {
    it(`offers roll back for a failed release, its words in the box (${language})`, async () => {
      session = await openGame();
      const s = session;
      await s.waitForScene('Title');
      await s.page.evaluate((l) => window.__phoenix?.setLanguage(l), language);
      await s.waitForScene('Title');
      // Seed 10: the first weekly release of ten fails and its incident is detected on day 6.
      let snapshot = await untilIncidentCard(s, 'first-way', 10);
      const rollBack = await s.page.evaluate(() =>
        window.__phoenix?.translate('incidentCard.choice.rollBack'),
      );
      // Incidents that are not a failed release may come first: their default, by Enter.
      while (!(await s.page.evaluate(() => window.__phoenix?.texts() ?? [])).includes(rollBack ?? '')) {
        expect(snapshot.tick).toBeLessThan(100);
        await s.press('Enter');
        await s.page.waitForFunction(
          (id) => window.__phoenix?.run()?.pendingIncident !== id,
          snapshot.pendingIncident,
        );
        snapshot = await nextIncidentCard(s);
      }
      await s.page.waitForTimeout(300);
      expect(await layoutProblems(s)).toEqual([]);
      await s.screenshot(`incident-card-roll-back-${language}`);
      expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe(
        await s.page.evaluate(() => window.__phoenix?.translate('incidentCard.choice.fixForward')),
      );
      expect(s.errors).toEqual([]);
    });
  }
});
