// The class charts (Chart.js 4, registered piece by piece so only what is used is bundled): batch size
// against lead time for changes, improvement share against outage hours, the DORA bands of the class,
// and what each practice earned the players who used it.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import { DORA_BANDS, type PracticeName } from '../scoring';
import { wrapLabel } from '../shared/wrap-label';
import { type ChartLook, type ChartMode, chartLook } from './chart-style';
import {
  batchPoints,
  DORA_KEYS,
  doraDistribution,
  IMPROVEMENT_INVESTED,
  improvementPoints,
  type Point,
  practiceSpread,
  SMALL_BATCH,
} from './class-stats';
import type { VerifiedResult } from './verify';

Chart.register(
  ScatterController,
  BarController,
  LinearScale,
  CategoryScale,
  PointElement,
  BarElement,
  Tooltip,
  Legend,
);

export interface ChartText {
  /** The page's language (number formats on the axes). */
  locale: string;
  /** The player's text size as a factor (1, 1.25, 1.5); 1 when not given. */
  textScale?: number;
  t(key: string, options?: Record<string, unknown>): string;
  number(value: number, digits?: number): string;
  hours(value: number): string;
  percent(value: number): string;
  practice(name: PracticeName): string;
  points(value: number): string;
}

/**
 * About how many characters fit along a chart's vertical axis: the chart boxes and the fonts grow
 * together (with projector mode and with the text size), so the count holds in every mode.
 */
const Y_TITLE_CHARS = 30;

function axes(look: ChartLook, xTitle: string, yTitle: string, xPercent = false) {
  const tick = { color: look.muted, font: { family: look.font.family, size: look.font.size } };
  const title = (text: string | string[]) => ({
    display: true,
    text,
    color: look.text,
    font: { family: look.font.family, size: look.font.size, weight: 600 as const },
  });
  return {
    x: {
      type: 'linear' as const,
      beginAtZero: true,
      title: title(xTitle),
      grid: { color: look.grid },
      ticks: xPercent
        ? { ...tick, callback: (value: number | string) => `${Math.round(Number(value) * 100)}%` }
        : tick,
    },
    y: {
      type: 'linear' as const,
      beginAtZero: true,
      // A long title along the axis wraps rather than being cut off at the chart's top.
      title: title(wrapLabel(yTitle, Y_TITLE_CHARS)),
      grid: { color: look.grid },
      ticks: tick,
    },
  };
}

function common(look: ChartLook, locale: string) {
  return {
    locale,
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    color: look.text,
    font: { family: look.font.family, size: look.font.size },
    plugins: {
      legend: {
        labels: {
          color: look.text,
          font: { family: look.font.family, size: look.font.size },
          usePointStyle: true,
        },
      },
      tooltip: {
        titleFont: { family: look.font.family, size: look.font.size },
        bodyFont: { family: look.font.family, size: look.font.size },
      },
    },
  };
}

const pointData = (points: Point[]) => points.map((p) => ({ x: p.x, y: p.y, name: p.name }));
type Named = { x: number; y: number; name: string };

export function batchChartConfig(
  results: VerifiedResult[],
  mode: ChartMode,
  text: ChartText,
): ChartConfiguration<'scatter'> {
  const look = chartLook(mode, text.textScale);
  const points = batchPoints(results);
  const base = common(look, text.locale);
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: text.t('facilitator.charts.smallBatches', { batch: SMALL_BATCH }),
          data: pointData(points.filter((p) => p.x <= SMALL_BATCH)),
          backgroundColor: look.groups[0],
          borderColor: look.groups[0],
          pointRadius: look.pointRadius,
          pointStyle: 'circle',
        },
        {
          label: text.t('facilitator.charts.largeBatches', { batch: SMALL_BATCH }),
          data: pointData(points.filter((p) => p.x > SMALL_BATCH)),
          backgroundColor: look.groups[1],
          borderColor: look.groups[1],
          pointRadius: look.pointRadius,
          pointStyle: 'triangle',
        },
      ],
    },
    options: {
      ...base,
      scales: axes(look, text.t('facilitator.charts.batchAxis'), text.t('facilitator.charts.leadAxis')),
      plugins: {
        ...base.plugins,
        tooltip: {
          ...base.plugins.tooltip,
          callbacks: {
            label: (item) => {
              const raw = item.raw as Named;
              return text.t('facilitator.charts.batchPoint', {
                name: raw.name,
                batch: text.number(raw.x, 1),
                lead: text.hours(raw.y),
              });
            },
          },
        },
      },
    },
  };
}

export function improvementChartConfig(
  results: VerifiedResult[],
  mode: ChartMode,
  text: ChartText,
): ChartConfiguration<'scatter'> {
  const look = chartLook(mode, text.textScale);
  const points = improvementPoints(results);
  const base = common(look, text.locale);
  const share = text.percent(IMPROVEMENT_INVESTED);
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: text.t('facilitator.charts.invested', { share }),
          data: pointData(points.filter((p) => p.x >= IMPROVEMENT_INVESTED)),
          backgroundColor: look.groups[0],
          borderColor: look.groups[0],
          pointRadius: look.pointRadius,
          pointStyle: 'circle',
        },
        {
          label: text.t('facilitator.charts.notInvested', { share }),
          data: pointData(points.filter((p) => p.x < IMPROVEMENT_INVESTED)),
          backgroundColor: look.groups[1],
          borderColor: look.groups[1],
          pointRadius: look.pointRadius,
          pointStyle: 'triangle',
        },
      ],
    },
    options: {
      ...base,
      scales: axes(
        look,
        text.t('facilitator.charts.improvementAxis'),
        text.t('facilitator.charts.outageAxis'),
        true,
      ),
      plugins: {
        ...base.plugins,
        tooltip: {
          ...base.plugins.tooltip,
          callbacks: {
            label: (item) => {
              const raw = item.raw as Named;
              return text.t('facilitator.charts.improvementPoint', {
                name: raw.name,
                share: text.percent(raw.x),
                outage: text.hours(raw.y),
              });
            },
          },
        },
      },
    },
  };
}

export function doraChartConfig(
  results: VerifiedResult[],
  mode: ChartMode,
  text: ChartText,
): ChartConfiguration<'bar'> {
  const look = chartLook(mode, text.textScale);
  const distribution = doraDistribution(results);
  const base = common(look, text.locale);
  const tick = { color: look.muted, font: { family: look.font.family, size: look.font.size } };
  return {
    type: 'bar',
    data: {
      labels: DORA_KEYS.map((key) => text.t(`dora.${key}`)),
      datasets: DORA_BANDS.map((band) => ({
        label: text.t(`dora.band.${band}`),
        data: DORA_KEYS.map((key) => distribution[key][band].length),
        backgroundColor: look.bands[band],
        borderColor: look.bands[band],
      })),
    },
    options: {
      ...base,
      scales: {
        x: { grid: { color: look.grid }, ticks: tick },
        y: {
          beginAtZero: true,
          grid: { color: look.grid },
          ticks: { ...tick, precision: 0 },
          title: {
            display: true,
            text: text.t('facilitator.charts.players'),
            color: look.text,
            font: { family: look.font.family, size: look.font.size, weight: 600 },
          },
        },
      },
      plugins: {
        ...base.plugins,
        tooltip: {
          ...base.plugins.tooltip,
          callbacks: {
            // Every player is in one bar of each key: the tooltip names them.
            afterLabel: (item) => {
              const key = DORA_KEYS[item.dataIndex]!;
              const band = DORA_BANDS[item.datasetIndex]!;
              const names = distribution[key][band];
              const shown = names.slice(0, 12).join(', ');
              return names.length > 12 ? `${shown} (+${names.length - 12})` : shown;
            },
          },
        },
      },
    },
  };
}

/** A player's dot, spread a little up or down its practice's row so equal points stay apart. */
function jitter(index: number): number {
  // Golden-ratio steps: evenly spread, the same every time (no randomness on the page).
  return (((index * 0.618034) % 1) - 0.5) * 0.5;
}

/**
 * Practice points across the class: one row per practice the act unlocked, one dot per player who used
 * it (points earned, right of zero; cost, left), and the median as a bold bar. Built to be read on a
 * projector: large dots, the row named with how many used the practice.
 */
export function practiceChartConfig(
  results: VerifiedResult[],
  mode: ChartMode,
  text: ChartText,
): ChartConfiguration<'scatter'> {
  const look = chartLook(mode, text.textScale);
  const spread = practiceSpread(results);
  const base = common(look, text.locale);
  const tick = { color: look.muted, font: { family: look.font.family, size: look.font.size } };
  type Dot = { x: number; y: number; name: string };
  const dots: Dot[] = [];
  const medians: Dot[] = [];
  spread.forEach((row, index) => {
    row.players.forEach((player, i) => {
      dots.push({ x: player.points, y: index + jitter(i), name: player.name });
    });
    if (row.median !== null) medians.push({ x: row.median, y: index, name: '' });
  });
  const rowLabel = (index: number) => {
    const row = spread[index];
    return row
      ? text.t('facilitator.charts.practiceRow', {
          practice: text.practice(row.practice),
          count: row.players.length,
        })
      : '';
  };
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: text.t('facilitator.charts.practicePlayers'),
          data: dots,
          backgroundColor: look.groups[0],
          borderColor: look.groups[0],
          pointRadius: look.pointRadius * 0.8,
          pointStyle: 'circle',
        },
        {
          label: text.t('facilitator.charts.practiceMedian'),
          data: medians,
          backgroundColor: look.text,
          borderColor: look.text,
          pointRadius: look.pointRadius * 2.4,
          borderWidth: mode === 'projector' ? 5 : 3,
          pointStyle: 'line',
          pointRotation: 90,
        },
      ],
    },
    options: {
      ...base,
      scales: {
        x: {
          type: 'linear',
          grace: '5%',
          title: {
            display: true,
            text: text.t('facilitator.charts.practiceAxis'),
            color: look.text,
            font: { family: look.font.family, size: look.font.size, weight: 600 },
          },
          grid: { color: (c) => (c.tick.value === 0 ? look.text : look.grid) },
          ticks: { ...tick, callback: (value) => text.points(Number(value)) },
        },
        y: {
          type: 'linear',
          reverse: true,
          min: -0.5,
          max: Math.max(0.5, spread.length - 0.5),
          afterBuildTicks: (axis) => {
            axis.ticks = spread.map((_, index) => ({ value: index }));
          },
          grid: { color: look.grid },
          ticks: { ...tick, autoSkip: false, callback: (value) => rowLabel(Number(value)) },
        },
      },
      plugins: {
        ...base.plugins,
        tooltip: {
          ...base.plugins.tooltip,
          callbacks: {
            label: (item) => {
              const raw = item.raw as Dot;
              const practice = spread[Math.round(raw.y)];
              const name = practice ? text.practice(practice.practice) : '';
              return item.datasetIndex === 1
                ? text.t('facilitator.charts.practiceMedianPoint', {
                    practice: name,
                    points: text.points(raw.x),
                  })
                : text.t('facilitator.charts.practicePoint', {
                    name: raw.name,
                    practice: name,
                    points: text.points(raw.x),
                  });
            },
          },
        },
      },
    },
  };
}

/** Holds the page's charts; rebuilt whenever the data, the language or the mode changes. */
export class ClassCharts {
  private charts: Chart[] = [];

  /** Bumped by every render and destroy: a progressive render that is overtaken stops. */
  private generation = 0;

  render(canvases: ChartCanvases, results: VerifiedResult[], mode: ChartMode, text: ChartText): void {
    this.destroy();
    this.charts = chartMakers(canvases, results, mode, text).map((make) => make());
  }

  /**
   * The same charts, one per frame (`nextFrame` gives the browser a turn in between): each chart costs
   * tens of milliseconds on a slow machine, so after a paste the page never stalls a frame for all four.
   */
  async renderProgressively(
    canvases: ChartCanvases,
    results: VerifiedResult[],
    mode: ChartMode,
    text: ChartText,
    nextFrame: () => Promise<void>,
  ): Promise<void> {
    this.destroy();
    const generation = this.generation;
    for (const make of chartMakers(canvases, results, mode, text)) {
      await nextFrame();
      if (generation !== this.generation) return;
      this.charts.push(make());
    }
  }

  resize(): void {
    for (const chart of this.charts) chart.resize();
  }

  /** The datasets' points, for tests: every player's point must be on the scatter charts. */
  pointCounts(): number[] {
    return this.charts.map((chart) =>
      chart.data.datasets.reduce((sum, dataset) => sum + (dataset.data as unknown[]).length, 0),
    );
  }

  /** The font size each chart's first axis is labelled at, for tests: it follows the text size. */
  tickFontSizes(): number[] {
    return this.charts.map((chart) => {
      const scale = Object.values(chart.scales)[0];
      const ticks = (scale?.options as { ticks?: { font?: { size?: number } } } | undefined)?.ticks;
      return ticks?.font?.size ?? 0;
    });
  }

  destroy(): void {
    this.generation++;
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
  }
}

export interface ChartCanvases {
  batch: HTMLCanvasElement;
  improvement: HTMLCanvasElement;
  dora: HTMLCanvasElement;
  practices: HTMLCanvasElement;
}

function chartMakers(
  canvases: ChartCanvases,
  results: VerifiedResult[],
  mode: ChartMode,
  text: ChartText,
): (() => Chart)[] {
  return [
    () => new Chart(canvases.batch, batchChartConfig(results, mode, text)),
    () => new Chart(canvases.improvement, improvementChartConfig(results, mode, text)),
    () => new Chart(canvases.dora, doraChartConfig(results, mode, text)),
    () => new Chart(canvases.practices, practiceChartConfig(results, mode, text)),
  ];
}
