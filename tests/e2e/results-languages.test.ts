// The end of an act in every language: the HUD's DORA tiles, the results panel (goal, the four keys,
// the practices that earned most) and the debrief's summary and Practices tab. Every text must stay
// inside its box; a screenshot per scene and language goes to test-results/screenshots.
import { afterEach, describe, expect, it } from 'vitest';
import type { TextBox } from '../../src/game/test-hook';
import { type GameSession, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const SLOW = { timeout: 90_000 };
/** The results panel's frame and the HUD's DORA tiles, in design coordinates (see results-panel.ts, hud.ts). */
const PANEL = { left: 260, top: 40, right: 1020, bottom: 630 };
const TILES = { x: 250, width: 150, gap: 10, count: 4, bottom: 52 };

const boxes = (s: GameSession) =>
  s.page.evaluate(() => window.__phoenix?.textBoxes() ?? []) as Promise<TextBox[]>;

/** Texts that leave their box (1 px of rounding allowed). */
function outside(
  texts: TextBox[],
  box: { left: number; top: number; right: number; bottom: number },
): string[] {
  return texts
    .filter(
      (t) =>
        t.left < box.left - 1 || t.right > box.right + 1 || t.top < box.top - 1 || t.bottom > box.bottom + 1,
    )
    .map(
      (t) =>
        `${t.text} [${Math.round(t.left)}, ${Math.round(t.top)} – ${Math.round(t.right)}, ${Math.round(t.bottom)}]`,
    );
}

/** DORA tile texts wider than their tile. */
function tileOverflow(texts: TextBox[]): string[] {
  return texts.flatMap((t) => {
    if (t.top > TILES.bottom || t.left < TILES.x) return [];
    const index = Math.floor((t.left - TILES.x) / (TILES.width + TILES.gap));
    if (index >= TILES.count) return [];
    const right = TILES.x + index * (TILES.width + TILES.gap) + TILES.width;
    return t.right > right + 1 ? [`${t.text} (${Math.round(t.right - right)} px over)`] : [];
  });
}

/** Debrief cards whose content runs past their edges (they clip: what overflows is lost). */
const cardOverflow = (s: GameSession) =>
  s.page.$$eval('.phx-debrief .phx-panel[data-active="true"] .phx-card', (cards) =>
    cards.flatMap((card) =>
      card.scrollWidth > card.clientWidth + 1 || card.scrollHeight > card.clientHeight + 1
        ? [(card as HTMLElement).dataset.part ?? card.className]
        : [],
    ),
  );

const POLICY = {
  wipLimits: { dev: 3, test: 2, ops: 2 },
  batchSize: 1,
  protectConstraint: true,
  intakeLimit: 8,
  improvementShare: 0.2,
  investments: ['telemetry', 'test-automation', 'deploy-automation'],
  stopTheLine: true,
};

async function playToResults(s: GameSession, language: string, act: string): Promise<void> {
  await s.waitForScene('Title');
  await s.page.evaluate((l) => window.__phoenix?.setLanguage(l as 'en'), language);
  await s.waitForScene('Title');
  await s.page.evaluate((a) => window.__phoenix?.startAct(a, 4711), act);
  expect(await s.page.evaluate((p) => window.__phoenix?.playPolicy(p), POLICY)).toMatchObject({ ok: true });
  // Two days in, paused: the HUD's DORA tiles have values and bands.
  await s.page.evaluate(() => window.__phoenix?.setSpeed('max'));
  await s.page.waitForFunction(() => (window.__phoenix?.run()?.tick ?? 0) >= 16, undefined, SLOW);
  await s.page.evaluate(() => window.__phoenix?.setSpeed(0));
  expect(tileOverflow(await boxes(s))).toEqual([]);
  await s.screenshot(`hud-${act}-${language}`);
  await s.page.evaluate(() => window.__phoenix?.setSpeed('max'));
  await s.page.waitForFunction(() => window.__phoenix?.run()?.ended === true, undefined, SLOW);
  await s.page.waitForFunction(() => window.__phoenix?.practices() !== null, undefined, SLOW);
}

for (const [language, act] of [
  ['en', 'first-way'],
  ['es', 'first-way'],
  ['fr', 'first-way'],
  ['de', 'first-way'],
  ['de', 'finale'],
  ['es', 'finale'],
] as const) {
  describe(`The end of ${act} in ${language}`, () => {
    it('fits the results panel and the debrief, and names the practices that earned most', async () => {
      session = await openGame();
      const s = session;
      await playToResults(s, language, act);
      const practices = (await s.page.evaluate(() => window.__phoenix?.practices())) ?? [];
      const texts = await boxes(s);
      const panel = texts.filter((t) => t.depth >= 2000);
      expect(outside(panel, PANEL)).toEqual([]);
      // The top three used practices are on the panel, biggest first.
      const names = (await s.page.evaluate(
        (ids) => ids.map((id) => window.__phoenix?.translate(`practice.${id}`) ?? id),
        practices.filter((p) => p.used).map((p) => p.practice),
      )) as string[];
      const shownNames = panel.map((t) => t.text);
      for (const name of names.slice(0, 3)) expect(shownNames).toContain(name);
      for (const name of names.slice(3)) expect(shownNames).not.toContain(name);
      await s.screenshot(`results-${act}-${language}`);

      // The debrief: summary and practices, nothing spilling out of its card.
      await s.page.keyboard.press('Enter');
      await s.waitForScene('Debrief');
      await s.page.waitForSelector('.phx-debrief [data-part="lesson"]');
      expect(await cardOverflow(s)).toEqual([]);
      await s.screenshot(`debrief-summary-${act}-${language}`);
      await s.page.locator('#phx-tab-practices').click();
      await s.page.waitForSelector('#phx-panel-practices[data-active="true"]');
      expect(await cardOverflow(s)).toEqual([]);
      const listed = await s.page.$$eval('[data-part="practice-list"] li', (nodes) =>
        nodes.map((n) => (n as HTMLElement).dataset.practice),
      );
      expect(listed.sort()).toEqual(practices.map((p) => p.practice).sort());
      await s.screenshot(`debrief-practices-${act}-${language}`);
      expect(s.errors).toEqual([]);
    });
  });
}
