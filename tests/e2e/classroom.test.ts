// The classroom loop in real Chromium against the production build: a player finishes an act and
// gets a result code; the facilitator pastes it with a class's worth of codes, sees every one
// verified by re-simulation, the leaderboard and the charts, exports CSV, and no pasted name runs.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine';
import type { AddEntry } from '../../src/facilitator/collection';
import { sampleClass } from '../../src/facilitator/sample-class';
import { encodeResultCode } from '../../src/platform/result-code';
import { scenarios } from '../../src/scenarios';
import { failChunk, type GameSession, openGame, SCREENSHOT_DIR } from './support/game';

/** The machine is shared and slow at times: generous waits, never sleeps. */
const SLOW = { timeout: 60_000 };
let sessions: GameSession[] = [];
afterEach(async () => {
  for (const session of sessions) await session.close();
  sessions = [];
});

async function openFacilitator(
  query = '?e2e',
  options: Parameters<typeof openGame>[0] = {},
): Promise<GameSession> {
  const session = await openGame({ ...options, query: `facilitator.html${query}` });
  sessions.push(session);
  await session.page.waitForFunction(() => window.__facilitator?.ready === true, null, { timeout: 20_000 });
  return session;
}

/** A full-page screenshot (the facilitator page scrolls). */
async function shot(s: GameSession, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await s.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

const addCodes = (s: GameSession, text: string) =>
  s.page.evaluate((t) => window.__facilitator!.addCodes(t), text) as Promise<AddEntry[]>;
const pageState = (s: GameSession) => s.page.evaluate(() => window.__facilitator!.state());

describe("A player's result, end to end", () => {
  it('plays a shared act, shares the code, and the facilitator recomputes the same score', async () => {
    const game = await openGame({ query: '?e2e&scenario=first-way&seed=4711&class=PM%20onboarding' });
    sessions.push(game);
    await game.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // The class link opens that act's briefing, with that seed.
    await game.waitForScene('Briefing');
    await game.clickDesign(640 + 150, 600); // Next
    await game.page.waitForFunction(
      () => window.__phoenix?.texts().some((t) => t.startsWith("I'm Kai")),
      null,
      SLOW,
    );
    await game.clickDesign(640 - 150, 600); // Skip briefing
    await game.waitForScene('FirstWay');
    expect(await game.page.evaluate(() => window.__phoenix?.run()?.seed)).toBe(4711);
    expect(await game.page.evaluate(() => window.__phoenix?.resultCode())).toBeNull();

    // Finish it fast: the policy bot at max speed (from the title, so startAct waits for a new act).
    await game.page.evaluate(() => window.__phoenix!.goto('Title'));
    await game.waitForScene('Title');
    await game.page.evaluate(() => window.__phoenix!.startAct('first-way', 4711));
    await game.page.evaluate(() =>
      window.__phoenix!.playPolicy({
        wipLimits: { dev: 3, test: 2, ops: 2 },
        batchSize: 2,
        protectConstraint: true,
      }),
    );
    await game.page.evaluate(() => window.__phoenix!.setSpeed('max'));
    await game.page.waitForFunction(() => window.__phoenix?.run()?.ended === true, null, { timeout: 90_000 });
    await game.page.waitForFunction(() => window.__phoenix?.texts().includes('Share result'), null, SLOW);
    const inGameScore = await game.page.evaluate(() => window.__phoenix!.run()!.score.total);

    await game.screenshot('results-with-share');
    // Share result: a name typed into the field over the canvas, the code, Copy, the QR code.
    await game.clickDesign(640, 584);
    const nameField = game.page.getByLabel('Your name, as your class will see it');
    await nameField.waitFor();
    await nameField.fill('Ada <b>🚀</b>');
    await game.page.waitForTimeout(200);
    await game.screenshot('share-result');
    await game.clickDesign(300 + 80, 90 + 244 + 128 + 36); // Copy code
    await game.page.waitForFunction(() => window.__phoenix?.texts().includes('Copied'), null, SLOW);
    const code = await game.page.evaluate(() => window.__phoenix!.resultCode());
    expect(code).toMatch(/^PHX1\.[A-Za-z0-9_-]+$/);
    expect(await game.page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(await game.page.getByLabel('Result code — paste it into the facilitator page').inputValue()).toBe(
      code,
    );
    // Typing in the field did not reach the game's keys (M mutes, Space pauses).
    expect(game.errors).toEqual([]);
    // Close, then leave: the DOM field goes with the overlay and the scene.
    await game.clickDesign(640, 584);
    expect(await game.page.locator('input, textarea').count()).toBe(0);
    await game.clickDesign(640, 584); // Share again
    await nameField.waitFor();
    await game.clickDesign(640 - 236, 584 + 0); // behind the share overlay: nothing happens
    await game.clickDesign(640, 584); // Close
    await game.clickDesign(640 - 236, 584); // Continue
    await game.page.waitForFunction(() => window.__phoenix?.scene !== 'FirstWay', null, SLOW);
    expect(await game.page.locator('input, textarea').count()).toBe(0);

    // The facilitator pastes it with 30 classmates' codes.
    const s = await openFacilitator();
    await s.page.getByLabel('Seed', { exact: true }).fill('4711');
    const classmates = sampleClass(30, { sameSeed: true, seed: 4711, className: 'PM onboarding' });
    await s.page.locator('#codes').fill([code!, ...classmates.map((p) => p.code)].join('\n'));
    await s.page.getByRole('button', { name: 'Verify codes' }).click();
    await s.page.waitForFunction(() => window.__facilitator?.state().results === 31, null, SLOW);
    const entries = await addCodes(s, code!);
    expect(entries).toEqual([
      expect.objectContaining({
        ok: true,
        duplicate: true,
        name: 'Ada <b>🚀</b>',
        seed: 4711,
        score: inGameScore,
      }),
    ]);
    expect(await s.page.locator('table.leaderboard tbody th', { hasText: 'Ada <b>🚀</b>' }).count()).toBe(1);
    expect(await s.page.locator('table.leaderboard b').count()).toBe(0);
    expect((await pageState(s)).chartPoints[1]).toBe(31);
    await shot(s, 'facilitator-with-player');
    // The CSV has the player's recomputed score.
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const rows = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split(/\r\n/);
    expect(rows).toHaveLength(32);
    // Seed, days and demand: the class's seed, the act's own length, the standard demand.
    expect(rows.find((row) => row.startsWith('Ada <b>🚀</b>,'))).toContain(
      `,first-way,4711,20,1,${inGameScore},`,
    );
    expect(s.errors).toEqual([]);
  });

  it('loads the sharing code when an act ends, says so when it cannot, and shares on the next try', async () => {
    // No offline copy, so the download itself can fail (as offline on a first visit).
    const game = await openGame({ serviceWorkers: 'block' });
    sessions.push(game);
    // A retry asks for the same file with a query (some browsers remember a failed import).
    const shareCode = await failChunk(game.page, 'share-overlay');
    await game.waitForScene('Title');
    await game.page.evaluate(() => window.__phoenix!.startAct('first-way', 4711));
    // Result codes (and fflate) are not part of an act's start.
    expect(shareCode.asked).toBe(0);
    await game.page.evaluate(() => window.__phoenix!.playPolicy({ batchSize: 2 }));
    await game.page.evaluate(() => window.__phoenix!.setSpeed('max'));
    await game.page.waitForFunction(() => window.__phoenix?.run()?.ended === true, null, { timeout: 90_000 });
    await game.page.waitForFunction(() => window.__phoenix?.texts().includes('Share result'), null, SLOW);
    // The panel asked for the sharing code as it opened; it failed, so there is no code yet.
    await expect.poll(() => shareCode.asked, SLOW).toBe(1);
    expect(await game.page.evaluate(() => window.__phoenix!.resultCode())).toBeNull();
    // A click while that first download is still failing would wait for it (and say so once, with one
    // download): click only once the page has reported the failure, and a frame and a task have run.
    await expect.poll(() => game.errors.length, SLOW).toBe(1);
    await game.page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))),
    );
    await game.clickDesign(640, 584); // Share result
    await game.page.waitForFunction(
      () => window.__phoenix?.texts().includes('Could not load: try again'),
      null,
      SLOW,
    );
    expect(shareCode.asked).toBe(2);
    await game.screenshot('share-load-failed');

    // Back online: the same button opens the dialog, and the code is there.
    await shareCode.restore();
    await game.clickDesign(640, 584);
    await game.page.getByLabel('Your name, as your class will see it').waitFor();
    expect(await game.page.evaluate(() => window.__phoenix!.resultCode())).toMatch(/^PHX1\.[A-Za-z0-9_-]+$/);
    // The two aborted downloads are the only errors: the game caught both.
    expect(game.errors).toEqual([
      'console: Failed to load resource: net::ERR_FAILED',
      'console: Failed to load resource: net::ERR_FAILED',
    ]);
  });
});

describe('A class link with an invalid seed', () => {
  const notice = "This class link's seed can't be used";
  const texts = (game: GameSession) => game.page.evaluate(() => window.__phoenix!.texts());

  it('says so on the briefing, and Back leaves without starting an act', async () => {
    const game = await openGame({ query: '?e2e&scenario=first-way&seed=4711abc&class=PM' });
    sessions.push(game);
    await game.waitForScene('Briefing');
    await game.page.waitForFunction((text) => window.__phoenix?.texts().includes(text), notice, SLOW);
    expect(
      (await texts(game)).some((t) => t.includes("The link's seed “4711abc” is not a whole number")),
    ).toBe(true);
    await game.screenshot('briefing-bad-seed');
    await game.clickDesign(640 - 150, 600); // Back
    await game.waitForScene('ActSelect');
    expect(await game.page.evaluate(() => window.__phoenix?.run())).toBeNull();
    expect(game.errors).toEqual([]);
  });

  it('plays a random seed only when the player chooses it', async () => {
    const game = await openGame({ query: '?e2e&scenario=first-way&seed=2147483648' });
    sessions.push(game);
    await game.waitForScene('Briefing');
    await game.page.waitForFunction((text) => window.__phoenix?.texts().includes(text), notice, SLOW);
    expect((await texts(game)).some((t) => t.includes('is too large (at most 2,147,483,647)'))).toBe(true);
    expect(await game.page.evaluate(() => window.__phoenix?.run())).toBeNull();
    await game.clickDesign(640 + 150, 600); // Play with a random seed: the briefing, as usual
    await game.page.waitForFunction((text) => !window.__phoenix?.texts().includes(text), notice, SLOW);
    await game.waitForScene('Briefing');
    await game.clickDesign(640 - 150, 600); // Skip briefing
    await game.waitForScene('FirstWay');
    const seed = await game.page.evaluate(() => window.__phoenix?.run()?.seed);
    expect(Number.isInteger(seed)).toBe(true);
    expect(game.errors).toEqual([]);
  });
});

describe('The facilitator page', () => {
  it('verifies a pasted class, lists bad codes with reasons, and never runs a pasted name', async () => {
    const s = await openFacilitator();
    await s.page.getByLabel('Seed', { exact: true }).fill('4711');
    const players = sampleClass(30, { sameSeed: true, seed: 4711, className: 'PM onboarding' });
    const evil = encodeResultCode({
      log: simulate({ scenario: scenarios['first-way'], seed: 4711, policy: { batchSize: 2 } }).run.log,
      name: '<script>__p=1</script>',
      className: 'PM onboarding',
    });
    const rtl = encodeResultCode({
      log: simulate({ scenario: scenarios['first-way'], seed: 4711, policy: { batchSize: 3 } }).run.log,
      name: 'مريم 🚀 <b>x</b>',
      className: 'PM onboarding',
    });
    const good = players[0]!.code;
    const tampered = `${good.slice(0, 30)}${good[30] === 'A' ? 'B' : 'A'}${good.slice(31)}`;
    // A code from a player whose game was an earlier version (before the model changed).
    const oldLog = simulate({ scenario: scenarios['first-way'], seed: 4711, policy: {} }).run.log;
    const oldCode = encodeResultCode({
      log: { ...oldLog, engineVersion: 'phoenix-sim-0.1.0' },
      name: 'Old game',
      className: 'PM onboarding',
    });
    const text = [
      ...players.map((p) => p.code),
      evil,
      rtl,
      good, // a duplicate
      good.slice(0, good.length - 12), // truncated
      tampered,
      'hello, this is not a code',
      oldCode,
    ].join('\n');

    const entries = await addCodes(s, text);
    // One entry per code: the line that is not a code is counted, not listed.
    expect(entries).toHaveLength(36);
    const ok = entries.filter((e) => e.ok);
    expect(ok.filter((e) => e.ok && !e.duplicate)).toHaveLength(32);
    expect(entries[32]).toMatchObject({ ok: true, duplicate: true, name: players[0]!.name });
    expect(entries.slice(33).map((e) => (e.ok ? 'ok' : e.reason))).toEqual([
      'truncated',
      'damaged',
      'engine-version',
    ]);
    const first = entries[0]!;
    expect(first.ok && first.scenario).toBe('first-way');
    expect(first.ok && first.seed).toBe(4711);
    expect(first.ok && typeof first.score === 'number' && typeof first.metrics.leadTimeP50 === 'number').toBe(
      true,
    );

    const state = await pageState(s);
    expect(state).toMatchObject({ results: 32, rejected: 4, act: 'first-way', rows: 32 });
    // Every player's point is on the scatter charts (batch: those who released; improvement: all).
    expect(state.chartPoints[1]).toBe(32);
    expect(state.chartPoints[0]).toBeGreaterThanOrEqual(30);
    // The practice-points chart: a dot per player and practice used, and a median per practice used.
    expect(state.chartPoints[3]).toBeGreaterThan(0);
    expect(
      await s.page.getByText('Made with an earlier version of the game (phoenix-sim-0.1.0)').count(),
    ).toBe(1);

    // Names are text: the script tag is shown literally and never ran; no element came from a name.
    expect(await s.page.evaluate(() => (window as unknown as { __p?: number }).__p)).toBeUndefined();
    const names = await s.page.locator('table.leaderboard tbody th').allTextContents();
    expect(names).toContain('<script>__p=1</script>');
    expect(names).toContain('مريم 🚀 <b>x</b>');
    expect(await s.page.locator('table.leaderboard script, table.leaderboard b').count()).toBe(0);
    expect(await s.page.getByText('Players who kept batches at or under 2 changes').count()).toBe(1);
    expect(await s.page.getByText('Incomplete: the end of the code is missing').count()).toBe(1);
    expect(await s.page.getByText('1 line was not a code (lines are not listed one by one)').count()).toBe(1);
    expect(state.otherSeedRows).toBe(0);

    // A genuine run of another seed, and a code for a 1000-day act: flagged, and refused.
    const otherSeed = encodeResultCode({
      log: simulate({ scenario: scenarios['first-way'], seed: 254, policy: { batchSize: 2 } }).run.log,
      name: 'Seed 254',
      className: 'PM onboarding',
    });
    const longAct = encodeResultCode({
      log: { ...oldLog, days: 1000, demand: 10 },
      name: 'Long act',
      className: 'PM onboarding',
    });
    const more = await addCodes(s, `${otherSeed}\n${longAct}`);
    expect(more.map((e) => (e.ok ? e.seed : e.reason))).toEqual([254, 'not-a-standard-act']);
    expect(await pageState(s)).toMatchObject({ results: 33, rows: 33, otherSeedRows: 1 });
    const flagged = s.page.locator('table.leaderboard tr.other-seed');
    expect(await flagged.locator('th').textContent()).toBe('Seed 254');
    expect(await flagged.locator('td.seed-other').textContent()).toContain('254');
    expect(
      await s.page.getByText("1 result was played with another seed than the class link's (4711)").count(),
    ).toBe(1);
    expect(await s.page.getByText('Not a standard act (days)').count()).toBe(1);
    await shot(s, 'facilitator-class');
    // With the class seed set, the results of another seed can be left out (and shown again).
    await s.page.getByLabel('Show only results with the class seed (4711)').check();
    expect(await pageState(s)).toMatchObject({ results: 33, rows: 32, otherSeedRows: 0 });
    await s.page.getByLabel('Show only results with the class seed (4711)').uncheck();
    expect((await pageState(s)).rows).toBe(33);

    // CSV export through the real button: a download with one row per verified result.
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toContain('name,class,scenario,seed,days,demand,score');
    expect(lines[0]).toContain('lead_time_for_changes_p50_h');
    expect(lines[0]).toContain('practice.small-batches,practice.wip-limits');
    expect(lines).toHaveLength(34);
    expect(csv).toContain('"<script>__p=1</script>"'.replace(/"/g, ''));

    // Projector mode: larger type, black background.
    await s.page.getByRole('button', { name: 'Projector mode' }).click();
    const projector = await s.page.evaluate(() => ({
      size: getComputedStyle(document.body).fontSize,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(projector).toEqual({ size: '22px', background: 'rgb(0, 0, 0)' });
    await shot(s, 'facilitator-projector');
    await s.page.getByRole('button', { name: 'Projector mode' }).click();

    // The printable handout: print media, light charts, only the class results.
    await s.page.emulateMedia({ media: 'print' });
    await s.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await shot(s, 'facilitator-handout');
    expect(await s.page.locator('.handout-head').isVisible()).toBe(true);
    expect(await s.page.locator('.collect').isVisible()).toBe(false);
    await s.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await s.page.emulateMedia({ media: 'screen' });
    expect(s.errors).toEqual([]);
  });

  it('reads a junk-heavy paste, summarises the junk instead of a row a line, and states its limits', async () => {
    const s = await openFacilitator();
    const players = sampleClass(3, { className: 'Junk test' });
    const junk = Array.from(
      { length: 20_000 },
      (_, i) => `row ${i}; not a code, just noise ${'~'.repeat(i % 30)}`,
    );
    const text = [
      ...junk.slice(0, 9_000),
      players[0]!.code,
      ...junk.slice(9_000),
      players[1]!.code,
      players[2]!.code,
    ].join('\n');
    // Set as a paste would (typing a megabyte through the locator is slow on a busy machine).
    await s.page.evaluate((t) => {
      (document.getElementById('codes') as HTMLTextAreaElement).value = t;
    }, text);
    // The browser lays out the pasted text first (its own cost, as with any paste): let it.
    await s.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    // Watch the frames while the page works: the longest gap between two animation frames.
    await s.page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __watch: boolean };
      w.__gaps = [];
      w.__watch = true;
      let last = performance.now();
      const tick = (now: number) => {
        w.__gaps.push(now - last);
        last = now;
        if (w.__watch) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await s.page.getByRole('button', { name: 'Verify codes' }).click();
    // Until the class is shown, charts included (they are drawn one per frame).
    await s.page.waitForFunction(
      () =>
        window.__facilitator?.state().results === 3 && window.__facilitator.state().chartPoints.length === 4,
      null,
      SLOW,
    );
    const gaps = await s.page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __watch: boolean };
      w.__watch = false;
      return w.__gaps;
    });
    const state = await pageState(s);
    expect(state).toMatchObject({ results: 3, notCodeLines: 20_000, rejectedRows: 0, rows: 3 });
    expect(state.status).toContain('20,000 lines were not codes.');
    expect(
      await s.page.getByText('20,000 lines were not codes (lines are not listed one by one)').count(),
    ).toBe(1);
    expect(await s.page.locator('.not-codes li').count()).toBe(5);
    // Rows: one per result, none per junk line; the whole page stays small.
    expect(await s.page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(2_000);
    console.log(
      `junk paste: longest frame gap ${Math.round(Math.max(...gaps))} ms over ${gaps.length} frames:`,
      gaps.map((gap) => Math.round(gap)).join(' '),
    );
    // Reading is sliced (8 ms at a time) and the charts come one per frame: under 100 ms a frame on an
    // idle machine. The gap is logged, not asserted: it is a performance target, measured by
    // `npm run bench:class` (the slicing itself is unit-tested in class-limits.test.ts); here it
    // depended on the machine's load (283 ms with another process busy on one of the two cores).
    await shot(s, 'facilitator-junk');
    // The limit is stated, and a paste over it is refused with a note (the text stays to be split).
    expect(
      await s.page.getByText('At most 2 MB per paste or file; a class keeps at most 2,000 results.').count(),
    ).toBe(1);
    await s.page.evaluate(() => {
      (document.getElementById('codes') as HTMLTextAreaElement).value = 'x'.repeat(2 * 1024 * 1024 + 1);
    });
    await s.page.getByRole('button', { name: 'Verify codes' }).click();
    await s.page.getByText('That text is larger than 2 MB').waitFor();
    expect((await s.page.locator('#codes').inputValue()).length).toBe(2 * 1024 * 1024 + 1);
    expect(s.errors).toEqual([]);
  });

  it('makes a class link and its QR code, in Spanish too, and opens a code given as a link', async () => {
    const s = await openFacilitator('?e2e', { locale: 'es-ES' });
    expect(await s.page.locator('h1').textContent()).toBe('Facilitador');
    await s.page.getByLabel('Semilla').fill('4711');
    await s.page.getByLabel('Nombre de la clase (opcional)').fill('Grupo <A>');
    const link = await s.page.getByLabel('Enlace para la clase').inputValue();
    expect(link).toMatch(/\/\?scenario=first-way&seed=4711&class=Grupo\+%3CA%3E$/);
    expect(await s.page.locator('img.qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await s.screenshot('facilitator-share-es');

    // A text file of codes, loaded through the file picker.
    const files = sampleClass(3, { className: 'Grupo <A>' });
    await s.page.locator('#codes-file').setInputFiles({
      name: 'codes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(files.map((p) => `${p.name}: ${p.code}`).join('\n')),
    });
    await s.page.waitForFunction(() => window.__facilitator?.state().results === 3, null, SLOW);
    expect(await s.page.getByText('3 verificados · 0 rechazados · duplicados fusionados: 0').count()).toBe(1);
    await shot(s, 'facilitator-es');
    // The class survives a reload (kept in this browser only) and is verified again.
    await s.page.reload();
    await s.page.waitForFunction(() => window.__facilitator?.state().results === 3, null, {
      timeout: 30_000,
    });

    const code = sampleClass(1, { className: 'Grupo <A>' })[0]!.code;
    const other = await openFacilitator(`?e2e#r=${code}`);
    await other.page.waitForFunction(() => window.__facilitator?.state().results === 1, null, SLOW);
    expect(await other.page.locator('table.leaderboard tbody tr').count()).toBe(1);
  });
});
