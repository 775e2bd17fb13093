// npm run profile:load — where the game's first load goes: resource timings, the moments each scene
// starts, long tasks and the CPU profile's top functions (self time), in one fresh Chromium profile.
// Needs `npm run build` first. A diagnostic for `npm run bench:load`, not a benchmark.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/e2e/support/chromium';
import { startPreview } from '../tests/e2e/support/preview-server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

async function main(): Promise<void> {
  const executablePath = ensureChromium();
  const server = await startPreview();
  const profileDir = mkdtempSync(join(tmpdir(), 'phoenix-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
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
    await page.waitForFunction(
      () =>
        window.__phoenix?.ready === true && window.__phoenix.scene === 'Title' && window.__phoenix.settled,
      undefined,
      { timeout: 120_000, polling: 16 },
    );
    const interactive = await page.evaluate(() => performance.now());
    // Then a playable First Way, as bench:load measures it.
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
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
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
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const node = byId.get(id);
      if (!node) return;
      const { functionName, url, lineNumber } = node.callFrame;
      const key = `${functionName || '(anon)'} ${url.replace(/^.*\//, '')}:${lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
    const byFile = new Map<string, number>();
    for (const [key, ms] of self) {
      const file = key.split(' ').slice(1).join(' ').replace(/:\d+$/, '') || '(native)';
      byFile.set(file, (byFile.get(file) ?? 0) + ms);
    }
    console.log('CPU self time by file (ms):');
    for (const [file, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`  ${ms.toFixed(0)} ${file}`);
    console.log('CPU self time, top functions (ms):');
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`  ${ms.toFixed(0)} ${key}`);
    writeFileSync(join(tmpdir(), 'phoenix-load.cpuprofile'), JSON.stringify(profile));
  } finally {
    await context.close();
    server.stop();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

void main();
