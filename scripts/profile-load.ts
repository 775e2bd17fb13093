// npm run profile:load — where the game's first load goes, and then the start of an act: resource
// timings, the moments each scene starts, long tasks, performance marks, and two CPU profiles (the
// load up to the interactive Title, and the Title to a playable First Way, as bench:load measures
// them) with their top functions by self and by inclusive time. In one fresh Chromium profile. Needs
// `npm run build` first (`npx vite build --minify false` keeps function names readable; `-- --dist
// <folder>` profiles another build). A diagnostic for `npm run bench:load`, not a benchmark. The
// profiles are written to the temp folder (phoenix-load.cpuprofile, phoenix-act-start.cpuprofile) for
// Chromium's DevTools.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFreshChromium } from '../tests/e2e/support/chromium';
import { startPreview } from '../tests/e2e/support/preview-server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const frameName = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anon)'} ${url.replace(/^.*\//, '')}:${lineNumber}`;
};

/** Prints self time by file and the top functions by self and by inclusive time. */
function summarise(title: string, profile: CpuProfile, top: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    let node = byId.get(id);
    if (!node) return;
    self.set(frameName(node), (self.get(frameName(node)) ?? 0) + ms);
    const counted = new Set<string>(); // recursion counts once
    while (node) {
      const name = frameName(node);
      if (!counted.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      counted.add(name);
      const parent = parentOf.get(node.id);
      node = parent === undefined ? undefined : byId.get(parent);
    }
  });
  const byFile = new Map<string, number>();
  for (const [key, ms] of self) {
    const file =
      key
        .split(' ')
        .slice(1)
        .join(' ')
        .replace(/:-?\d+$/, '') || '(native)';
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const list = (entries: Map<string, number>, count: number) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, ms]) => `  ${ms.toFixed(0).padStart(5)} ${key}`)
      .join('\n');
  console.log(`\n== ${title}`);
  console.log(`CPU self time by file (ms):\n${list(byFile, 10)}`);
  console.log(`CPU self time, top functions (ms):\n${list(self, top)}`);
  console.log(`CPU inclusive time, top functions (ms):\n${list(inclusive, top)}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dist = argv.includes('--dist') ? argv[argv.indexOf('--dist') + 1] : undefined;
  const server = await startPreview(20_000, dist);
  const browser = await launchFreshChromium();
  try {
    const { context, page } = browser;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.addInitScript(() => {
      const seen: [string, number][] = [];
      (window as unknown as { __scenes: [string, number][] }).__scenes = seen;
      // Inline callbacks only: tsx names named functions with a helper the page does not have.
      setInterval(() => {
        const hook = (window as unknown as { __phoenix?: { scene: string | null; settled: boolean } })
          .__phoenix;
        const label = hook ? `${hook.scene}${hook.settled ? ' settled' : ''}` : 'no hook';
        if (seen.length === 0 || seen[seen.length - 1]![0] !== label) seen.push([label, performance.now()]);
      }, 5);
      const longTasks: [number, number][] = [];
      (window as unknown as { __long: [number, number][] }).__long = longTasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${server.url}?e2e`, { waitUntil: 'commit' });
    // As bench:load does: watched from inside the page, the act started the moment the Title is ready.
    const interactive = await page.evaluate(async () => {
      // No named helpers in here: tsx would wrap them in a function the page does not have.
      while (
        !(window.__phoenix?.ready === true && window.__phoenix.scene === 'Title' && window.__phoenix.settled)
      ) {
        await new Promise((done) => setTimeout(done, 4));
      }
      return performance.now();
    });
    const { profile: loadProfile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.send('Profiler.start');
    await page.evaluate(() => window.__phoenix?.startAct('first-way', 1));
    const report = await page.evaluate(() => ({
      now: performance.now(),
      scenes: (window as unknown as { __scenes: [string, number][] }).__scenes,
      long: (window as unknown as { __long: [number, number][] }).__long,
      resources: performance.getEntriesByType('resource').map((entry) => {
        const r = entry as PerformanceResourceTiming;
        return [r.name.replace(/^.*\//, ''), Math.round(r.startTime), Math.round(r.responseEnd)] as const;
      }),
      marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)] as const),
      nav: (() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          responseEnd: Math.round(n.responseEnd),
          domInteractive: Math.round(n.domInteractive),
          dcl: Math.round(n.domContentLoadedEventEnd),
        };
      })(),
    }));
    const { profile: actProfile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    console.log(
      'title interactive at',
      Math.round(interactive),
      'ms; playable at',
      Math.round(report.now),
      'ms; nav',
      report.nav,
    );
    console.log('scenes:', report.scenes.map(([s, t]) => `${s}@${Math.round(t)}`).join('  '));
    console.log('long tasks:', report.long.map(([s, d]) => `${Math.round(s)}+${Math.round(d)}`).join(' '));
    console.log('marks:', report.marks.map(([m, t]) => `${m}@${t}`).join('  '));
    console.log('resources (start→end ms):');
    for (const [name, start, end] of report.resources) console.log(`  ${start}→${end} ${name.slice(0, 60)}`);
    summarise('First load, to the interactive Title', loadProfile, 20);
    summarise('Act start, from the Title to a playable First Way', actProfile, 40);
    writeFileSync(join(tmpdir(), 'phoenix-load.cpuprofile'), JSON.stringify(loadProfile));
    writeFileSync(join(tmpdir(), 'phoenix-act-start.cpuprofile'), JSON.stringify(actProfile));
  } finally {
    await browser.close();
    server.stop();
  }
}

void main();
