// npm run gen:icons — draws the web-app icons (install, home screen) from assets/icon.svg in Chromium,
// so they match the favicon exactly. Writes public/icons/icon-{192,512}.png and a maskable 512 px icon
// (the flame inside the safe zone, on a full-bleed background).
import { readFileSync } from 'node:fs';
import { launchFreshChromium } from '../tests/e2e/support/chromium';

const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const out = new URL('../public/icons/', import.meta.url);

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  // Maskable: the platform may crop to a circle; keep the flame within the central 80%.
  { file: 'maskable-512.png', size: 512, maskable: true },
];

const browser = await launchFreshChromium();
try {
  const { page } = browser;
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const inner = icon.maskable ? Math.round(icon.size * 0.8) : icon.size;
    const body = icon.maskable
      ? `<div style="width:${icon.size}px;height:${icon.size}px;background:#0f1720;display:flex;align-items:center;justify-content:center">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div>`
      : svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`);
    await page.screenshot({ path: new URL(icon.file, out).pathname, omitBackground: !icon.maskable });
    console.log(`wrote public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
