// axe-core over every page a player or facilitator reads: the Title, Settings, an act, the results
// panel, the share dialog, every debrief tab and the facilitator page with a class loaded. A serious
// or critical violation fails the test, named with the elements it was found on.
import { AxeBuilder } from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleClass } from '../../src/facilitator/sample-class';
import { type GameSession, openGame } from './support/game';

const SLOW = { timeout: 90_000 };
let sessions: GameSession[] = [];
afterEach(async () => {
  for (const session of sessions) await session.close();
  sessions = [];
});

/** Serious and critical violations on the page as it is now, one readable line each. */
async function axeProblems(s: GameSession, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: s.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('Accessibility (axe-core, WCAG 2.2 A/AA rules)', () => {
  it('finds no serious or critical violation in the game: Title, Settings, an act, results, share, debrief', async () => {
    const s = await openGame();
    sessions.push(s);
    const problems: string[] = [];
    await s.waitForScene('Title');
    problems.push(...(await axeProblems(s, 'Title')));
    await s.page.evaluate(() => window.__phoenix?.goto('Settings'));
    await s.waitForScene('Settings');
    problems.push(...(await axeProblems(s, 'Settings')));

    // The accessible board shown on screen (Settings' last row; coach hints are the other row on by default).
    await s.clickControl('Play');
    await s.waitForScene('Settings');
    problems.push(...(await axeProblems(s, 'Settings: play')));
    await s.clickControl('Off', { row: 'Accessible board' });
    await s.page.waitForFunction(() => window.__phoenix?.texts().filter((t) => t === 'On').length === 2);
    await s.page.evaluate(() => window.__phoenix?.goto('Title'));
    await s.waitForScene('Title');
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    const board = s.page.getByRole('region', { name: 'Accessible board' });
    await board.waitFor();
    expect(await board.isVisible()).toBe(true);
    await s.screenshot('a11y-board-mirror');
    problems.push(...(await axeProblems(s, 'First Way with the accessible board')));
    await s.page.evaluate(() => window.__phoenix?.playPolicy({ batchSize: 2, protectConstraint: true }));
    await s.page.evaluate(() => window.__phoenix?.setSpeed('max'));
    await s.page.waitForFunction(() => window.__phoenix?.run()?.ended === true, undefined, SLOW);
    await s.page.waitForFunction(() => window.__phoenix?.texts().includes('Share result'), undefined, SLOW);
    problems.push(...(await axeProblems(s, 'Results panel')));

    await s.clickDesign(640, 584); // Share result
    await s.page.getByLabel('Your name, as your class will see it').waitFor();
    problems.push(...(await axeProblems(s, 'Share dialog')));
    await s.clickDesign(640, 584); // Close
    await s.clickDesign(640 - 236, 584); // Continue
    await s.waitForScene('Debrief');
    await s.page.waitForSelector('.phx-debrief [data-part="lesson"]');
    const tabs = await s.page.getByRole('tab').allTextContents();
    expect(tabs.length).toBeGreaterThanOrEqual(3);
    for (const tab of tabs) {
      await s.page.getByRole('tab', { name: tab }).click();
      await s.page.waitForFunction(
        (name) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === name,
        tab,
      );
      problems.push(...(await axeProblems(s, `Debrief, ${tab}`)));
    }
    expect(problems).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('finds no serious or critical violation on the facilitator page with a class loaded', async () => {
    const s = await openGame({ query: 'facilitator.html?e2e' });
    sessions.push(s);
    await s.page.waitForFunction(() => window.__facilitator?.ready === true, null, { timeout: 20_000 });
    const players = sampleClass(12, { sameSeed: true, seed: 4711, className: 'PM onboarding' });
    await s.page.getByLabel('Seed', { exact: true }).fill('4711');
    await s.page.locator('#codes').fill(players.map((p) => p.code).join('\n'));
    await s.page.getByRole('button', { name: 'Verify codes' }).click();
    await s.page.waitForFunction(() => window.__facilitator?.state().results === 12, null, SLOW);
    expect(await axeProblems(s, 'Facilitator')).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
