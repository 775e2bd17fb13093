import { ensureChromium, launchFreshChromium } from '../tests/e2e/support/chromium';
import { startPreview } from '../tests/e2e/support/preview-server';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i] ?? '', process.argv[i + 1] ?? '');
const scenario = args.get('--scenario') ?? 'first-way';
const seconds = Number(args.get('--seconds') ?? 10);
const runs = Number(args.get('--runs') ?? 3);

type Renderer = 'default' | 'webgl' | 'canvas';

async function measure(executablePath: string, baseUrl: string, renderer: Renderer): Promise<number> {
  const browser = await launchFreshChromium({ executablePath });
  try {
    const { page } = browser;
    await page.goto(`${baseUrl}?e2e${renderer === 'default' ? '' : `&renderer=${renderer}`}`);
    await page.waitForFunction(() => window.__phoenix?.ready === true, undefined, { timeout: 30_000 });
    await page.evaluate((id) => window.__phoenix?.startAct(id, 99), scenario);
    await page.evaluate(() => {
      window.__phoenix?.playPolicy({});
      window.__phoenix?.setSpeed(4);
    });
    await page.waitForTimeout(1500); // let the board fill up
    // Passed as source text: tsx would otherwise wrap the callback in helpers the page lacks.
    const counter = `new Promise((done) => {
      let frames = 0;
      const start = performance.now();
      const count = () => {
        frames++;
        if (performance.now() - start < ${seconds * 1000}) requestAnimationFrame(count);
        else done(frames / ((performance.now() - start) / 1000));
      };
      requestAnimationFrame(count);
    })`;
    return (await page.evaluate(counter)) as number;
  } finally {
    await browser.close();
  }
}

const executablePath = ensureChromium();
const server = await startPreview();
try {
  for (const renderer of ['default', 'canvas', 'webgl'] as const) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await measure(executablePath, server.url, renderer));
    const sorted = [...samples].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(
      `${scenario} at 4×, ${renderer}: median ${median.toFixed(1)} fps over ${runs} runs of ${seconds} s (${samples.map((s) => s.toFixed(1)).join(', ')})`,
    );
  }
} finally {
  server.stop();
}
