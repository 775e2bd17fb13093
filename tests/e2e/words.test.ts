// Clear words and numbers, in every language: the HUD tile, the results panel and the debrief show the
// same lead time for changes; a glossary term on the board explains itself on hover and on keyboard
// focus; Help opens the Glossary page; the goal line is labelled. Screenshots go to test-results/.
import { afterEach, describe, expect, it } from 'vitest';
import type { TextBox } from '../../src/game/test-hook';
import { type GameSession, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const SLOW = { timeout: 90_000 };
/** The lead-time tile's value and the results panel's (hud.ts, results-panel.ts), design coordinates. */
// The lead-time tile's value line (under its label, above its trend line).
const HUD_LEAD_VALUE = { left: 420, top: 16, bottom: 44 };
/** The deployment-frequency tile's value line starts here (the first tile). */
const HUD_DEPLOYS_VALUE_LEFT = 260;
const RESULTS_LEAD_VALUE = { left: 484, top: 334 };
const GLOSSARY_BOX = { left: 70, top: 24, right: 1210, bottom: 696 };
const HELP_GLOSSARY_BUTTON = { x: 540, y: 600 };
const GLOSSARY_BACK_BUTTON = { x: 640, y: 652 };
const TERMS = [
  'wip',
  'constraint',
  'batch',
  'leadTime',
  'customerLeadTime',
  'deploymentFrequency',
  'changeFailureRate',
  'timeToRestore',
  'mttd',
  'dora',
  'bands',
];

const POLICY = {
  wipLimits: { dev: 3, test: 2, ops: 2 },
  batchSize: 2,
  protectConstraint: true,
  intakeLimit: 8,
};

const boxes = (s: GameSession) =>
  s.page.evaluate(() => window.__phoenix?.textBoxes() ?? []) as Promise<TextBox[]>;
const translate = (s: GameSession, key: string) =>
  s.page.evaluate((k) => window.__phoenix?.translate(k) ?? k, key) as Promise<string>;

const near = (a: number, b: number) => Math.abs(a - b) <= 2;

/** Texts that overlap another text (1 px of rounding allowed). */
function overlaps(texts: TextBox[]): string[] {
  const found: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
        found.push(`${a.text} × ${b.text}`);
    }
  });
  return found;
}

async function hoverDesign(s: GameSession, x: number, y: number): Promise<void> {
  const box = await s.page.locator('canvas').boundingBox();
  if (!box) throw new Error('No canvas on the page');
  await s.page.mouse.move(box.x + (x / 1280) * box.width, box.y + (y / 720) * box.height);
  await s.page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** The tooltip on screen: the yellow name and the definition, drawn above everything at depth 2600. */
const tooltip = async (s: GameSession) => (await boxes(s)).filter((t) => t.depth >= 2600);

for (const language of ['en', 'es', 'fr', 'de'] as const) {
  describe(`Words and numbers in ${language}`, () => {
    it('explains terms on hover and focus, opens the Glossary from Help, and shows one lead time', {
      // A whole act at the top speed, on a machine that may be busy.
      timeout: 240_000,
    }, async () => {
      session = await openGame();
      const s = session;
      await s.waitForScene('Title');
      await s.page.evaluate((l) => window.__phoenix?.setLanguage(l), language);
      await s.waitForScene('Title');
      await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
      expect(await s.page.evaluate((p) => window.__phoenix?.playPolicy(p), POLICY)).toMatchObject({
        ok: true,
      });
      // 4×, not max: at max a busy machine can finish the act before the pause lands.
      await s.page.evaluate(() => window.__phoenix?.setSpeed(4));
      await s.page.waitForFunction(() => (window.__phoenix?.run()?.tick ?? 0) >= 16, undefined, SLOW);
      await s.page.evaluate(() => window.__phoenix?.setSpeed(0));
      expect(await s.page.evaluate(() => window.__phoenix?.run()?.ended)).toBe(false);

      // The goal line: both rows labelled, inside the goal's 200 px.
      const featuresPrefix = (await translate(s, 'words.goal.features')).split('{{')[0]!;
      const outagePrefix = (await translate(s, 'words.goal.outage')).split('{{')[0]!;
      const hud = await boxes(s);
      const features = hud.find((t) => t.text.startsWith(featuresPrefix) && t.top < 60);
      const outage = hud.find((t) => t.text.startsWith(outagePrefix) && t.top < 60);
      expect(features, 'features row').toBeDefined();
      expect(outage, 'outage row').toBeDefined();
      for (const row of [features!, outage!]) {
        expect(row.left).toBeGreaterThanOrEqual(895);
        expect(row.right, row.text).toBeLessThanOrEqual(1097);
      }
      await s.screenshot(`words-hud-${language}`);

      // Hover: the lead-time tile's label explains lead time for changes.
      const leadLabel = await translate(s, 'dora.leadTime');
      const label = hud.find((t) => t.text === leadLabel && t.top < 30);
      expect(label, 'lead time tile label').toBeDefined();
      await hoverDesign(s, (label!.left + label!.right) / 2, (label!.top + label!.bottom) / 2);
      const leadName = await translate(s, 'glossary.leadTime.name');
      let tip = await tooltip(s);
      expect(tip.map((t) => t.text)).toContain(leadName);
      expect(tip.every((t) => t.left >= 0 && t.right <= 1280 && t.bottom <= 720)).toBe(true);
      await s.screenshot(`words-tip-hover-${language}`);
      await hoverDesign(s, 640, 400);
      expect(await tooltip(s)).toEqual([]);

      // Keyboard: the terms sit at the end of the Tab order; Shift+Tab reaches one and shows its tip.
      const names = await Promise.all(TERMS.map((term) => translate(s, `glossary.${term}.name`)));
      let reached: string | undefined;
      for (let presses = 0; presses < 60 && !reached; presses++) {
        await s.press('Shift+Tab');
        tip = await tooltip(s);
        reached = tip.map((t) => t.text).find((text) => names.includes(text));
      }
      expect(reached, 'a glossary tip reached by keyboard').toBeDefined();
      expect(await s.page.evaluate(() => window.__phoenix?.focused())).not.toBeNull();
      await s.screenshot(`words-tip-focus-${language}`);

      // Help → Glossary: every term, nothing outside the page or on top of another of its texts.
      await s.press('?');
      const helpHeading = await translate(s, 'help.heading');
      await s.page.waitForFunction((h) => window.__phoenix?.texts().includes(h), helpHeading);
      const keyList = (await boxes(s)).filter((t) => t.depth >= 2000);
      const sameBox = (a: TextBox, b: TextBox) =>
        a.text === b.text && near(a.left, b.left) && near(a.top, b.top);
      await s.clickDesign(HELP_GLOSSARY_BUTTON.x, HELP_GLOSSARY_BUTTON.y);
      const heading = await translate(s, 'glossary.page.heading');
      await s.page.waitForFunction((h) => window.__phoenix?.texts().includes(h), heading);
      // The page is drawn over the key list: its own texts are those the key list did not have.
      const page = (await boxes(s)).filter(
        (t) => t.depth >= 2000 && t.depth < 2600 && !keyList.some((k) => sameBox(k, t)),
      );
      const outside = page.filter(
        (t) =>
          t.left < GLOSSARY_BOX.left ||
          t.right > GLOSSARY_BOX.right ||
          t.top < GLOSSARY_BOX.top ||
          t.bottom > GLOSSARY_BOX.bottom,
      );
      expect(outside.map((t) => t.text)).toEqual([]);
      for (const name of names) expect(page.map((t) => t.text)).toContain(name);
      // Drawn over the key list, not under it.
      expect(Math.min(...page.map((t) => t.depth))).toBeGreaterThan(Math.max(...keyList.map((t) => t.depth)));
      expect(overlaps(page)).toEqual([]);
      await s.screenshot(`words-glossary-${language}`);
      await s.clickDesign(GLOSSARY_BACK_BUTTON.x, GLOSSARY_BACK_BUTTON.y);
      expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe(
        await translate(s, 'glossary.page.open'),
      );
      await s.press('?');

      // To the end: the tile, the results panel and the debrief agree on lead time for changes.
      await s.page.evaluate(() => window.__phoenix?.setSpeed('max'));
      await s.page.waitForFunction(() => window.__phoenix?.run()?.ended === true, undefined, SLOW);
      await s.page.waitForFunction(() => window.__phoenix?.practices() !== null, undefined, SLOW);
      const end = await boxes(s);
      const tileValue = end.find(
        (t) =>
          t.depth < 2000 &&
          near(t.left, HUD_LEAD_VALUE.left) &&
          t.top > HUD_LEAD_VALUE.top &&
          t.bottom < HUD_LEAD_VALUE.bottom &&
          /\d/.test(t.text),
      )?.text;
      const panelValue = end.find(
        (t) =>
          t.depth >= 2000 && near(t.left, RESULTS_LEAD_VALUE.left) && near(t.top, RESULTS_LEAD_VALUE.top),
      )?.text;
      expect(tileValue, 'HUD tile').toBeDefined();
      expect(tileValue).not.toBe('–');
      expect(panelValue, 'results panel').toBe(tileValue);
      // Deployment frequency too: one number on the tile, the results panel and (below) the debrief,
      // two significant digits (the tile once said "0.6" where the debrief said "0.55").
      const perDay = (await s.page.evaluate(() => window.__phoenix?.run()?.metrics.deploymentsPerDay)) ?? -1;
      expect(perDay).toBeGreaterThan(0);
      const deploys = new Intl.NumberFormat(language, { maximumSignificantDigits: 2 }).format(perDay);
      const deployTexts = end.filter((t) => t.text.includes(deploys));
      expect(
        deployTexts.some((t) => t.depth < 2000 && near(t.left, HUD_DEPLOYS_VALUE_LEFT)),
        `HUD tile shows ${deploys}`,
      ).toBe(true);
      expect(
        deployTexts.some((t) => t.depth >= 2000),
        `results panel shows ${deploys}`,
      ).toBe(true);
      await s.screenshot(`words-results-${language}`);

      await s.page.keyboard.press('Enter');
      await s.waitForScene('Debrief');
      await s.page.waitForSelector('.phx-debrief [data-part="lesson"]');
      const debriefValue = await s.page.$eval(
        '.phx-debrief .phx-key[data-key="leadTime"] .phx-value',
        (node) => node.textContent,
      );
      expect(debriefValue, 'debrief').toBe(tileValue);
      const debriefDeploys = await s.page.$eval(
        '.phx-debrief .phx-key[data-key="deploymentFrequency"] .phx-value',
        (node) => node.textContent ?? '',
      );
      expect(debriefDeploys, 'debrief deployment frequency').toContain(deploys);
      // The lesson names the same number ("half of it took over … to go live").
      const lesson = await s.page.$eval(
        '.phx-debrief [data-part="lesson"]',
        (node) => node.textContent ?? '',
      );
      expect(lesson).toContain(tileValue!);
      await s.screenshot(`words-debrief-${language}`);
      expect(s.errors).toEqual([]);
    });
  });
}

describe('Card icons', () => {
  it('show a frozen project and a change held for approval with different icons', {
    timeout: 120_000,
  }, async () => {
    session = await openGame();
    const s = session;
    await s.waitForScene('Title');
    await s.page.evaluate(() => window.__phoenix?.startAct('second-way', 4711));
    // The Second Way's change-approval board holds finished changes in Ready; a freeze holds projects.
    expect(
      await s.page.evaluate(() => window.__phoenix?.dispatch({ type: 'projectFreeze', on: true })),
    ).toMatchObject({ ok: true });
    await s.page.evaluate(() => window.__phoenix?.setSpeed(4));
    await s.page.waitForFunction(
      () => (window.__phoenix?.run()?.places.release.length ?? 0) >= 2,
      undefined,
      {
        timeout: 90_000,
      },
    );
    await s.page.evaluate(() => window.__phoenix?.setSpeed(0));
    await s.screenshot('words-card-icons-en');
    expect(s.errors).toEqual([]);
  });
});
