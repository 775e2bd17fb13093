// The accessible board: the First Way played to its end through the DOM mirror alone — roles and
// names, focus and Enter, as a screen reader user plays it — with the live region telling the act's
// incidents and its result.
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame } from './support/game';
import { listenToLiveRegion } from './support/live-region';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** Activates a mirror button the way a keyboard or screen reader user does: focus it, press Enter. */
async function press(button: Locator): Promise<void> {
  await button.focus();
  await button.press('Enter');
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { __said: string[] }).__said.slice());

describe('The accessible board', () => {
  it('plays the First Way to its end by roles and names only, and the live region tells what happens', async () => {
    session = await openGame();
    const s = session;
    const { page } = s;
    await s.waitForScene('Title');
    // The act starts paused (the hook's way); from here on, only the mirror is used.
    await page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    await listenToLiveRegion(page);
    const board = page.getByRole('region', { name: 'Accessible board' });
    await expect.poll(() => board.count()).toBe(1);

    // The columns are named lists with their WIP, the cards buttons named by type, number and age.
    const dev = board.getByRole('region', { name: /^Dev: \d+ items?/ });
    await expect.poll(() => dev.count()).toBe(1);
    await press(board.getByRole('button', { name: 'Lower the Dev WIP limit' }));
    await expect
      .poll(() => board.getByRole('region', { name: /^Dev: \d+ items?, WIP limit \d+$/ }).count())
      .toBe(1);
    const cards = board.getByRole('button', { name: /^(Feature|Project|Change|Incident) #\d+, .+ old/ });
    expect(await cards.count()).toBeGreaterThan(0);
    await press(board.getByRole('button', { name: 'Speed 4×' }));
    await expect.poll(() => board.getByRole('button', { name: 'Speed 4×', pressed: true }).count()).toBe(1);

    let triaged = 0;
    let answered = 0;
    const deadline = Date.now() + 360_000;
    for (;;) {
      expect(Date.now(), 'the act should end within six minutes').toBeLessThan(deadline);
      const dialog = board.getByRole('dialog');
      if ((await dialog.count()) > 0) {
        const title = (await dialog.getByRole('heading').first().textContent()) ?? '';
        if (title.includes('Act complete')) break;
        // A story beat or a coach mark: take its first choice, as a player reading in order would.
        const choice = dialog.getByRole('button').first();
        if ((await choice.count()) > 0 && (await choice.isEnabled())) {
          await press(choice);
          answered++;
        }
        continue;
      }
      const accept = board.getByRole('button', { name: /^Accept (Feature|Project|Change) #\d+$/ }).first();
      if ((await accept.count()) > 0) {
        // That very request, briefly: its countdown may accept it first (and a dialog then hold the clock).
        const name = await accept.getAttribute('data-mirror-id', { timeout: 2_000 }).catch(() => null);
        const button = board.locator(`[data-mirror-id="${name}"]`);
        const reached =
          name !== null &&
          (await button.focus({ timeout: 2_000 }).then(
            () => true,
            () => false,
          ));
        if (!reached) continue;
        // The key goes to whatever has the focus: a request gone meanwhile takes no one else's Enter.
        await page.keyboard.press('Enter');
        // The request it named left the Incoming list (it went to the Backlog) — unless a story or
        // incident card opened in that very moment: it takes the focus, and so the Enter, and holds the
        // clock; the loop answers it and comes back to the request.
        const gone = async () => (await board.locator(`[data-mirror-id="${name}"]`).count()) === 0;
        await expect.poll(async () => (await gone()) || (await dialog.count()) > 0).toBe(true);
        if (await gone()) triaged++;
      }
      const deploy = board.getByRole('button', { name: /^Deploy \(\d+\)$/ });
      if ((await deploy.count()) > 0 && (await deploy.isEnabled())) await press(deploy);
      // A request pauses the First Way's clock (the setting's default): resume at 4×.
      if ((await board.getByRole('button', { name: 'Pause', pressed: true }).count()) > 0)
        await press(board.getByRole('button', { name: 'Speed 4×' }));
      await page.waitForTimeout(250);
    }
    expect(triaged).toBeGreaterThan(0);
    const run = await page.evaluate(() => window.__phoenix?.run());
    expect(run?.ended).toBe(true);
    // The live region said each incident, and the result, in sentences (merged at most once a second).
    await expect
      .poll(
        async () => (await said(page)).some((line) => /Act complete: \d+ points, \d of 3 stars\./.test(line)),
        {
          timeout: 5_000,
        },
      )
      .toBe(true);
    const lines = (await said(page)).join(' ');
    expect(lines).toMatch(/Incident #\d+ detected\./);
    expect(lines).toMatch(/is waiting for triage\./);
    // The results dialog is the same panel as on the canvas: its buttons are there by name.
    const results = board.getByRole('dialog');
    expect(await results.getByRole('button', { name: 'Continue' }).count()).toBe(1);
    expect(answered).toBeGreaterThanOrEqual(0);
    expect(s.errors).toEqual([]);
  }, 420_000);

  it('says a refusal the canvas shows as a note, so a screen reader user hears why nothing happened', async () => {
    session = await openGame();
    const { page } = session;
    await session.waitForScene('Title');
    await page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    await listenToLiveRegion(page);
    const board = page.getByRole('region', { name: 'Accessible board' });
    await expect.poll(() => board.count()).toBe(1);
    // Dev's WIP limit at today's count (none yet: 1), then two Backlog cards pulled: the second is refused.
    await press(board.getByRole('button', { name: 'Lower the Dev WIP limit' }));
    await expect.poll(() => board.getByRole('region', { name: /^Dev: .*WIP limit 1$/ }).count()).toBe(1);
    const backlog = board.getByRole('region', { name: /^Backlog: \d+ items?/ });
    const waiting = backlog.getByRole('button', { name: /#\d+, .+ old/ });
    expect(await waiting.count()).toBeGreaterThan(1);
    const second = await waiting.nth(1).getAttribute('data-mirror-id');
    await press(waiting.first());
    await expect
      .poll(() => board.getByRole('region', { name: /^Dev: 1 item, WIP limit 1$/ }).count())
      .toBe(1);
    await press(board.locator(`[data-mirror-id="${second}"]`));
    const refusal = 'The next column is at its WIP limit: finish something first.';
    // The same words as the note on the canvas.
    await expect.poll(() => page.evaluate(() => window.__phoenix?.texts() ?? [])).toContain(refusal);
    await expect.poll(async () => (await said(page)).some((line) => line.includes(refusal))).toBe(true);
    expect(session.errors).toEqual([]);
  });
});
