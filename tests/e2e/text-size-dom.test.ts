// Text size on the DOM parts of the game: the debrief (every tab, in English, Spanish, French and
// German), the accessible board and the facilitator page with a class loaded. At 150 % each measured
// text is 1.5 times its size at 100 % (both measured), no text leaves its card or box or overlaps
// another, every bar of a chart keeps its label, and the facilitator's own control sets the size and
// keeps it after a reload. Screenshots go to test-results/screenshots/text-size-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleClass } from '../../src/facilitator/sample-class';
import { SETTINGS_KEY, SETTINGS_VERSION } from '../../src/platform/settings';
import { domLayoutProblems, fontSizes } from './support/dom-layout';
import { type GameSession, openGame, SCREENSHOT_DIR } from './support/game';

const SLOW = { timeout: 90_000 };
const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;
const TABS = ['summary', 'charts', 'practices', 'whatIf'] as const;

let sessions: GameSession[] = [];
afterEach(async () => {
  for (const session of sessions) await session.close();
  sessions = [];
});

/** Stores these settings (the rest keep their defaults) and reloads, as a player's next visit would. */
async function storeSettingsAndReload(s: GameSession, settings: Record<string, unknown>): Promise<void> {
  await s.page.evaluate(
    ({ key, version, values }) => {
      const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as { settings?: object } | null;
      localStorage.setItem(key, JSON.stringify({ version, settings: { ...stored?.settings, ...values } }));
    },
    { key: SETTINGS_KEY, version: SETTINGS_VERSION, values: settings },
  );
  await s.page.reload();
}

/** Waits until two looks 150 ms apart see the same geometry (charts animate in over 350 ms). */
async function settleDom(s: GameSession, selector: string): Promise<void> {
  const geometry = () =>
    s.page.evaluate(
      (sel) =>
        [...document.querySelectorAll(sel)].map((e) => JSON.stringify(e.getBoundingClientRect())).join('|') +
        String(document.querySelectorAll('canvas').length),
      selector,
    );
  let before = await geometry();
  for (let attempt = 0; attempt < 20; attempt++) {
    await s.page.waitForTimeout(150);
    const now = await geometry();
    if (now === before) break;
    before = now;
  }
  // Chart.js draws its animation frames after the layout holds still.
  await s.page.waitForTimeout(450);
}

/** Texts measured on the debrief: the title, a tab, a card's heading, a fact, a table cell, a note. */
const DEBRIEF_TEXTS = [
  '.phx-titles h1',
  '.phx-tabs [role=tab]',
  '.phx-card h2',
  '.phx-facts li',
  '.phx-table-wrap td',
  '.phx-note',
  '.phx-practice-list',
  '.phx-picker button small',
] as const;

type ChartFonts = Record<string, { ticks: number; legend: number | null }>;
const chartFonts = (s: GameSession) =>
  s.page.evaluate(() => window.__phoenix?.debrief()?.chartFonts ?? {}) as Promise<ChartFonts>;

async function openDebrief(s: GameSession): Promise<void> {
  await s.page.evaluate(() => window.__phoenix?.goto('Debrief'));
  await s.waitForScene('Debrief');
  // A language change restarts the scene on the tab it showed: the lesson may be on a hidden tab.
  await s.page.waitForSelector('.phx-debrief [data-part="lesson"]', { state: 'attached' });
}

/** Each measured size at 150 % against the same text at 100 %. */
function expectScaled(large: Record<string, number>, base: Record<string, number>, where: string): void {
  for (const [selector, size] of Object.entries(base)) {
    expect(size, `${where}: ${selector} found at 100 %`).toBeGreaterThan(0);
    expect(large[selector], `${where}: ${selector} at 150 %`).toBeCloseTo(size * 1.5, 1);
  }
}

describe('Text size on the debrief and the accessible board', () => {
  it('grows every text 1.5× at 150 % and keeps it in its card on every tab, in four languages', async () => {
    const s = await openGame();
    sessions.push(s);
    await s.waitForScene('Title');

    // 100 %: the accessible board shown, an act played to its end, the debrief measured.
    await storeSettingsAndReload(s, { textSize: 100, showBoardMirror: true });
    await s.waitForScene('Title');
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    const mirror = s.page.getByRole('region', { name: 'Accessible board' });
    await mirror.waitFor();
    const mirrorTexts = ['.phx-mirror h2', '.phx-mirror h3', '.phx-mirror li'];
    const mirrorBase = await fontSizes(s.page, mirrorTexts);
    const mirrorWidth = (await mirror.boundingBox())?.width ?? 0;
    const policy = { batchSize: 6, protectConstraint: false };
    expect(await s.page.evaluate((p) => window.__phoenix?.playPolicy(p), policy)).toMatchObject({ ok: true });
    await s.page.evaluate(() => window.__phoenix?.setSpeed('max'));
    await s.page.waitForFunction(() => window.__phoenix?.run()?.ended === true, undefined, SLOW);
    await openDebrief(s);
    await s.page.locator('#phx-tab-whatIf').click();
    const debriefBase = await fontSizes(s.page, DEBRIEF_TEXTS);
    const chartBase = await chartFonts(s);
    await s.screenshot('text-size-debrief-summary-en-100');

    // 150 %, stored as the Settings scene stores it.
    await storeSettingsAndReload(s, { textSize: 150 });
    await s.waitForScene('Title');
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    await mirror.waitFor();
    expectScaled(await fontSizes(s.page, mirrorTexts), mirrorBase, 'accessible board');
    expect((await mirror.boundingBox())?.width ?? 0).toBeGreaterThan(mirrorWidth);
    await s.screenshot('text-size-board-mirror-150');

    const problems: string[] = [];
    for (const language of LANGUAGES) {
      await s.page.evaluate((l) => window.__phoenix?.setLanguage(l), language);
      await openDebrief(s);
      expect(await s.page.getAttribute('.phx-debrief', 'data-text-size')).toBe('150');
      if (language === 'en') {
        expectScaled(await fontSizes(s.page, DEBRIEF_TEXTS), debriefBase, 'debrief');
        const charts = await chartFonts(s);
        expect(Object.keys(charts).sort()).toEqual(Object.keys(chartBase).sort());
        for (const [id, base] of Object.entries(chartBase)) {
          expect(charts[id]?.ticks, `chart ${id}: ticks`).toBeCloseTo(base.ticks * 1.5, 1);
          if (base.legend !== null)
            expect(charts[id]?.legend, `chart ${id}: legend`).toBeCloseTo(base.legend * 1.5, 1);
        }
      }
      // The what-if comparison on show too, so its table is checked.
      await s.page.evaluate(() => window.__phoenix?.whatIf('wip-limits'));
      for (const tab of TABS) {
        await s.page.locator(`#phx-tab-${tab}`).click();
        await s.page.waitForSelector(`#phx-panel-${tab}[data-active="true"]`);
        await settleDom(s, '.phx-debrief .phx-card');
        await s.screenshot(`text-size-debrief-${tab}-${language}`);
        problems.push(
          ...(await domLayoutProblems(s.page, {
            scope: `#phx-panel-${tab}`,
            box: '.phx-card',
            label: `${language} ${tab}`,
          })),
          ...(await domLayoutProblems(s.page, {
            scope: '.phx-debrief .phx-header',
            box: 'button, .phx-header',
            label: `${language} header`,
          })),
        );
        // What the panel scrolls to at its end, for the eye.
        const scrolls = await s.page.evaluate((id) => {
          const panel = document.getElementById(`phx-panel-${id}`);
          if (!panel || panel.scrollHeight <= panel.clientHeight) return false;
          panel.scrollTop = panel.scrollHeight;
          return true;
        }, tab);
        if (scrolls) {
          await s.screenshot(`text-size-debrief-${tab}-${language}-end`);
          await s.page.evaluate((id) => {
            const panel = document.getElementById(`phx-panel-${id}`);
            if (panel) panel.scrollTop = 0;
          }, tab);
        }
      }
      const axes = (await s.page.evaluate(() => window.__phoenix?.debrief()?.chartAxes)) ?? {};
      expect(Object.keys(axes)).toContain('outages');
      for (const [chart, { categories, labels }] of Object.entries(axes)) {
        if (labels !== categories)
          problems.push(`${language}: chart ${chart} has ${categories} bars, ${labels} labels`);
      }
    }
    expect(problems).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 420_000);
});

/** A full-page screenshot (the facilitator page scrolls). */
async function fullShot(s: GameSession, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await s.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

const FACILITATOR_TEXTS = [
  'h1',
  '.card h2',
  'caption',
  'tbody td',
  '.insights li',
  'label',
  '.button',
] as const;

async function openFacilitator(s: GameSession, codes: string): Promise<void> {
  await s.page.waitForFunction(() => window.__facilitator?.ready === true, null, { timeout: 20_000 });
  await s.page.evaluate((text) => window.__facilitator?.addCodes(text), codes);
  await s.page.waitForFunction(
    () => (window.__facilitator?.state().chartPoints.length ?? 0) === 4,
    null,
    SLOW,
  );
}

/** The leaderboard fits the page: a table that scrolls sideways hides its last columns on a projector. */
const sidewaysScroll = (s: GameSession, label: string) =>
  s.page.evaluate(
    (where) =>
      [...document.querySelectorAll<HTMLElement>('#facilitator .table-wrap')].flatMap((wrap) =>
        wrap.scrollWidth > wrap.clientWidth + 1
          ? [`${where}: the leaderboard is ${wrap.scrollWidth - wrap.clientWidth}px wider than its card`]
          : [],
      ),
    label,
  );

const facilitatorChartFonts = (s: GameSession) =>
  s.page.evaluate(() => window.__facilitator?.state().chartFonts ?? []);

describe('Text size on the facilitator page', () => {
  it('has its own Text size control that grows every text and chart 1.5×, keeps it in its box, and keeps it after a reload', async () => {
    const s = await openGame({ query: 'facilitator.html?e2e' });
    sessions.push(s);
    const players = sampleClass(12, { sameSeed: true, seed: 4711, className: 'PM onboarding' });
    const codes = players.map((p) => p.code).join('\n');
    await openFacilitator(s, codes);
    const base = await fontSizes(s.page, FACILITATOR_TEXTS);
    const chartBase = await facilitatorChartFonts(s);
    expect(chartBase.length).toBe(4);

    const control = s.page.getByLabel('Text size');
    expect(await control.inputValue()).toBe('100');
    // By keyboard, as a facilitator at a projector would: focus the control and choose the last size.
    await control.focus();
    await control.selectOption('150');
    await s.page.waitForFunction(() => document.documentElement.getAttribute('data-text-size') === '150');
    await s.page.waitForFunction(
      (size) => window.__facilitator?.state().chartFonts[0] === size,
      (chartBase[0] ?? 0) * 1.5,
    );
    expectScaled(await fontSizes(s.page, FACILITATOR_TEXTS), base, 'facilitator');
    const charts = await facilitatorChartFonts(s);
    for (const [index, size] of chartBase.entries()) expect(charts[index]).toBeCloseTo(size * 1.5, 1);

    const problems: string[] = [];
    for (const language of LANGUAGES) {
      await s.page.locator('#language').selectOption(language);
      await s.page.waitForFunction((l) => document.documentElement.lang === l, language);
      await settleDom(s, '#facilitator .card, #facilitator .chart');
      await fullShot(s, `text-size-facilitator-${language}`);
      problems.push(
        ...(await domLayoutProblems(s.page, {
          scope: '#facilitator',
          box: 'button, select, .card, .chart, .top, .seed-filter, .field',
          label: `facilitator ${language}`,
        })),
        ...(await sidewaysScroll(s, `facilitator ${language}`)),
      );
    }
    // Projector mode at 150 %: larger still, and still in its boxes.
    await s.page.evaluate(() => window.__facilitator?.setProjector(true));
    await settleDom(s, '#facilitator .card, #facilitator .chart');
    await fullShot(s, 'text-size-facilitator-projector-de');
    await s.page
      .locator('#facilitator .table-wrap')
      .first()
      .screenshot({ path: join(SCREENSHOT_DIR, 'text-size-facilitator-leaderboard-projector-de.png') });
    problems.push(
      ...(await domLayoutProblems(s.page, {
        scope: '#facilitator',
        box: 'button, select, .card, .chart, .top, .seed-filter, .field',
        label: 'facilitator projector',
      })),
      ...(await sidewaysScroll(s, 'facilitator projector')),
    );
    expect(problems).toEqual([]);

    // The size is the shared setting: it holds after a reload (and the game reads the same storage).
    await s.page.evaluate(() => window.__facilitator?.setProjector(false));
    await s.page.reload();
    await openFacilitator(s, '');
    expect(await s.page.locator('#text-size').inputValue()).toBe('150');
    expect(await s.page.getAttribute('html', 'data-text-size')).toBe('150');
    const stored = await s.page.evaluate(
      (key) =>
        (JSON.parse(localStorage.getItem(key) ?? '{}') as { settings?: { textSize?: number } }).settings,
      SETTINGS_KEY,
    );
    expect(stored?.textSize).toBe(150);
    const reloaded = await fontSizes(s.page, ['h1', '.card h2', 'tbody td']);
    for (const selector of ['h1', '.card h2', 'tbody td'])
      expect(reloaded[selector]).toBeCloseTo((base[selector] ?? 0) * 1.5, 1);
    expect(s.errors).toEqual([]);
  }, 240_000);
});
