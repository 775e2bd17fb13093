import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { getScenario } from '../../src/scenarios';
import { type GameSession, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

type Language = 'en' | 'es' | 'fr' | 'de';
type Insights = NonNullable<ReturnType<NonNullable<Window['__phoenix']>['insights']>>;

const insights = (s: GameSession) =>
  s.page.evaluate(() => window.__phoenix?.insights() ?? null) as Promise<Insights | null>;
const texts = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.texts() ?? []);

/** The DORA tiles and their trends, as the HUD lays them out (design pixels). */
const TILE = { x: 250, y: 4, width: 150, gap: 10, trendInset: 9, trendTop: 36, trendHeight: 11 };
/** The coach card's close button: right end of the board, near the card's top (found by pixels below). */
const BOARD_RIGHT = 956;

const DEFAULT_OPTIONS = Object.fromEntries(
  getScenario('first-way')!.storyBeats.map((beat) => [beat.id, beat.defaultOptionId]),
);

/**
 * Plays the act hour by hour through the test hook (the board follows every hour) until the named
 * condition holds; story cards are answered with their default (this test is not about them).
 * Returns the hour reached and how many of the hours played showed a coach hint.
 */
async function stepUntil(
  s: GameSession,
  until: { tick: number } | { message: 'note' | 'hint' },
  maxHours = 160,
): Promise<{ tick: number; hintHours: number }> {
  return s.page.evaluate(
    ({ condition, options, limit }) => {
      const api = window.__phoenix;
      const done = () => {
        const run = api?.run();
        if (!run || run.ended) return true;
        if ('tick' in condition) return run.tick >= condition.tick;
        return api?.insights()?.message?.kind === condition.message;
      };
      let hintHours = 0;
      for (let hour = 0; hour < limit && !done(); hour++) {
        const beat = api?.run()?.pendingBeat ?? null;
        if (beat !== null) {
          api?.dispatch({ type: 'chooseStoryOption', beatId: beat, optionId: options[beat] ?? '' });
        }
        api?.advanceHours(1);
        if (api?.insights()?.message?.kind === 'hint') hintHours++;
      }
      return { tick: api?.run()?.tick ?? -1, hintHours };
    },
    { condition: until, options: DEFAULT_OPTIONS, limit: maxHours },
  );
}

/** RGB of design pixels in a PNG taken at 1280×720 (decoded in the page). */
async function pixels(page: Page, png: Buffer, points: { x: number; y: number }[]): Promise<number[][]> {
  return page.evaluate(
    async ({ base64, at }) => {
      const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(bitmap, 0, 0);
      return at.map(({ x, y }) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)]);
    },
    { base64: png.toString('base64'), at: points },
  );
}

const isYellow = ([r = 0, g = 0, b = 0]: number[]) => r > 180 && g > 180 && b < 140;
const isSkyBlue = ([r = 0, g = 0, b = 0]: number[]) => b > 180 && g > 130 && r < 140;

/** Every pixel of a column of the first tile's trend strip (and just above, where markers have a cap). */
function trendColumn(x: number): { x: number; y: number }[] {
  const top = TILE.y + TILE.trendTop - 3;
  return Array.from({ length: TILE.trendHeight + 4 }, (_, i) => ({ x, y: top + i }));
}

async function playOneLanguage(s: GameSession, language: Language): Promise<void> {
  await s.page.evaluate((l) => window.__phoenix?.setLanguage(l), language);
  await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
  await s.waitForScene('FirstWay');
  const t = (key: string, options?: Record<string, unknown>) =>
    s.page.evaluate(({ k, o }) => window.__phoenix?.translate(k, o) ?? k, { k: key, o: options });

  // Before anything happened: every DORA tile says "–" and names no band.
  const bands = await Promise.all(['elite', 'high', 'medium', 'low'].map((b) => t(`dora.band.${b}`)));
  let shown = await texts(s);
  expect(shown.filter((text) => text === '–').length).toBeGreaterThanOrEqual(4);
  for (const band of bands) expect(shown).not.toContain(band);

  // The coach speaks when the state calls for it, naming the lever and the Way.
  await stepUntil(s, { message: 'hint' }, 40);
  await expectHintShown(s, t, `cause-hint-${language}`);

  // At hour 40 the player changes two policies at once: smaller batches, a Dev WIP limit.
  expect((await stepUntil(s, { tick: 40 })).tick).toBe(40);
  const changedAt = 40;
  expect(
    (await s.page.evaluate(() => window.__phoenix?.dispatch({ type: 'setBatchSize', size: 2 })))?.ok,
  ).toBe(true);
  expect(
    (await s.page.evaluate(() => window.__phoenix?.dispatch({ type: 'setWipLimit', stage: 'dev', limit: 3 })))
      ?.ok,
  ).toBe(true);
  expect((await insights(s))?.markers).toContain(changedAt);

  // A day later the board says what moved since, from the engine's events.
  expect((await stepUntil(s, { message: 'note' }, 12)).tick).toBe(changedAt + 8);
  await s.page.waitForTimeout(400); // let the cards that moved in the last hour settle
  const withNote = (await insights(s))!;
  const note = withNote.message?.kind === 'note' ? withNote.message.note : null;
  expect(note?.id).toBe(changedAt);
  shown = await texts(s);
  expect(shown).toContain((await t('cause.note.heading')).toUpperCase());
  const since = await t('cause.setting.batchSize', { count: 2 });
  const body = shown.find((text) => text.includes(since));
  expect(body, `a note naming "${since}"`).toBeDefined();
  expect(body).toContain(await t('cause.setting.wipLimit', { stage: await t('board.stages.dev'), limit: 3 }));
  expect(body).toContain(await t('cause.figure.throughput', { value: '' }).then((x) => x.split(' ')[0]));
  // Every trend has a point per hour played; the first tile's trend shows, with the change's marker.
  expect(withNote.trends.points.deploymentFrequency.length).toBe(withNote.trends.tick);
  const png = await s.screenshot(`cause-note-${language}`);
  const trendX = (hour: number) =>
    Math.round(TILE.x + TILE.trendInset + (hour / withNote.endTick) * (TILE.width - 2 * TILE.trendInset));
  const marker = await pixels(s.page, png, [
    ...trendColumn(trendX(changedAt)),
    ...trendColumn(trendX(changedAt) + 1),
  ]);
  expect(marker.some(isYellow), 'a yellow change marker on the trend').toBe(true);
  const now = trendX(withNote.trends.tick);
  const strip = await pixels(
    s.page,
    png,
    [-2, -1, 0, 1].flatMap((dx) => trendColumn(now + dx)),
  );
  expect(strip.some(isSkyBlue), 'the trend line reaches the current hour').toBe(true);

  // The close button (a real click) takes the note away; freezing projects (the real key) while one
  // holds a slot of the full Dev column brings the next hint at once.
  const closeY = await findCloseButton(s, png);
  await s.clickDesign(BOARD_RIGHT - 12 - 13, closeY);
  expect((await insights(s))?.message).toBeNull();
  await s.press('f');
  expect(await s.page.evaluate(() => window.__phoenix?.run()?.settings.projectFreeze)).toBe(true);
  await expectHintShown(s, t, `cause-hint-frozen-${language}`);
}

async function expectHintShown(
  s: GameSession,
  t: (key: string, options?: Record<string, unknown>) => Promise<string>,
  screenshot: string,
): Promise<void> {
  const seen = (await insights(s))!;
  const hint = seen.message?.kind === 'hint' ? seen.message.hint : null;
  expect(hint, 'a coach hint on the board').not.toBeNull();
  await s.page.waitForTimeout(400);
  const shown = await texts(s);
  const way = await t(`acts.${hint?.way}Way.name`);
  expect(shown).toContain((await t('cause.hint.heading', { way })).toUpperCase());
  const leverPrefix = (await t('cause.hint.lever', { lever: '' })).trim();
  expect(shown.some((text) => text.startsWith(leverPrefix))).toBe(true);
  await s.screenshot(screenshot);
}

/** Where the card's close button is: the card's top edge is its accent line above the board's foot. */
async function findCloseButton(s: GameSession, png: Buffer): Promise<number> {
  const x = BOARD_RIGHT - 3;
  const column = await pixels(
    s.page,
    png,
    Array.from({ length: 120 }, (_, i) => ({ x: x - 1, y: 590 - i })),
  );
  // The yellow frame's top edge, counted up from the bottom.
  let topOffset = -1;
  column.forEach((rgb, i) => {
    if (isYellow(rgb)) topOffset = i;
  });
  expect(topOffset, 'the note card on the board').toBeGreaterThan(20);
  return 590 - topOffset + 12 + 13 - 4;
}

describe('Cause and effect on the board', () => {
  it('shows trends, a change marker, a note a day later and a coach hint, in every language', {
    timeout: 300_000,
  }, async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    for (const language of ['en', 'es', 'fr', 'de'] as const) await playOneLanguage(s, language);
    expect(s.errors).toEqual([]);
  });

  it('turns coach hints off in Settings (kept after a reload), and the board then shows none', {
    timeout: 180_000,
  }, async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    for (const language of ['en', 'es', 'fr', 'de'] as const) {
      await s.page.evaluate((l) => window.__phoenix?.setLanguage(l), language);
      await s.page.evaluate(() => window.__phoenix?.goto('Settings'));
      await s.waitForScene('Settings');
      await s.clickControl(
        await s.page.evaluate(() => window.__phoenix?.translate('settingsText.page.play') ?? ''),
      );
      await s.waitForScene('Settings');
      await s.screenshot(`cause-settings-${language}`);
    }
    await s.page.evaluate(() => window.__phoenix?.setLanguage('en'));
    await s.waitForScene('Settings');
    await s.clickControl('On', { row: 'Coach hints' }); // Coach hints: On → Off
    await s.page.waitForFunction(() => {
      const stored = JSON.parse(localStorage.getItem('phoenix-ops:settings') ?? '{}');
      return stored?.settings?.coachHints === false;
    });
    await s.page.reload();
    await s.waitForScene('Title');
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    await s.waitForScene('FirstWay');
    // The same act and moves that showed two hints with hints on show none with them off; the change
    // note still comes (it is not a hint).
    expect((await stepUntil(s, { tick: 40 })).hintHours).toBe(0);
    await s.page.evaluate(() => window.__phoenix?.dispatch({ type: 'setBatchSize', size: 2 }));
    await s.page.evaluate(() => window.__phoenix?.dispatch({ type: 'setWipLimit', stage: 'dev', limit: 3 }));
    expect(await stepUntil(s, { message: 'note' }, 12)).toEqual({ tick: 48, hintHours: 0 });
    await s.press('f');
    expect(await stepUntil(s, { tick: 64 })).toEqual({ tick: 64, hintHours: 0 });
    expect(s.errors).toEqual([]);
  });
});
