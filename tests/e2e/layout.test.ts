// Layout that holds in every language: each scene, each act's board, a crowded finale with a dialog
// open, the results panel, the share dialog, the debrief's tabs and the credits, in English, Spanish,
// French and German. The geometry comes from Phaser's live scene graph (window.__phoenix.layout()):
// a text must stay inside its box (button, card, panel) and overlap no other text, icon or control;
// controls must not overlap. The debrief is DOM: its texts must stay inside their cards, and every bar of
// a chart must carry its label. One screenshot per scene and language goes to test-results/screenshots.
import { afterEach, describe, expect, it } from 'vitest';
import type { LayoutSnapshot } from '../../src/game/layout-geometry';
import { playUntilCard } from './support/act-cards';
import { domLayoutProblems } from './support/dom-layout';
import { type GameSession, openGame } from './support/game';
import { layoutProblems } from './support/layout';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const SLOW = { timeout: 90_000 };
const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;

/** A policy that uses every tool the acts offer, so each board shows its whole panel. */
const POLICY = {
  wipLimits: { dev: 3, test: 2, ops: 2 },
  batchSize: 2,
  protectConstraint: true,
  intakeLimit: 8,
  improvementShare: 0.2,
  investments: ['telemetry', 'test-automation', 'deploy-automation'],
  stopTheLine: true,
};

/** Accept every request and let little through: the Backlog piles up. */
const CROWD = {
  wipLimits: { dev: 1, test: 1, ops: 1 },
  batchSize: 5,
  protectConstraint: false,
  intakeLimit: 200,
  improvementShare: 0,
  investments: [],
  stopTheLine: false,
};

/**
 * Waits until what the scene shows has stopped moving: two layout snapshots 150 ms apart alike (slides
 * and fades are timed in game time, which runs slower than the wall clock on a loaded machine).
 */
async function settle(s: GameSession): Promise<void> {
  const geometry = async () =>
    JSON.stringify(
      ((await s.page.evaluate(() => window.__phoenix?.layout())) as LayoutSnapshot).nodes.map((n) => [
        n.name,
        n.rect,
      ]),
    );
  let before = await geometry();
  for (let attempt = 0; attempt < 40; attempt++) {
    await s.page.waitForTimeout(150);
    const now = await geometry();
    if (now === before) return;
    before = now;
  }
}

/** The text size the scenes are checked at (Settings → Text size), as a factor. */
let textScale = 1;

async function checkLayout(s: GameSession, name: string): Promise<string[]> {
  const snapshot = (await s.page.evaluate(() => window.__phoenix?.layout())) as LayoutSnapshot;
  return layoutProblems(snapshot, { textScale }).map((problem) => `${name}: ${problem}`);
}

async function checkScene(s: GameSession, name: string, language: string): Promise<string[]> {
  const snapshot = (await s.page.evaluate(() => window.__phoenix?.layout())) as LayoutSnapshot;
  const size = textScale === 1 ? '' : `-${Math.round(textScale * 100)}`;
  await s.screenshot(`layout-${name}-${language}${size}`);
  expect(snapshot.nodes.filter((n) => n.kind === 'text').length, `${name}: texts found`).toBeGreaterThan(0);
  return layoutProblems(snapshot, { textScale }).map((problem) => `${name}: ${problem}`);
}

/** Runs the act to this hour exactly, then lets the board settle. */
async function runTo(s: GameSession, tick: number): Promise<void> {
  await s.page.evaluate(() => window.__phoenix?.setSpeed(0));
  const now = (await s.page.evaluate(() => window.__phoenix?.run()?.tick)) ?? 0;
  await s.page.evaluate((hours) => window.__phoenix?.advance(hours), tick - now);
  await settle(s);
}

/** The debrief's visible texts that leave their card or overlap another text (DOM geometry). */
const debriefProblems = (s: GameSession, tab: string) =>
  domLayoutProblems(s.page, {
    scope: '.phx-debrief .phx-panel[data-active="true"]',
    box: '.phx-card',
    label: tab,
  });

const TEXT_SIZES = [100, 150] as const;
/** Every language at the smallest and largest text; the middle size in German, whose words are longest. */
const RUNS = [
  ...TEXT_SIZES.flatMap((size) => LANGUAGES.map((language) => [size, language] as const)),
  [125, 'de'] as const,
];

for (const [textSize, language] of RUNS) {
  describe(`The layout in ${language} at ${textSize}% text`, () => {
    it('keeps every text in its box and clear of other texts and controls, in every scene', async () => {
      session = await openGame();
      const s = session;
      const problems: string[] = [];
      textScale = textSize / 100;
      await s.waitForScene('Title');
      await s.page.evaluate((l) => window.__phoenix?.setLanguage(l as 'en'), language);
      await s.page.evaluate((size) => window.__phoenix?.setTextSize(size), textSize);
      await s.waitForScene('Title');
      problems.push(...(await checkScene(s, 'title', language)));

      for (const [scene, name] of [
        ['Settings', 'settings'],
        ['ActSelect', 'act-select'],
        ['Briefing', 'briefing'],
        ['Credits', 'credits'],
      ] as const) {
        await s.page.evaluate((key) => window.__phoenix?.goto(key), scene);
        await s.waitForScene(scene);
        problems.push(...(await checkScene(s, name, language)));
      }

      // The act's dialogs, met as a first-time player meets them: the tutorial's steps, a story card, an
      // incident card, the leave dialog, and the glossary from help.
      const t = (key: string, options?: Record<string, unknown>) =>
        s.page.evaluate(({ k, o }) => window.__phoenix?.translate(k, o) ?? k, { k: key, o: options });
      await s.page.evaluate(() => window.__phoenix?.goto('ActSelect'));
      await s.waitForScene('ActSelect');
      await s.clickControl(await t('acts.firstWay.name'));
      await s.waitForScene('Briefing');
      await s.clickControl(await t('briefing.skip'));
      await s.waitForScene('FirstWay');
      for (let step = 1; step <= 7; step++) {
        const label = await t('tutorial.step', { step, steps: 7 });
        await s.page.waitForFunction((l) => window.__phoenix?.texts().includes(l), label);
        await settle(s);
        problems.push(
          ...(step === 1
            ? await checkScene(s, 'tutorial', language)
            : await checkLayout(s, `tutorial-${step}`)),
        );
        await s.clickControl(await t(step === 7 ? 'tutorial.done' : 'tutorial.next'));
      }
      // The story and incident cards of a known run (the act select's start has a random seed).
      await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
      await playUntilCard(s, 'story');
      await settle(s);
      problems.push(...(await checkScene(s, 'story', language)));
      await playUntilCard(s, 'incident');
      await settle(s);
      problems.push(...(await checkScene(s, 'incident', language)));
      // The default, fix forward: each card opens with the focus on it (another may follow at once).
      for (;;) {
        const incident = await s.page.evaluate(() => window.__phoenix?.run()?.pendingIncident ?? null);
        if (incident === null) break;
        await s.press('Enter');
        await s.page.waitForFunction((id) => window.__phoenix?.run()?.pendingIncident !== id, incident);
        await s.page.evaluate(() => window.__phoenix?.setSpeed(0));
      }
      await s.page.evaluate(() => window.__phoenix?.setSpeed(0));
      const leaveTitle = await t('house.leave.title');
      await s.press('Escape');
      await s.page.waitForFunction((h) => window.__phoenix?.texts().includes(h), leaveTitle);
      await settle(s);
      problems.push(...(await checkScene(s, 'leave', language)));
      await s.press('Enter'); // keep playing
      await s.page.waitForFunction((h) => !window.__phoenix?.texts().includes(h), leaveTitle);
      const help = await t('help.heading');
      await s.press('?');
      await s.page.waitForFunction((h) => window.__phoenix?.texts().includes(h), help);
      await s.clickControl(await t('glossary.page.open'));
      await settle(s);
      problems.push(...(await checkScene(s, 'glossary', language)));
      await s.press('Escape');
      await s.press('Escape');

      // Each act's board, two days in, with every tool its Way unlocks in use.
      for (const act of ['first-way', 'second-way', 'third-way'] as const) {
        await s.page.evaluate((a) => window.__phoenix?.startAct(a, 4711), act);
        expect(await s.page.evaluate((p) => window.__phoenix?.playPolicy(p), POLICY)).toMatchObject({
          ok: true,
        });
        await runTo(s, 20);
        problems.push(...(await checkScene(s, `board-${act}`, language)));
        if (act === 'first-way') {
          // In flight: at 4× cards change column every few hundred milliseconds. Sampled as they go,
          // none leaves its column, crosses another card or covers a text.
          await s.page.evaluate(() => window.__phoenix?.setSpeed(4));
          for (let sample = 0; sample < 16; sample++) {
            problems.push(...(await checkLayout(s, `board-${act}-moving`)));
            await s.page.waitForTimeout(90);
          }
          await s.page.evaluate(() => window.__phoenix?.setSpeed(0));
        }
      }

      // The crowded board: the finale at day 15 with 40 and more cards waiting in the Backlog.
      await s.page.evaluate(() => window.__phoenix?.startAct('finale', 4711));
      expect(await s.page.evaluate((p) => window.__phoenix?.playPolicy(p), CROWD)).toMatchObject({
        ok: true,
      });
      await runTo(s, 14 * 8);
      const run = await s.page.evaluate(() => window.__phoenix?.run());
      expect(run?.day).toBe(15);
      expect(run?.places.backlog.length).toBeGreaterThanOrEqual(40);
      problems.push(...(await checkScene(s, 'board-finale-crowded', language)));
      // A dialog over it: the key list.
      await s.press('?');
      await settle(s);
      problems.push(...(await checkScene(s, 'board-finale-dialog', language)));
      await s.press('Escape');

      // To the end: the results panel, and its share dialog.
      await s.page.evaluate(() => window.__phoenix?.setSpeed('max'));
      await s.page.waitForFunction(() => window.__phoenix?.run()?.ended === true, undefined, SLOW);
      await s.page.waitForFunction(() => window.__phoenix?.practices() !== null, undefined, SLOW);
      await settle(s);
      problems.push(...(await checkScene(s, 'results', language)));
      await s.clickControl(await t('resultCode.share'));
      await settle(s);
      problems.push(...(await checkScene(s, 'share', language)));
      await s.clickControl(await t('resultCode.close'));
      await s.clickControl(await t('results.continue'));

      // The debrief, tab by tab: texts inside their cards, every bar of a chart named on its axis.
      await s.waitForScene('Debrief');
      await s.page.waitForSelector('.phx-debrief [data-part="lesson"]');
      for (const tab of ['summary', 'charts', 'practices', 'whatIf'] as const) {
        await s.page.locator(`#phx-tab-${tab}`).click();
        await s.page.waitForSelector(`#phx-panel-${tab}[data-active="true"]`);
        await settle(s);
        await s.screenshot(`layout-debrief-${tab}-${language}${textSize === 100 ? '' : `-${textSize}`}`);
        problems.push(...(await debriefProblems(s, tab)));
      }
      const axes = (await s.page.evaluate(() => window.__phoenix?.debrief()?.chartAxes)) ?? {};
      expect(Object.keys(axes)).toContain('outages');
      for (const [chart, { categories, labels }] of Object.entries(axes)) {
        if (labels !== categories)
          problems.push(`debrief: chart ${chart} has ${categories} bars, ${labels} labels`);
      }

      await s.page.evaluate(() => window.__phoenix?.goto('Credits'));
      await s.waitForScene('Credits');
      expect(problems).toEqual([]);
      expect(s.errors).toEqual([]);
    }, 600_000);
  });
}
