// "Save my debrief": one PNG with the score, its components, the DORA keys, the four charts (copied
// from their live canvases), the what-if on show and the lesson. Drawn at twice the design size.
import { COMPONENTS } from '../../../scoring/weights';
import type { DebriefData } from '../../debrief/analysis';
import type { WhatIfResult } from '../../debrief/what-if';
import { practiceSentence } from '../../practice-text';
import { BAND_COLOR } from '../act/work-look';
import { colors, css, FONT_FAMILY } from '../theme';
import { type DebriefFormat, DORA_KEYS, doraValue, factParams } from './format';

export interface PngInput {
  data: DebriefData;
  fmt: DebriefFormat;
  charts: Map<string, HTMLCanvasElement>;
  whatIf: WhatIfResult | null;
  /** The lesson card's texts: heading, the Way, and the paragraphs. */
  lesson: { tag: string; text: string }[];
}

const WIDTH = 1280;
const SCALE = 2;

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function composeDebriefPng(input: PngInput): Promise<Blob> {
  const { data, fmt } = input;
  const { score, metrics } = data.outcome;
  const chartIds = ['cfd', 'lead-time', 'utilisation', 'outages'];
  const chartTitles: Record<string, string> = {
    cfd: fmt.t('debrief.chart.cfd.title'),
    'lead-time': fmt.t('debrief.chart.leadTime.title'),
    utilisation: fmt.t('debrief.chart.utilisation.title'),
    outages: fmt.t('debrief.chart.outages.title'),
  };
  const chartW = (WIDTH - 64 - 16) / 2;
  // Each chart panel is as tall as the charts drawn at the panel's width (their on-screen aspect).
  const sample = input.charts.get('cfd');
  const chartH =
    sample && sample.width > 0 ? Math.round(((chartW - 16) * sample.height) / sample.width) : 230;
  const lessonTop = 336 + 2 * (chartH + 46);
  const practiceLines = Math.min(4, (data.practices ?? []).filter((r) => r.used).length);
  const height = lessonTop + 200 + (practiceLines > 0 ? 22 + practiceLines * 22 : 0);
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH * SCALE;
  canvas.height = height * SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = css(colors.background);
  ctx.fillRect(0, 0, WIDTH, height);
  const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT_FAMILY}`;
  const text = (
    value: string,
    x: number,
    y: number,
    size: number,
    color: number = colors.text,
    weight = 400,
    align: CanvasTextAlign = 'left',
  ) => {
    ctx.font = font(size, weight);
    ctx.fillStyle = css(color);
    ctx.textAlign = align;
    ctx.fillText(value, x, y);
  };
  ctx.textBaseline = 'alphabetic';

  // Header
  text(fmt.t('debrief.title', { act: fmt.t(data.scenario.titleKey) }), 32, 48, 30, colors.text, 800);
  text(
    fmt.t('debrief.subtitle', { seed: data.log.seed, days: fmt.number(metrics.days) }),
    32,
    74,
    15,
    colors.textMuted,
  );
  text(`${fmt.number(score.total, 0)}`, WIDTH - 200, 56, 44, colors.text, 800, 'right');
  text(fmt.t('debrief.outOf'), WIDTH - 190, 56, 15, colors.textMuted);
  text(
    '★★★'.slice(0, score.stars) + '☆☆☆'.slice(0, 3 - score.stars),
    WIDTH - 32,
    84,
    22,
    colors.yellow,
    400,
    'right',
  );

  // Components
  const colW = (WIDTH - 64 - 3 * 16) / 4;
  COMPONENTS.forEach((name, i) => {
    const c = score.components[name];
    const x = 32 + i * (colW + 16);
    const y = 104;
    ctx.fillStyle = css(colors.panel);
    ctx.fillRect(x, y, colW, 116);
    text(fmt.t(`score.component.${name}`), x + 12, y + 26, 17, colors.text, 700);
    text(
      fmt.t('debrief.score.points', { points: fmt.number(c.points, 0), max: fmt.number(c.max, 0) }),
      x + colW - 12,
      y + 26,
      17,
      colors.text,
      700,
      'right',
    );
    ctx.fillStyle = css(colors.backgroundDeep);
    ctx.fillRect(x + 12, y + 38, colW - 24, 8);
    ctx.fillStyle = css(colors.skyBlue);
    ctx.fillRect(x + 12, y + 38, (colW - 24) * (c.max > 0 ? c.points / c.max : 0), 8);
    ctx.font = font(12.5);
    const fact = c.facts.find((f) => f.pointsLost > 0) ?? c.facts[0];
    if (fact) {
      const params = factParams(fact, fmt);
      wrap(ctx, fmt.t(fact.key, params), colW - 24)
        .slice(0, 3)
        .forEach((line, l) => {
          text(line, x + 12, y + 66 + l * 17, 12.5, colors.textMuted);
        });
    }
  });

  // DORA
  DORA_KEYS.forEach((key, i) => {
    const band = score.dora[key];
    const x = 32 + i * (colW + 16);
    const y = 236;
    ctx.strokeStyle = css(BAND_COLOR[band]);
    ctx.lineWidth = 2;
    ctx.strokeRect(x + 1, y + 1, colW - 2, 78);
    text(fmt.t(`dora.${key}`), x + 12, y + 22, 13, colors.textMuted);
    text(doraValue(key, metrics, fmt), x + 12, y + 52, 24, colors.text, 800);
    text(fmt.t(`dora.band.${band}`).toUpperCase(), x + colW - 12, y + 52, 14, BAND_COLOR[band], 700, 'right');
  });

  // Charts, copied from the live canvases
  chartIds.forEach((id, i) => {
    const x = 32 + (i % 2) * (chartW + 16);
    const y = 336 + Math.floor(i / 2) * (chartH + 46);
    ctx.fillStyle = css(colors.panel);
    ctx.fillRect(x, y, chartW, chartH + 36);
    text(chartTitles[id] ?? id, x + 12, y + 22, 15, colors.text, 700);
    const source = input.charts.get(id);
    if (source && source.width > 0 && source.height > 0) {
      const ratio = Math.min((chartW - 16) / source.width, chartH / source.height);
      const w = source.width * ratio;
      const h = source.height * ratio;
      ctx.drawImage(source, x + 8 + (chartW - 16 - w) / 2, y + 30, w, h);
    }
  });

  // What-if and lesson
  let y = lessonTop + 8;
  const lines: [string, number, number, number][] = [];
  if (input.whatIf) {
    const b = input.whatIf.outcome;
    lines.push([
      fmt.t('debrief.png.whatIf', {
        change: fmt.t(`debrief.change.${input.whatIf.change}.label`),
        score: fmt.number(b.score.total, 0),
        yours: fmt.number(score.total, 0),
        lead: fmt.hours(b.metrics.leadTimeForChangesHours.p50),
        outage: fmt.number(b.metrics.outageHours),
      }),
      15,
      700,
      colors.skyBlue,
    ]);
  }
  // What the practices earned (the used ones, biggest first).
  const practices = (data.practices ?? []).filter((r) => r.used).sort((a, b) => b.points - a.points);
  if (practices.length > 0) {
    lines.push([fmt.t('debrief.practices.heading'), 14, 700, colors.textMuted]);
    for (const result of practices.slice(0, 4))
      lines.push([practiceSentence(result, score.total, fmt), 14, 400, colors.text]);
  }
  for (const { tag, text: line } of input.lesson) {
    if (tag === 'h2') lines.push([line, 17, 700, colors.green]);
    else if (tag === 'h3') lines.push([line, 14, 700, colors.textMuted]);
    else lines.push([line, 14, 400, colors.text]);
  }
  for (const [line, size, weight, color] of lines) {
    ctx.font = font(size, weight);
    for (const part of wrap(ctx, line, WIDTH - 64)) {
      if (y > height - 8) break;
      text(part, 32, y + size, size, color, weight);
      y += size + 6;
    }
  }

  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
