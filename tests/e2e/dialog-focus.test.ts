// Dialogs and the keyboard focus: help (and its Glossary) opened with ? from a focused control give
// the focus back to it as they close with Esc; a story card opens with nothing focused, says how to
// choose by keys, is answered with Tab and Enter alone, and the live region says its question. The
// test hook starts the act and runs its clock; every choice is a real key press.
import { afterEach, describe, expect, it } from 'vitest';
import { cardTextProblems } from './support/act-cards';
import { type GameSession, openGame } from './support/game';
import { listenToLiveRegion } from './support/live-region';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const focused = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.focused() ?? null);
const texts = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.texts() ?? []);
const translate = (s: GameSession, key: string) =>
  s.page.evaluate((k) => window.__phoenix?.translate(k) ?? k, key);
type Snapshot = NonNullable<ReturnType<NonNullable<Window['__phoenix']>['run']>>;
const run = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.run() ?? null) as Promise<Snapshot>;

/** Tabs until the control named `label` has the focus ring. */
async function tabTo(s: GameSession, label: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await focused(s)) === label) return;
    await s.press('Tab');
  }
  throw new Error(`No control named ${label} was reached with Tab (last: ${await focused(s)})`);
}

/**
 * Plays on at 4× (the hook's clock) until a story card is up; incident cards take their default by
 * Enter, and the focus goes back to `incidentFocus` as each closes.
 */
async function untilStoryCard(s: GameSession, options: { incidentFocus: string | null }): Promise<Snapshot> {
  await s.page.evaluate(() => window.__phoenix?.setSpeed(4));
  for (;;) {
    await s.page.waitForFunction(
      () => {
        const now = window.__phoenix?.run();
        return !!now && (now.pendingBeat !== null || now.pendingIncident !== null || now.speed === 0);
      },
      undefined,
      { timeout: 90_000, polling: 100 },
    );
    const now = await run(s);
    if (now.pendingBeat !== null) return now;
    if (now.pendingIncident !== null) {
      await s.press('Enter');
      await s.page.waitForFunction(
        (id) => window.__phoenix?.run()?.pendingIncident !== id,
        now.pendingIncident,
      );
      expect(await focused(s)).toBe(options.incidentFocus);
    } else await s.page.evaluate(() => window.__phoenix?.setSpeed(4)); // a request paused the clock
  }
}

/** The story card's frame in design coordinates (story-card.ts). */
const CARD = { left: 300, top: 170, right: 940, bottom: 526 };

/** The card's own texts (drawn over the board) that leave the card or overlap each other. */
const layoutProblems = (s: GameSession) => cardTextProblems(s, CARD);

describe('Dialogs and the keyboard focus', () => {
  it('gives the focus back as help and the Glossary close, and answers a story card by keys alone', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    // Started paused (the hook's way): no tutorial, nothing moves until the test says so.
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    await listenToLiveRegion(s.page);
    const [helpHeading, helpClose, glossaryOpen, glossaryHint] = await Promise.all(
      ['help.heading', 'help.close', 'glossary.page.open', 'glossary.page.hint'].map((key) =>
        translate(s, key),
      ),
    );

    // A control on the board has the focus ring; ? opens help, whose Close takes the focus.
    await tabTo(s, '2×');
    await s.press('?');
    expect(await texts(s)).toContain(helpHeading);
    expect(await focused(s)).toBe(helpClose);
    await s.screenshot('dialog-focus-help');
    // Esc closes it, and the focus is back on the control it left.
    await s.press('Escape');
    expect(await texts(s)).not.toContain(helpHeading);
    expect(await focused(s)).toBe('2×');

    // Help → Glossary: Esc closes the Glossary first (back on its button), then help (back on 2×).
    await s.press('?');
    await tabTo(s, glossaryOpen ?? '');
    await s.press('Enter');
    expect(await texts(s)).toContain(glossaryHint);
    await s.press('Escape');
    expect(await texts(s)).not.toContain(glossaryHint);
    expect(await texts(s)).toContain(helpHeading);
    expect(await focused(s)).toBe(glossaryOpen);
    await s.press('Escape');
    expect(await texts(s)).not.toContain(helpHeading);
    expect(await focused(s)).toBe('2×');
    // The clock did not run while help was open, and the act goes on.
    expect((await run(s)).speed).toBe(0);

    // Play on at 4× (the hook's clock) until a story card is up; incident cards take their default.
    const hint = await translate(s, 'dialogs.story.keysHint');
    const story = await untilStoryCard(s, { incidentFocus: '2×' });
    // Wait for the card itself (it opens on the frame after the beat).
    await expect.poll(async () => (await texts(s)).includes(hint)).toBe(true);
    await s.screenshot('dialog-focus-story');
    // Nothing is focused, so Enter picks nothing.
    expect(await focused(s)).toBeNull();
    await s.press('Enter');
    expect((await run(s)).pendingBeat).toBe(story.pendingBeat);
    // Tab reaches the first option; Enter takes it.
    await s.press('Tab');
    const option = await focused(s);
    expect(option).not.toBeNull();
    await s.press('Enter');
    await expect.poll(async () => (await run(s)).pendingBeat).not.toBe(story.pendingBeat);
    const chosen = (await run(s)).log.commands.filter(
      ([, command]) => command.type === 'chooseStoryOption' && command.beatId === story?.pendingBeat,
    );
    expect(chosen).toHaveLength(1);
    expect(await texts(s)).not.toContain(hint);
    // The card gave the focus back to where it was.
    expect(await focused(s)).toBe('2×');
    // The live region said the card's question with its options and how to choose them.
    await expect
      .poll(
        async () =>
          (
            await s.page.evaluate(() => (window as unknown as { __said: string[] }).__said.join(' '))
          ).includes('Tab reaches them, Enter chooses.'),
        { timeout: 5_000 },
      )
      .toBe(true);
    expect(s.errors).toEqual([]);
  }, 240_000);

  it('says how to choose on the story card in every language, its words in the box', async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    for (const language of ['en', 'es', 'fr', 'de'] as const) {
      await s.page.evaluate((l) => window.__phoenix?.setLanguage(l), language);
      await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
      await untilStoryCard(s, { incidentFocus: null });
      const hint = await translate(s, 'dialogs.story.keysHint');
      await expect.poll(async () => (await texts(s)).includes(hint)).toBe(true);
      expect(await focused(s)).toBeNull();
      await s.screenshot(`dialog-focus-story-${language}`);
      expect(await layoutProblems(s)).toEqual([]);
    }
    expect(s.errors).toEqual([]);
  }, 240_000);

  it('gives the accessible board its focus back as a story card answered there closes', async () => {
    session = await openGame();
    const s = session;
    const { page } = s;
    await s.waitForScene('Title');
    await page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    const board = page.getByRole('region', { name: 'Accessible board' });
    const fast = board.getByRole('button', { name: 'Speed 4×' });
    await expect.poll(() => fast.count()).toBe(1);
    await fast.focus();
    await fast.press('Enter');
    const fastHasFocus = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent === 'Speed 4×');
    let answered = false;
    const deadline = Date.now() + 120_000;
    while (!answered) {
      expect(Date.now(), 'a story card should come within two minutes').toBeLessThan(deadline);
      const dialog = board.getByRole('dialog');
      if ((await dialog.count()) > 0) {
        const story = (await run(s)).pendingBeat;
        const choice = dialog.getByRole('button').first();
        await choice.focus();
        await choice.press('Enter');
        // The dialog is gone and the focus is back on the button the player was on.
        await expect.poll(() => dialog.count()).toBe(0);
        await expect.poll(fastHasFocus).toBe(true);
        answered = story !== null;
        continue;
      }
      if ((await board.getByRole('button', { name: 'Pause', pressed: true }).count()) > 0)
        await fast.press('Enter'); // a request paused the First Way: play on (the focus is still there)
      await page.waitForTimeout(200);
    }
    expect(s.errors).toEqual([]);
  }, 240_000);

  it('gives the accessible board its focus back on the Glossary button as the Glossary closes over help', async () => {
    session = await openGame();
    const s = session;
    const { page } = s;
    await s.waitForScene('Title');
    await page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    const board = page.getByRole('region', { name: 'Accessible board' });
    const dialog = board.getByRole('dialog');
    await expect.poll(() => board.getByRole('button', { name: 'Speed 1×' }).count()).toBe(1);
    const focusedText = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent);
    // Help (opened with ? on the canvas: keys typed on the board are the board's own) shows on the board
    // too; the player goes on there, to its Glossary and back.
    await s.press('?');
    const glossaryButton = dialog.getByRole('button', { name: 'Glossary' });
    await expect.poll(() => glossaryButton.count()).toBe(1);
    await glossaryButton.focus();
    await glossaryButton.press('Enter');
    const back = dialog.getByRole('button', { name: 'Back to the keys' });
    await expect.poll(() => back.count()).toBe(1);
    await back.focus();
    await back.press('Enter');
    // Help is back, with the focus where the player left it, not on its first button.
    await expect.poll(() => glossaryButton.count()).toBe(1);
    await expect.poll(focusedText).toBe('Glossary');
    // Closed from the board, the focus stays on the board.
    const close = dialog.getByRole('button', { name: 'Close' });
    await close.focus();
    await close.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(
      await page.evaluate(() => document.activeElement?.closest('.phx-mirror') !== null),
      'focus on the accessible board',
    ).toBe(true);
    expect(s.errors).toEqual([]);
  }, 120_000);
});
