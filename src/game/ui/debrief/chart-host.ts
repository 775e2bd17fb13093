// The debrief's Chart.js charts by id: each drawn at the size of its card's body and at the screen's
// pixel density times the layer's scale, re-rendered when that density changes, destroyed with the layer.
import type { Chart } from './charts';

interface HostedChart {
  chart: Chart;
  width: number;
  height: number;
}

export class ChartHost {
  private readonly charts = new Map<string, HostedChart>();
  private density = 1;

  get devicePixelRatio(): number {
    return this.density;
  }

  /** Makes the chart of `body` (a `[data-chart]` element holding a canvas), replacing any of that id. */
  add(id: string, body: Element | null, make: (canvas: HTMLCanvasElement) => Chart): void {
    const host = body as HTMLElement | null;
    const canvas = host?.querySelector('canvas');
    if (!host || !canvas) return;
    this.charts.get(id)?.chart.destroy();
    const width = Math.max(100, host.clientWidth);
    const height = Math.max(80, host.clientHeight);
    canvas.width = width;
    canvas.height = height;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    const chart = make(canvas);
    this.charts.set(id, { chart, width, height });
  }

  get(id: string): Chart | undefined {
    return this.charts.get(id)?.chart;
  }

  /** Fits a chart to its body again (the layout around it changed). */
  refit(id: string, body: HTMLElement): void {
    const entry = this.charts.get(id);
    if (!entry) return;
    const width = Math.max(100, body.clientWidth);
    const height = Math.max(80, body.clientHeight);
    if (width === entry.width && height === entry.height) return;
    entry.width = width;
    entry.height = height;
    entry.chart.resize(width, height);
  }

  /** Re-renders every chart when the density changes noticeably. */
  setDensity(dpr: number): void {
    if (Math.abs(dpr - this.density) <= 0.01) return;
    this.density = dpr;
    for (const { chart, width, height } of this.charts.values()) {
      chart.options.devicePixelRatio = dpr;
      chart.resize(width, height);
    }
  }

  /** Every chart on show, by id. */
  entries(): [string, Chart][] {
    return [...this.charts].map(([id, { chart }]) => [id, chart]);
  }

  /** The chart canvases by id (for the PNG export). */
  canvases(): Map<string, HTMLCanvasElement> {
    return new Map([...this.charts].map(([id, { chart }]) => [id, chart.canvas]));
  }

  destroy(): void {
    for (const { chart } of this.charts.values()) chart.destroy();
    this.charts.clear();
  }
}
