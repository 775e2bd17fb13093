// npm run bench:load [-- --runs 5] [--dist path] [--dwell ms] — how fast the built game loads, against a bare
// Phaser 4 page (one scene, one text) built by the same Vite in the same run, on Phaser's default renderer
// and on Canvas. Each load uses a fresh Chromium profile (nothing cached, no service worker yet); the
// game and the two bare pages alternate; medians of `--runs`. Measured from navigation start, inside
// the page (so the round trips of the DevTools protocol count for neither side), each to its first frame
// drawn and handed to the screen — the same moment on every side, as a player sees it:
// - the game's Title interactive: the test hook says the Title scene is ready and settled, then the next
//   animation frame has ended (the Title is built and drawn in one step, which need not be a frame's);
// - a playable First Way: the act started from the Title the moment it is interactive, its scene
//   running, taking input and drawn, then the next animation frame has ended;
// - the bare page: its scene created and then drawn in an animation frame (Phaser creates that scene as
//   the game boots and draws it at the next frame), seen by the next task. Measured at its scene's
//   creation instead, a page on software WebGL would be counted ~0.2 s before its first frame can be
//   seen (reading it back for the screen); the bench prints that gap.
// The game picks Canvas where WebGL is software (headless Chromium here); the Canvas bare page is Phaser's
// own time on that renderer. Two networks: the loopback as is, and a classroom Wi-Fi (CDP throttling:
// 1.6 Mbit/s down, 0.75 up, 150 ms round trip). It also reports the JavaScript the game's first load
// fetches, gzipped. Needs `npm run build` first; `--dist` measures another build folder (an older build,
// to compare); `--dwell 2000` starts the act that long after the Title is interactive, as a player who
// reads it first (then only the act start column means something: playable includes the dwell).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ensureChromium, launchFreshChromium } from '../tests/e2e/support/chromium';
import { startPreview } from '../tests/e2e/support/preview-server';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const option = (name: string): string | undefined =>
  argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined;
const runs = Number(option('--runs') ?? 5) || 5;
const distArg = option('--dist');
/** How long the player looks at the Title before starting the act (0: at once, the worst case). */
const dwellMs = Number(option('--dwell') ?? 0) || 0;

interface Network {
  name: string;
  throttle: { downloadThroughput: number; uploadThroughput: number; latency: number } | null;
}
const NETWORKS: Network[] = [
  { name: 'loopback', throttle: null },
  {
    name: 'classroom Wi-Fi (1.6 Mbit/s, 150 ms)',
    throttle: { downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (0.75e6 / 8) * 0.9, latency: 150 },
  },
];

/** A bare Phaser 4 page: one scene, one text, built by the same Vite; `?canvas` draws it with Canvas. */
async function buildBarePage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'phoenix-bare-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><meta charset="UTF-8"><title>bare</title></head><body><div id="game"></div><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import Phaser from 'phaser';
class Only extends Phaser.Scene {
  create() {
    this.add.text(100, 100, 'Hello', { fontSize: '32px' });
    window.__bareCreated = performance.now();
    window.__bareRenderer = this.game.renderer.type === Phaser.WEBGL ? 'WebGL' : 'Canvas';
    // Ready once its first frame is drawn, as the game's Title and act are measured.
    this.game.events.once('postrender', () => { window.__bareReady = true; });
  }
}
const type = location.search.includes('canvas') ? Phaser.CANVAS : Phaser.AUTO;
new Phaser.Game({ type, parent: 'game', width: 1280, height: 720, scene: [Only], audio: { noAudio: true } });
`,
  );
  const outDir = join(dir, 'dist');
  await build({
    root: dir,
    configFile: false,
    base: './',
    logLevel: 'error',
    resolve: { alias: { phaser: resolve(root, 'node_modules/phaser') } },
    build: { outDir, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return outDir;
}

function firstLoadGzip(dist: string): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
}

type PageKind = 'game' | 'bare' | 'bare-canvas';

interface LoadTimes {
  interactive: number;
  playable: number | null;
  asked?: number;
  /** The bare page's scene created (its first frame comes later). */
  created?: number;
  /** The renderer the page runs on ('WebGL' or 'Canvas'). */
  renderer?: string;
}

async function load(
  executablePath: string,
  url: string,
  kind: PageKind,
  network: Network,
): Promise<LoadTimes> {
  const browser = await launchFreshChromium({ executablePath });
  try {
    const { context, page } = browser;
    if (network.throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network.throttle });
    }
    const address = { game: `${url}?e2e`, bare: url, 'bare-canvas': `${url}?canvas` }[kind];
    await page.goto(address, { waitUntil: 'commit' });
    // Functions, not strings: the game's Content-Security-Policy forbids evaluating strings. Every
    // page is watched the same way, from inside: every 4 ms until ready.
    if (kind !== 'game') {
      return await page.evaluate(async () => {
        const bare = window as { __bareReady?: boolean; __bareCreated?: number; __bareRenderer?: string };
        while (bare.__bareReady !== true) {
          await new Promise((done) => setTimeout(done, 4));
        }
        return {
          interactive: performance.now(),
          playable: null,
          created: bare.__bareCreated ?? 0,
          renderer: bare.__bareRenderer ?? '?',
        };
      });
    }
    return await page.evaluate(async (dwell) => {
      // No named helpers in here: tsx would wrap them in a function the page does not have. The game
      // may draw a scene outside an animation frame; the frame after it hands that drawing to the screen.
      while (
        !(window.__phoenix?.ready === true && window.__phoenix.scene === 'Title' && window.__phoenix.settled)
      ) {
        await new Promise((done) => setTimeout(done, 4));
      }
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const interactive = performance.now();
      if (dwell > 0) await new Promise((done) => setTimeout(done, dwell));
      const asked = performance.now();
      // Resolves once the act's scene runs and takes input (started paused, so without the tutorial).
      await window.__phoenix?.startAct('first-way', 1);
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return { interactive, playable: performance.now(), asked, renderer: window.__phoenix?.renderer ?? '?' };
    }, dwellMs);
  } finally {
    await browser.close();
  }
}

const median = (values: number[]): number => quantile(values, 0.5);

/** The value below which this share of the values lie (linear between the two nearest). */
function quantile(values: number[], share: number): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const at = (sorted.length - 1) * share;
  const below = sorted[Math.floor(at)]!;
  const above = sorted[Math.ceil(at)]!;
  return below + (above - below) * (at - Math.floor(at));
}

/** The middle half of the ratios (25th to 75th percentile), or a dash without a pair. */
const spread = (ratios: number[]): string =>
  ratios.length === 0 ? '–' : `${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}×`;

async function main(): Promise<void> {
  const dist = resolve(distArg ?? resolve(root, 'dist'));
  if (
    !statSync(dist, { throwIfNoEntry: false })?.isDirectory() ||
    !readdirSync(dist).includes('index.html')
  ) {
    console.error('bench:load: no production build; run `npm run build` first');
    process.exitCode = 2;
    return;
  }
  const loadAtStart = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  const executablePath = ensureChromium();
  const bareDist = await buildBarePage();
  const bareBytes = firstLoadGzip(bareDist);
  const game = await startPreview(20_000, dist);
  const bare = await startPreview(20_000, bareDist);
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const baselines: { kind: Exclude<PageKind, 'game'>; name: string }[] = [
    { kind: 'bare', name: "Phaser's default" },
    { kind: 'bare-canvas', name: 'Canvas' },
  ];
  /** The renderer each bare page got (the default one is WebGL where the browser has it). */
  const renderers = new Map<PageKind, Set<string>>();
  const rows: string[] = [];
  const firstFrames: string[] = [];
  try {
    for (const network of NETWORKS) {
      const gameTitle: number[] = [];
      const gamePlayable: number[] = [];
      const actStart: number[] = [];
      const bareReady = new Map(baselines.map(({ kind }) => [kind, [] as number[]]));
      /** From a bare page's scene created to its first frame seen (what measuring at creation leaves out). */
      const bareFirstFrame = new Map(baselines.map(({ kind }) => [kind, [] as number[]]));
      /** Each game load's playable against the bare load next to it: how much the median can be trusted. */
      const pairRatios = new Map(baselines.map(({ kind }) => [kind, [] as number[]]));
      for (let i = 0; i < runs; i++) {
        // Alternate, so that a slow moment of the machine hits all alike.
        const g = await load(executablePath, game.url, 'game', network);
        renderers.set('game', (renderers.get('game') ?? new Set()).add(g.renderer ?? '?'));
        gameTitle.push(g.interactive);
        if (g.playable !== null) {
          gamePlayable.push(g.playable);
          actStart.push(g.playable - (g.asked ?? g.interactive));
        }
        for (const { kind } of baselines) {
          const b = await load(executablePath, bare.url, kind, network);
          bareReady.get(kind)!.push(b.interactive);
          renderers.set(kind, (renderers.get(kind) ?? new Set()).add(b.renderer ?? '?'));
          bareFirstFrame.get(kind)!.push(b.interactive - (b.created ?? b.interactive));
          if (g.playable !== null) pairRatios.get(kind)!.push(g.playable / b.interactive);
        }
      }
      const t = median(gameTitle);
      const p = median(gamePlayable);
      for (const { kind, name: base } of baselines) {
        const b = median(bareReady.get(kind)!);
        const name = kind === 'bare' ? `${base} (${[...(renderers.get(kind) ?? [])].join(', ')})` : base;
        rows.push(
          `| ${network.name} | ${name} | ${seconds(t)} | ${seconds(p)} | ${seconds(median(actStart))} | ${seconds(b)} | ${(t / b).toFixed(2)}× | ${(p / b).toFixed(2)}× | ${spread(pairRatios.get(kind)!)} |`,
        );
        firstFrames.push(`${network.name}, ${name}: ${median(bareFirstFrame.get(kind)!).toFixed(0)} ms`);
      }
    }
  } finally {
    game.stop();
    bare.stop();
    rmSync(resolve(bareDist, '..'), { recursive: true, force: true });
  }
  const load1 = `${loadAtStart} → ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`;
  console.log(
    `First-load JavaScript, gzipped: game ${kB(firstLoadGzip(dist))}, bare Phaser page ${kB(bareBytes)}.`,
  );
  if (dwellMs > 0) console.log(`The act was started ${dwellMs} ms after the Title was interactive.`);
  console.log(
    `Median of ${runs} fresh-profile loads each, alternating; each time to its first frame seen; 1-minute load average ${load1} (start → end).\n`,
  );
  console.log(
    '| network | bare page renderer | game: Title interactive | game: First Way playable | act start (asked → playable) | bare Phaser page | Title ÷ bare | playable ÷ bare | playable ÷ bare, load by load (middle half) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log(
    `\nThe game ran on ${[...(renderers.get('game') ?? [])].join(', ')}. A bare page's first frame seen, after its scene was created (median): ${firstFrames.join('; ')}.`,
  );
}

mkdirSync(resolve(root, 'test-results'), { recursive: true });
await main();
