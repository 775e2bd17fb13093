import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../src/game/debrief/csv';
import { failChunk, type GameSession, openGame, pixelStats, SCREENSHOT_DIR } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

type Debrief = NonNullable<ReturnType<NonNullable<Window['__phoenix']>['debrief']>>;
const debrief = (s: GameSession) =>
  s.page.evaluate(() => window.__phoenix?.debrief() ?? null) as Promise<Debrief>;

/** Plays the First Way to the end with the policy bot at max speed, then continues to the debrief. */
async function finishAct(s: GameSession, seed: number): Promise<void> {
  await s.waitForScene('Title');
  await s.page.evaluate((value) => window.__phoenix?.startAct('first-way', value), seed);
  // A middling player: big batches, no WIP limits — so the what-ifs have something to show.
  const policy = { batchSize: 6, protectConstraint: false };
  expect(await s.page.evaluate((p) => window.__phoenix?.playPolicy(p), policy)).toMatchObject({ ok: true });
  await s.page.evaluate(() => window.__phoenix?.setSpeed('max'));
  await s.page.waitForFunction(() => window.__phoenix?.run()?.ended === true, undefined, { timeout: 90_000 });
  await s.page.waitForFunction(() =>
    window.__phoenix?.texts().some((t) => t === 'Act complete' || t === 'Acto completado'),
  );
  // The results panel's first button (Continue) has the focus: Enter goes on to the debrief.
  await s.page.keyboard.press('Enter');
  await s.waitForScene('Debrief');
  await s.page.waitForSelector('.phx-debrief [data-part="lesson"]');
}

/** Reads a download as bytes. */
async function downloadOf(s: GameSession, buttonText: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    s.page.waitForEvent('download'),
    s.page.getByRole('button', { name: buttonText, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Pages in a PDF (each page object has `/Type /Page`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('The debrief', () => {
  it('shows every part after an act, replays a what-if within 200 ms, exports PNG, CSV and one printed page', async () => {
    session = await openGame();
    const s = session;
    await finishAct(s, 4711);
    const shown = await debrief(s);

    // Score, stars, components with their facts, the four keys, and the four chart series.
    expect(shown.score).toBeGreaterThanOrEqual(0);
    expect(shown.score).toBeLessThanOrEqual(1000);
    expect(Object.keys(shown.components).sort()).toEqual(['business', 'feedback', 'flow', 'learning']);
    expect(shown.components.flow.facts.length).toBeGreaterThan(0);
    expect(Object.keys(shown.dora).sort()).toEqual([
      'changeFailureRate',
      'deploymentFrequency',
      'leadTime',
      'timeToRestore',
    ]);
    expect(shown.series.cfd.days).toHaveLength(20);
    expect(shown.series.leadTimes.points.length).toBeGreaterThan(5);
    expect(shown.series.utilisation.busy).toHaveLength(20);
    expect(shown.series.outages.incidents.length).toBeGreaterThan(0);
    const run = await s.page.evaluate(() => window.__phoenix?.run());
    expect(run).toBeNull(); // the act is over; the debrief replayed its log
    const parts = await s.page.$$eval('.phx-debrief [data-part]', (nodes) =>
      nodes.map((n) => (n as HTMLElement).dataset.part),
    );
    for (const part of [
      'score',
      'components',
      'dora',
      'lesson',
      'cfd',
      'lead-time',
      'utilisation',
      'outages',
      'practices',
      'practice-list',
      'what-if',
    ])
      expect(parts).toContain(part);
    const text = await s.page.locator('.phx-debrief').textContent();
    expect(text).toContain('Why this score');
    expect(text).toContain('DORA four keys');
    expect(text).toContain('Try next time');
    expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe('Score and lesson');
    await s.screenshot('debrief-summary-en');

    // Keyboard: the arrows move between tabs, Tab moves on through the panel, Enter presses.
    await s.page.keyboard.press('ArrowRight');
    expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe('Charts');
    expect((await debrief(s)).tab).toBe('charts');
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe('Table');
    await s.page.keyboard.press('Enter');
    expect(await s.page.locator('[data-part="cfd"] table').isVisible()).toBe(true);
    await s.page.keyboard.press('Enter');
    expect(await s.page.locator('[data-part="cfd"] table').isVisible()).toBe(false);
    await s.page.keyboard.press('Shift+Tab');
    expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe('Charts');

    // Charts: drawn (crisp: bitmap at the page's pixel density), labelled, with a table view.
    await s.page.getByRole('tab', { name: 'Charts' }).click();
    const canvases = await s.page.$$eval('.phx-debrief [data-chart] canvas', (nodes) =>
      nodes.map((n) => {
        const c = n as HTMLCanvasElement;
        return { width: c.width, css: c.getBoundingClientRect().width, label: c.getAttribute('aria-label') };
      }),
    );
    expect(canvases.length).toBeGreaterThanOrEqual(4);
    for (const canvas of canvases.slice(0, 4)) {
      expect(canvas.width).toBeGreaterThanOrEqual(Math.floor(canvas.css) - 1);
      expect(canvas.label).toBeTruthy();
    }
    const png = await s.screenshot('debrief-charts-en');
    expect((await pixelStats(s.page, png)).distinctColors).toBeGreaterThan(60);
    await s.page.locator('[data-part="cfd"]').getByRole('button', { name: 'Table' }).click();
    expect(await s.page.locator('[data-part="cfd"] tbody tr').count()).toBe(20);
    expect(await s.page.locator('[data-part="cfd"] table').isVisible()).toBe(true);

    // Practices: every practice the act unlocked, as bars, a table and one sentence each.
    await s.page.getByRole('tab', { name: 'Practices' }).click();
    const practices = shown.practices ?? [];
    expect(practices.length).toBeGreaterThan(0);
    const items = await s.page.$$eval('[data-part="practice-list"] li', (nodes) =>
      nodes.map((n) => ({ practice: (n as HTMLElement).dataset.practice, text: n.textContent ?? '' })),
    );
    expect(items.map((i) => i.practice).sort()).toEqual(practices.map((p) => p.practice).sort());
    for (const result of practices.filter((p) => p.used && p.points !== 0)) {
      const without = new Intl.NumberFormat('en').format(shown.score - result.points);
      expect(items.find((i) => i.practice === result.practice)?.text).toContain(without);
    }
    const practiceCanvas = await s.page
      .locator('[data-chart="practices"] canvas')
      .evaluate((c) => ({ width: (c as HTMLCanvasElement).width, label: c.getAttribute('aria-label') }));
    expect(practiceCanvas.width).toBeGreaterThan(100);
    expect(practiceCanvas.label).toBeTruthy();
    await s.screenshot('debrief-practices-en');
    await s.page.locator('[data-part="practices"]').getByRole('button', { name: 'Table' }).click();
    expect(await s.page.locator('[data-part="practices"] tbody tr').count()).toBe(practices.length);
    await s.page.locator('[data-part="practices"]').getByRole('button', { name: 'Chart' }).click();

    // What-if by a real click, timed in the page from the click to the comparison being drawn.
    await s.page.getByRole('tab', { name: 'What if…?' }).click();
    await s.page.evaluate(() => {
      const w = window as unknown as { __clickAt?: number; __shownAt?: number };
      document.addEventListener('click', () => (w.__clickAt = performance.now()), {
        capture: true,
        once: true,
      });
      const card = document.querySelector('[data-part="what-if"]') as HTMLElement;
      const observer = new MutationObserver(() => {
        if (card.dataset.whatifReady === 'batch-size-1' && card.querySelector('table')) {
          observer.disconnect();
          requestAnimationFrame(() => (w.__shownAt = performance.now()));
        }
      });
      observer.observe(card, { attributes: true, childList: true, subtree: true });
    });
    await s.page.locator('[data-change="batch-size-1"]').click();
    await s.page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined);
    const latency = await s.page.evaluate(() => {
      const w = window as unknown as { __clickAt: number; __shownAt: number };
      return w.__shownAt - w.__clickAt;
    });
    console.log(`what-if: click → comparison shown in ${latency.toFixed(1)} ms`);
    expect(latency).toBeLessThan(200);
    const compare = await s.page.locator('[data-part="what-if"]').textContent();
    expect(compare).toContain('Your run');
    expect(compare).toContain('Batch size 1');
    // Every chart fits inside its card (none spills over after the comparison table appears).
    const spills = await s.page.$$eval('.phx-debrief [data-chart]', (bodies) =>
      bodies.flatMap((body) => {
        const card = body.closest('.phx-card')?.getBoundingClientRect();
        const canvas = body.querySelector('canvas')?.getBoundingClientRect();
        return card && canvas && (canvas.bottom > card.bottom + 1 || canvas.right > card.right + 1)
          ? [(body as HTMLElement).dataset.chart]
          : [];
      }),
    );
    expect(spills).toEqual([]);
    await s.screenshot('debrief-whatif-en');

    // The hook's what-if: both runs with score and metrics; the original is the debriefed run.
    const whatIf = await s.page.evaluate(() => window.__phoenix?.whatIf('batch-size-1'));
    expect(whatIf?.original.score.total).toBe(shown.score);
    expect(whatIf?.changed.metrics.hours).toBe(160);
    expect(whatIf?.changed.score.total).not.toBeUndefined();
    expect(whatIf?.replaced).toBeGreaterThan(0);
    expect(whatIf?.changed.metrics.avgReleaseSize ?? 99).toBeLessThan(2);
    const limits = await s.page.evaluate(() => window.__phoenix?.whatIf('wip-limits'));
    expect(limits?.change).toBe('wip-limits');
    expect(limits?.changed.metrics.avgWip.dev).toBeLessThanOrEqual(4);
    console.log(`what-if replay in the page: ${whatIf?.elapsedMs?.toFixed(1)} ms`);
    const telemetry = await s.page.evaluate(() => window.__phoenix?.whatIf('telemetry'));
    expect(telemetry?.changed.metrics.mttdHours ?? 0).toBeLessThan(
      telemetry?.original.metrics.mttdHours ?? 0,
    );
    await expect(s.page.evaluate(() => window.__phoenix?.whatIf('bogus'))).rejects.toThrow();

    // Downloads: a real PNG of the debrief and the metrics as CSV.
    const image = await downloadOf(s, 'Save PNG');
    writeFileSync(join(SCREENSHOT_DIR, 'debrief-export.png'), image.bytes);
    expect(image.name).toBe('phoenix-ops-debrief-first-way-4711.png');
    expect([...image.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(image.bytes.readUInt32BE(16)).toBe(2560); // IHDR width: 1280 design pixels at 2×
    expect(image.bytes.length).toBeGreaterThan(50_000);
    const imageStats = await pixelStats(s.page, image.bytes);
    expect(imageStats.distinctColors).toBeGreaterThan(60);
    const csv = await downloadOf(s, 'Metrics CSV');
    expect(csv.name).toBe('phoenix-ops-debrief-first-way-4711.csv');
    const csvText = csv.bytes.toString('utf8');
    expect(csvText.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<string[]>(csvText.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(Number(rows.find((r) => r[0] === 'score' && r[1] === 'total')?.[4])).toBe(shown.score);
    expect(Number(rows.find((r) => r[1] === 'leadTimeForChangesHours.p50')?.[4])).toBe(
      shown.metrics.leadTimeForChangesHours.p50,
    );
    // One row per practice the act unlocked, with the points the Practices tab shows.
    for (const result of shown.practices ?? []) {
      expect(
        Number(rows.find((r) => r[0] === 'practice' && r[1] === `practice.${result.practice}`)?.[4]),
      ).toBe(result.points);
    }

    // Print: the whole debrief (all sections) on one A4 page and on one Letter page.
    await s.page.emulateMedia({ media: 'print' });
    expect(pdfPages(await s.page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
    expect(pdfPages(await s.page.pdf({ format: 'Letter', printBackground: true }))).toBe(1);
    await s.page.emulateMedia({ media: 'screen' });

    // The layer covers the canvas exactly, also after the window is resized.
    await s.page.setViewportSize({ width: 960, height: 540 });
    await s.page.waitForFunction(() => {
      const canvas = document.querySelector('canvas')?.getBoundingClientRect();
      const layer = document.querySelector('.phx-debrief')?.getBoundingClientRect();
      return (
        !!canvas &&
        !!layer &&
        Math.abs(canvas.width - layer.width) < 1 &&
        Math.abs(canvas.left - layer.left) < 1
      );
    });
    const scaled = await s.page.evaluate(
      () => document.querySelector('.phx-page')?.getBoundingClientRect().width,
    );
    expect(scaled).toBeCloseTo(960, 0);
    await s.page.setViewportSize({ width: 1280, height: 720 });

    // Spanish: the same debrief re-rendered, numbers formatted for Spanish.
    await s.page.evaluate(() => window.__phoenix?.setLanguage('es'));
    await s.page.waitForFunction(() => document.querySelector('.phx-debrief')?.getAttribute('lang') === 'es');
    const spanish = await s.page.locator('.phx-debrief').textContent();
    expect(spanish).toContain('Por qué esta puntuación');
    expect(spanish).toContain('Las cuatro claves DORA');
    // The rebuilt scene keeps the tab and the what-if that were on show.
    const rebuilt = await debrief(s);
    expect(rebuilt.tab).toBe('whatIf');
    expect(rebuilt.whatIf?.change).toBe('telemetry');
    await s.page.getByRole('tab', { name: 'Puntuación y lección' }).click();
    await s.screenshot('debrief-summary-es');
    await s.page.getByRole('tab', { name: 'Gráficos' }).click();
    await s.screenshot('debrief-charts-es');
    await s.page.getByRole('tab', { name: 'Prácticas' }).click();
    await s.screenshot('debrief-practices-es');
    await s.page.getByRole('tab', { name: '¿Y si…?' }).click();
    await s.page.locator('[data-change="wip-limits"]').click();
    await s.page.waitForSelector('[data-part="what-if"][data-whatif-ready="wip-limits"]');
    await s.screenshot('debrief-whatif-es');
    await s.page.evaluate(() => window.__phoenix?.setLanguage('en'));

    // Escape leaves for act select, which can re-open the debrief of the finished act; the layer is gone.
    await s.page.keyboard.press('Escape');
    await s.waitForScene('ActSelect');
    expect(await s.page.locator('.phx-debrief').count()).toBe(0);
    expect(await s.page.locator('#phx-debrief-style').count()).toBe(0);
    await s.screenshot('debrief-act-select');
    const reopen = await s.page.evaluate(() => window.__phoenix?.texts().includes('Debrief'));
    expect(reopen).toBe(true);
    await s.clickDesign(640 - 3 * 148, 380 + 180 + 38);
    await s.waitForScene('Debrief');
    expect((await debrief(s)).score).toBe(shown.score);
    expect(s.errors).toEqual([]);
  });

  it('says when its code cannot be downloaded, and shows the debrief on Try again once it can', async () => {
    // No offline copy; the debrief's code fails to download (offline on a first visit, a dropped download).
    session = await openGame({ serviceWorkers: 'block' });
    const s = session;
    const layerCode = await failChunk(s.page, 'debrief-layer');
    await s.waitForScene('Title');
    await s.page.evaluate(() => window.__phoenix?.startAct('first-way', 4711));
    expect(await s.page.evaluate(() => window.__phoenix?.playPolicy({ batchSize: 2 }))).toMatchObject({
      ok: true,
    });
    await s.page.evaluate(() => window.__phoenix?.setSpeed('max'));
    await s.page.waitForFunction(() => window.__phoenix?.run()?.ended === true, undefined, {
      timeout: 90_000,
    });
    await s.page.waitForFunction(() => window.__phoenix?.texts().includes('Act complete'));
    await s.page.keyboard.press('Enter');
    await s.waitForScene('Debrief');
    const message = await s.page.evaluate(() => window.__phoenix?.translate('debrief.loadFailed') ?? '');
    await expect.poll(() => s.page.evaluate(() => window.__phoenix?.texts() ?? [])).toContain(message);
    expect(message).toMatch(/if it still fails, reload the page/);
    // Try again has the focus.
    expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe('Try again');
    await s.screenshot('debrief-load-failed');
    expect(layerCode.asked).toBe(1);

    // The keyboard reaches both buttons.
    await s.press('Tab');
    expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe('Back');
    await s.press('Tab');
    expect(await s.page.evaluate(() => window.__phoenix?.focused())).toBe('Try again');

    // Back online: Try again shows the debrief (under a new URL where the browser keeps the failure).
    await layerCode.restore();
    await s.press('Enter');
    await s.waitForScene('Debrief');
    await s.page.waitForSelector('.phx-debrief [data-part="lesson"]', { timeout: 20_000 });
    expect((await debrief(s)).score).toBeGreaterThan(0);
    expect(s.errors).toEqual(['console: Failed to load resource: net::ERR_FAILED']);
  });
});
