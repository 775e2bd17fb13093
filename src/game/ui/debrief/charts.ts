// Chart.js configurations for the debrief: only the parts of Chart.js they use are registered, so the
// bundle stays small. Axis ticks and number formats come from Chart.js and Intl (its `locale` option).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import type { WorkType } from '../../../engine';
import { WORKING_DAY_HOURS } from '../../../i18n/format';
import type { PracticeResult } from '../../../scoring';
import { wrapLabel } from '../../../shared/wrap-label';
import { CFD_STAGES, type CfdSeries, type CfdStage, type DebriefSeries } from '../../debrief/series';
import { type PointsTone, practiceName, signedPoints, toneOf } from '../../practice-text';
import { colors, css, FONT_FAMILY, rgba } from '../theme';
import type { DebriefFormat } from './format';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
);

// The game's look for every chart on this page (the facilitator page is a separate page).
Chart.defaults.font.family = FONT_FAMILY;
Chart.defaults.font.size = 12;
Chart.defaults.color = css(colors.textMuted);
Chart.defaults.borderColor = rgba(colors.border, 0.9);

/** Okabe–Ito colours per CFD stage (upstream to Live), each with its name in the legend and table. */
export const STAGE_COLOR: Record<CfdStage, number> = {
  requested: colors.purple,
  dev: colors.skyBlue,
  test: colors.yellow,
  ops: colors.orange,
  release: colors.blue,
  live: colors.green,
};

const TYPE_COLOR: Record<WorkType, number> = {
  feature: colors.skyBlue,
  project: colors.purple,
  change: colors.green,
  incident: colors.vermillion,
  improvement: colors.yellow,
};
/** Shapes as well as colours, so the work types differ without colour. */
const TYPE_SHAPE: Record<WorkType, 'circle' | 'rect' | 'triangle' | 'rectRot' | 'star'> = {
  feature: 'circle',
  project: 'rect',
  change: 'rectRot',
  incident: 'star',
  improvement: 'triangle',
};

export interface ChartContext {
  fmt: DebriefFormat;
  animate: boolean;
  devicePixelRatio: number;
  /** The player's text size as a factor (1, 1.25, 1.5): every label of the chart is that much larger. */
  textScale: number;
}

/** The font sizes the configurations below are written at (100 % text); `scaleFonts` multiplies them. */
const TICK_SIZE = 12;
const TOOLTIP_SIZE = 12;

interface FontHolder {
  font?: { size?: number } & Record<string, unknown>;
}

const scaledFont = (holder: FontHolder | undefined, size: number, scale: number) => ({
  ...holder?.font,
  size: (holder?.font?.size ?? size) * scale,
});

/**
 * The configuration with every font (ticks, axis titles, legend, tooltip) and the legend's symbols
 * multiplied by the text size, in one place, so no label is left at the design's size.
 */
export function scaleFonts(config: { options?: unknown }, scale: number): void {
  if (!config.options) return;
  const options = config.options as {
    scales?: Record<string, { ticks?: FontHolder; title?: FontHolder }>;
    plugins?: {
      legend?: { labels?: FontHolder & { boxWidth?: number; boxHeight?: number } };
      tooltip?: { titleFont?: { size?: number }; bodyFont?: { size?: number } };
    };
  };
  for (const axis of Object.values(options.scales ?? {})) {
    axis.ticks = { ...axis.ticks, font: scaledFont(axis.ticks, TICK_SIZE, scale) };
    if (axis.title) axis.title = { ...axis.title, font: scaledFont(axis.title, TICK_SIZE, scale) };
  }
  const labels = options.plugins?.legend?.labels;
  if (labels && options.plugins?.legend) {
    options.plugins.legend.labels = {
      ...labels,
      font: scaledFont(labels, TICK_SIZE, scale),
      ...(labels.boxWidth === undefined ? {} : { boxWidth: labels.boxWidth * scale }),
      ...(labels.boxHeight === undefined ? {} : { boxHeight: labels.boxHeight * scale }),
    };
  }
  if (options.plugins?.tooltip) {
    const tooltip = options.plugins.tooltip;
    tooltip.titleFont = { ...tooltip.titleFont, size: (tooltip.titleFont?.size ?? TOOLTIP_SIZE) * scale };
    tooltip.bodyFont = { ...tooltip.bodyFont, size: (tooltip.bodyFont?.size ?? TOOLTIP_SIZE) * scale };
  }
}

/** Shared look: Inter, the game's text colours, a faint grid, translated axis titles. */
function base(ctx: ChartContext) {
  return {
    locale: ctx.fmt.language,
    responsive: false,
    maintainAspectRatio: false,
    devicePixelRatio: ctx.devicePixelRatio,
    animation: ctx.animate ? ({ duration: 350 } as const) : (false as const),
    plugins: {
      legend: {
        position: 'bottom' as const,
        labels: {
          color: css(colors.text),
          boxWidth: 9,
          boxHeight: 9,
          usePointStyle: true,
          padding: 8,
          font: { size: 11.5 },
        },
      },
      tooltip: {
        backgroundColor: css(colors.backgroundDeep),
        borderColor: css(colors.border),
        borderWidth: 1,
      },
    },
  };
}

const axisTitle = (text: string) => ({
  display: true,
  text,
  color: css(colors.text),
  font: { weight: 600, size: 11.5 },
  padding: 2,
});

/** Stage bands from Live (bottom) up to Requested: each line is cumulative, filled down to the next. */
function cfdDatasets(
  cfd: CfdSeries,
  fmt: DebriefFormat,
  style: 'filled' | 'dashed',
  suffix = '',
): ChartDataset<'line', number[]>[] {
  return [...CFD_STAGES].reverse().map((stage, index) => ({
    label: `${fmt.t(`debrief.stage.${stage}`)}${suffix}`,
    data: cfd.cumulative[stage],
    borderColor: css(STAGE_COLOR[stage]),
    backgroundColor: rgba(STAGE_COLOR[stage], style === 'filled' ? 0.55 : 0),
    fill: style === 'filled' ? (index === 0 ? 'origin' : '-1') : false,
    borderWidth: style === 'filled' ? 1.5 : 2.5,
    borderDash: style === 'dashed' ? [7, 5] : [],
    pointRadius: 0,
    pointHitRadius: 6,
    tension: 0,
  }));
}

function cfdScales(ctx: ChartContext) {
  return {
    x: { title: axisTitle(ctx.fmt.t('debrief.axis.day')), grid: { display: false } },
    y: { title: axisTitle(ctx.fmt.t('debrief.axis.items')), beginAtZero: true, ticks: { precision: 0 } },
  };
}

export function cfdConfig(cfd: CfdSeries, ctx: ChartContext): ChartConfiguration<'line', number[], number> {
  const b = base(ctx);
  return {
    type: 'line',
    data: { labels: cfd.days, datasets: cfdDatasets(cfd, ctx.fmt, 'filled') },
    options: {
      ...b,
      interaction: { mode: 'index', intersect: false },
      plugins: { ...b.plugins, legend: { ...b.plugins.legend, reverse: true } },
      scales: cfdScales(ctx),
    },
  };
}

/** Your run's CFD filled, the what-if's drawn over it dashed in the same stage colours. */
export function cfdOverlayConfig(
  original: CfdSeries,
  changed: CfdSeries,
  ctx: ChartContext,
): ChartConfiguration<'line', number[], number> {
  const b = base(ctx);
  const stages = [...CFD_STAGES].reverse();
  const filled = cfdDatasets(original, ctx.fmt, 'filled').map((dataset, index) => ({
    ...dataset,
    backgroundColor: rgba(STAGE_COLOR[stages[index]!], 0.3),
  }));
  const dashed = cfdDatasets(changed, ctx.fmt, 'dashed', ` · ${ctx.fmt.t('debrief.whatIf.changedShort')}`);
  return {
    type: 'line',
    data: { labels: original.days, datasets: [...filled, ...dashed] },
    options: {
      ...b,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        ...b.plugins,
        legend: {
          ...b.plugins.legend,
          reverse: true,
          labels: {
            ...b.plugins.legend.labels,
            // Stage names once (the filled run); the dashed lines are explained in the caption.
            filter: (item) => (item.datasetIndex ?? 0) < filled.length,
          },
        },
      },
      scales: cfdScales(ctx),
    },
  };
}

export function leadTimeConfig(
  series: DebriefSeries,
  days: number,
  ctx: ChartContext,
): ChartConfiguration<'scatter', { x: number; y: number }[]> {
  const { fmt } = ctx;
  const b = base(ctx);
  const points = series.leadTimes.points.filter((p) => !p.open && p.hours !== null);
  const types = [...new Set(points.map((p) => p.workType))];
  const datasets: ChartDataset<'scatter', { x: number; y: number }[]>[] = types.map((type) => ({
    label: fmt.t(`work.${type}`),
    data: points
      .filter((p) => p.workType === type)
      .map((p) => ({ x: p.day, y: (p.hours ?? 0) / WORKING_DAY_HOURS })),
    backgroundColor: rgba(TYPE_COLOR[type], 0.85),
    borderColor: css(TYPE_COLOR[type]),
    pointStyle: TYPE_SHAPE[type],
    pointRadius: 5,
  }));
  const line = (value: number | null, label: string, color: number, dash: number[]) => {
    if (value === null) return;
    datasets.push({
      type: 'line' as unknown as 'scatter',
      label,
      data: [
        { x: 0, y: value / WORKING_DAY_HOURS },
        { x: days + 0.6, y: value / WORKING_DAY_HOURS },
      ],
      borderColor: css(color),
      backgroundColor: css(color),
      borderWidth: 2,
      borderDash: dash,
      pointRadius: 0,
      pointStyle: 'line',
      showLine: true,
    } as ChartDataset<'scatter', { x: number; y: number }[]>);
  };
  const { p50, p85, customerP50 } = series.leadTimes;
  line(
    p50,
    fmt.t('debrief.leadTime.p50', { value: p50 === null ? '' : fmt.hours(p50) }),
    colors.text,
    [6, 4],
  );
  line(
    p85,
    fmt.t('debrief.leadTime.p85', { value: p85 === null ? '' : fmt.hours(p85) }),
    colors.vermillion,
    [2, 3],
  );
  // The customer's wait (request → live, open requests at their age) beside DORA's lead time.
  line(
    customerP50,
    fmt.t('debrief.leadTime.customerP50', { value: customerP50 === null ? '' : fmt.hours(customerP50) }),
    colors.purple,
    [10, 3, 2, 3],
  );
  return {
    type: 'scatter',
    data: { datasets },
    options: {
      ...b,
      plugins: {
        ...b.plugins,
        tooltip: {
          ...b.plugins.tooltip,
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${fmt.hours((item.raw as { y: number }).y * 8)} · ${fmt.t('debrief.axis.day')} ${fmt.number((item.raw as { x: number }).x)}`,
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: days + 0.6,
          ticks: { includeBounds: false },
          title: axisTitle(fmt.t('debrief.axis.dayShipped')),
        },
        y: { beginAtZero: true, title: axisTitle(fmt.t('debrief.axis.leadTimeDays')) },
      },
    },
  };
}

export function utilisationConfig(series: DebriefSeries, ctx: ChartContext): ChartConfiguration {
  const { fmt } = ctx;
  const u = series.utilisation;
  const b = base(ctx);
  return {
    type: 'bar',
    data: {
      labels: u.days,
      datasets: [
        {
          type: 'bar',
          label: fmt.t('debrief.constraint.busy'),
          data: u.busy.map((x) => x * 100),
          backgroundColor: rgba(colors.orange, 0.75),
          borderColor: css(colors.orange),
          borderWidth: 1,
          yAxisID: 'busy',
          order: 2,
        },
        {
          type: 'line',
          label: fmt.t('debrief.constraint.wait'),
          data: u.waitHours,
          borderColor: css(colors.skyBlue),
          backgroundColor: css(colors.skyBlue),
          borderWidth: 2.5,
          pointRadius: 3.5,
          pointStyle: 'rectRot',
          spanGaps: true,
          yAxisID: 'wait',
          order: 1,
        },
      ],
    },
    options: {
      ...b,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { title: axisTitle(fmt.t('debrief.axis.day')), grid: { display: false } },
        busy: {
          position: 'left',
          min: 0,
          max: 100,
          title: axisTitle(fmt.t('debrief.axis.busyPercent')),
        },
        wait: {
          position: 'right',
          beginAtZero: true,
          grid: { drawOnChartArea: false },
          title: axisTitle(fmt.t('debrief.axis.waitHours')),
        },
      },
    },
  };
}

type OutageIncident = DebriefSeries['outages']['incidents'][number];

/** The bars an incidents chart of `plotHeight` pixels can name legibly: one label line per bar. */
export function outageBarRoom(plotHeight: number): number {
  return Math.max(4, Math.floor(plotHeight / 13));
}

/**
 * The incidents that get a bar: all of them when each can carry its label, else the longest ones (the
 * outages that cost most), kept in the order they opened. The table under "Table" lists every one.
 */
export function outageBars(
  incidents: readonly OutageIncident[],
  hours: number,
  room: number,
): OutageIncident[] {
  if (incidents.length <= room) return [...incidents];
  const length = (i: OutageIncident) => (i.resolvedAt ?? hours) - i.openedAt;
  const longest = new Set(
    [...incidents]
      .sort((a, b) => length(b) - length(a) || a.openedAt - b.openedAt)
      .slice(0, room)
      .map((i) => i.itemId),
  );
  return incidents.filter((i) => longest.has(i.itemId));
}

export function outagesConfig(
  series: DebriefSeries,
  ctx: ChartContext,
  /** Height of the chart's canvas, in CSS pixels: how many bars can each be named. */
  height: number,
): ChartConfiguration<'bar'> {
  const { fmt } = ctx;
  const { hours } = series.outages;
  const all = series.outages.incidents;
  // Axis, legend and padding take about 64 px; each bar needs a label's line under it (both grow with
  // the text size).
  const incidents = outageBars(all, hours, outageBarRoom(height / ctx.textScale - 64));
  const thinned = incidents.length < all.length;
  const end = hours / 8;
  const labels = incidents.map((i) =>
    fmt.t(i.outage ? 'debrief.outages.rowOutage' : 'debrief.outages.row', {
      id: i.itemId,
      cause: fmt.t(`debrief.cause.${i.cause}`),
    }),
  );
  const b = base(ctx);
  const span = (from: number, to: number | null): [number, number] => [from / 8, (to ?? hours) / 8];
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: fmt.t('debrief.outages.undetected'),
          data: incidents.map((i) => span(i.openedAt, i.detectedAt ?? i.resolvedAt)),
          backgroundColor: rgba(colors.vermillion, 0.85),
          borderColor: css(colors.vermillion),
          borderWidth: 1,
          grouped: false,
          barPercentage: 0.8,
          categoryPercentage: 0.9,
        },
        {
          label: fmt.t('debrief.outages.fixing'),
          data: incidents.map((i) =>
            i.detectedAt === null ? null : span(i.detectedAt, i.resolvedAt),
          ) as unknown as [number, number][],
          backgroundColor: rgba(colors.yellow, 0.8),
          borderColor: css(colors.yellow),
          borderWidth: 1,
          grouped: false,
          barPercentage: 0.8,
          categoryPercentage: 0.9,
        },
      ],
    },
    options: {
      ...b,
      indexAxis: 'y',
      plugins: {
        ...b.plugins,
        tooltip: {
          ...b.plugins.tooltip,
          callbacks: {
            label: (item) => {
              const [from, to] = item.raw as [number, number];
              return `${item.dataset.label ?? ''}: ${fmt.hours((to - from) * 8)}`;
            },
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: end,
          title: axisTitle(
            thinned
              ? `${fmt.t('debrief.axis.day')} · ${fmt.t('layout.outagesThinned', { shown: incidents.length, count: all.length })}`
              : fmt.t('debrief.axis.day'),
          ),
        },
        // Every bar is named: the chart draws only as many bars as it has lines for labels.
        y: { ticks: { autoSkip: false, font: { size: 11 } }, grid: { display: false } },
      },
    },
  };
}

const TONE: Record<PointsTone, number> = { gain: colors.green, loss: colors.orange, none: colors.textMuted };

/** Practice points as horizontal bars, biggest first: right of zero it earned points, left it cost some. */
export function practicesConfig(
  results: readonly PracticeResult[],
  ctx: ChartContext,
): ChartConfiguration<'bar'> {
  const { fmt } = ctx;
  const b = base(ctx);
  // Long names wrap onto a second line rather than being cut at the chart's edge; the practices not used
  // in this run are named in grey (the caption, the table and the sentences say so in words).
  const labels = results.map((r) => wrapLabel(practiceName(r.practice, fmt), 26));
  const tones = results.map((r) => toneOf(r.points));
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: fmt.t('debrief.practices.points'),
          data: results.map((r) => r.points),
          backgroundColor: tones.map((tone) => rgba(TONE[tone], 0.8)),
          borderColor: tones.map((tone) => css(TONE[tone])),
          borderWidth: 1,
          barPercentage: 0.8,
          categoryPercentage: 0.9,
          maxBarThickness: 30,
        },
      ],
    },
    options: {
      ...b,
      indexAxis: 'y',
      plugins: {
        ...b.plugins,
        legend: { display: false },
        tooltip: {
          ...b.plugins.tooltip,
          callbacks: {
            label: (item) =>
              fmt.t('practice.points', {
                count: Math.abs(item.raw as number),
                points: signedPoints(item.raw as number, fmt),
              }),
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          grace: '8%',
          title: axisTitle(fmt.t('debrief.practices.axis')),
          ticks: { callback: (value) => signedPoints(Number(value), fmt) },
          grid: { color: (c) => (c.tick.value === 0 ? css(colors.text) : rgba(colors.border, 0.9)) },
        },
        y: {
          grid: { display: false },
          ticks: {
            autoSkip: false,
            font: { size: 11 },
            color: (c) => css(results[c.index]?.used === false ? colors.textFaint : colors.textMuted),
          },
        },
      },
    },
  };
}

/** Draws a configuration on `canvas`, its fonts at the player's text size. */
export function createChart(
  canvas: HTMLCanvasElement,
  config: ChartConfiguration<never>,
  textScale: number,
): Chart {
  scaleFonts(config, textScale);
  return new Chart(canvas, config as unknown as ChartConfiguration);
}

export { Chart };
