// The debrief's DOM layer: real headings, buttons and tables over the game canvas, scaled with it. One
// file per tab (summary, charts, practices, what-if); this holds the tabs, the layout, the charts' life
// and the exports. Charts are Chart.js canvases drawn at the screen's pixel density times the layer's
// scale, so they stay crisp; every element, listener and chart is removed by `destroy()` (the scene's
// SHUTDOWN).
import type { TextSize } from '../../../platform/settings';
import { el } from '../../../shared/dom';
import { applyTextSize, textScale } from '../../../shared/text-size';
import type { DebriefData, NextTry } from '../../debrief/analysis';
import { CFD_STAGES } from '../../debrief/series';
import type { WhatIfChange, WhatIfResult } from '../../debrief/what-if';
import { debriefPractices } from '../../practice-text';
import { DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { ChartHost } from './chart-host';
import {
  type ChartContext,
  cfdConfig,
  cfdOverlayConfig,
  createChart,
  leadTimeConfig,
  outagesConfig,
  practicesConfig,
  utilisationConfig,
} from './charts';
import { chartsPanel } from './charts-panel';
import { debriefCsv, debriefFileStem, lessonTexts } from './debrief-export';
import { composeDebriefPng } from './export-png';
import type { DebriefFormat } from './format';
import { debriefHeader } from './header';
import { DEBRIEF_TABS, type DebriefTab, type PanelKit } from './panel-kit';
import { practicesPanel } from './practices-panel';
import { DEBRIEF_CSS, STYLE_ID } from './styles';
import { summaryPanel } from './summary-panel';
import { WHAT_IF_CHART, WhatIfPanel } from './what-if-panel';

export type { DebriefTab } from './panel-kit';

export interface DebriefLayerOptions {
  data: DebriefData;
  fmt: DebriefFormat;
  reducedMotion: boolean;
  /** The player's text size: every text of the layer, and its charts' labels, grow with it. */
  textSize: TextSize;
  /** The game canvas the layer covers. */
  canvas: HTMLCanvasElement;
  nextTry: NextTry | null;
  runWhatIf(change: WhatIfChange): WhatIfResult | null;
  onContinue(): void;
  onSound(name: 'click' | 'confirm'): void;
  /** Told the tab and what-if on show, so a rebuild (language change) can restore them. */
  onState?(state: { tab: DebriefTab; whatIf: WhatIfChange | null }): void;
}

export class DebriefLayer {
  readonly root: HTMLDivElement;
  private readonly page: HTMLDivElement;
  private readonly charts = new ChartHost();
  private readonly cleanups: (() => void)[] = [];
  private readonly objectUrls: string[] = [];
  private readonly tabButtons = new Map<DebriefTab, HTMLButtonElement>();
  private readonly panels = new Map<DebriefTab, HTMLElement>();
  private readonly whatIf: WhatIfPanel;
  private tab: DebriefTab = 'summary';
  /** The what-if on show, if any. */
  current: WhatIfResult | null = null;

  constructor(readonly options: DebriefLayerOptions) {
    if (!document.getElementById(STYLE_ID)) {
      const style = el('style', { attrs: { id: STYLE_ID } }, [DEBRIEF_CSS]);
      document.head.append(style);
      this.cleanups.push(() => style.remove());
    }
    const { fmt, data } = options;
    this.root = el('div', { className: 'phx-debrief', attrs: { lang: fmt.language } });
    applyTextSize(this.root, options.textSize);
    this.page = el('div', {
      className: 'phx-page',
      attrs: { role: 'main', 'aria-label': fmt.t('debrief.title', { act: fmt.t(data.scenario.titleKey) }) },
    });
    this.root.append(this.page);
    document.body.append(this.root);
    const kit: PanelKit = {
      fmt,
      data,
      listen: (target, type, handler) => this.listen(target, type, handler),
      sound: (name) => options.onSound(name),
      panel: (tab, className) => this.panel(tab, className),
    };
    this.page.append(
      debriefHeader(kit, {
        png: () => void this.downloadPng(),
        csv: () => this.downloadCsv(),
        print: () => window.print(),
        continue: () => options.onContinue(),
      }),
      this.tabList(),
    );
    const panels = el('div', { className: 'phx-panels' });
    this.page.append(panels);
    const summary = summaryPanel(kit, {
      nextTry: options.nextTry,
      onShowNext: (change) => {
        this.showWhatIf(change);
        this.tabButtons.get('whatIf')?.focus();
      },
    });
    const charts = chartsPanel(kit);
    const practices = practicesPanel(kit);
    this.whatIf = new WhatIfPanel(kit, (change) => this.showWhatIf(change));
    panels.append(summary, charts, practices, this.whatIf.element);
    this.layout();
    this.buildCharts();
    this.select('summary', false);

    const onResize = () => this.layout();
    window.addEventListener('resize', onResize);
    this.cleanups.push(() => window.removeEventListener('resize', onResize));
    if (typeof ResizeObserver !== 'undefined') {
      const observer = new ResizeObserver(onResize);
      observer.observe(options.canvas);
      this.cleanups.push(() => observer.disconnect());
    }
  }

  /** Covers the canvas exactly and scales the 1280×720 page onto it; charts re-render at the new density. */
  layout(): void {
    const rect = this.options.canvas.getBoundingClientRect();
    const scale = rect.width > 0 ? rect.width / DESIGN_WIDTH : 1;
    Object.assign(this.root.style, {
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height || DESIGN_HEIGHT * scale}px`,
    });
    this.page.style.transform = `scale(${scale})`;
    this.charts.setDensity(Math.min(4, Math.max(1, (window.devicePixelRatio || 1) * scale)));
  }

  private chartContext(): ChartContext {
    return {
      fmt: this.options.fmt,
      animate: !this.options.reducedMotion,
      devicePixelRatio: this.charts.devicePixelRatio,
      textScale: textScale(this.options.textSize),
    };
  }

  // ---- tabs ----

  private tabList(): HTMLElement {
    const { fmt } = this.options;
    const list = el('div', {
      className: 'phx-tabs',
      attrs: { role: 'tablist', 'aria-label': fmt.t('debrief.tabs.label') },
    });
    for (const tab of DEBRIEF_TABS) {
      const button = el(
        'button',
        { attrs: { type: 'button', role: 'tab', id: `phx-tab-${tab}`, 'aria-controls': `phx-panel-${tab}` } },
        [fmt.t(`debrief.tabs.${tab}`)],
      );
      this.listen(button, 'click', () => {
        this.options.onSound('click');
        this.select(tab);
      });
      this.listen(button, 'keydown', (event) => {
        const key = (event as KeyboardEvent).key;
        if (key !== 'ArrowRight' && key !== 'ArrowLeft') return;
        const count = DEBRIEF_TABS.length;
        const next =
          DEBRIEF_TABS[(DEBRIEF_TABS.indexOf(tab) + (key === 'ArrowRight' ? 1 : count - 1)) % count]!;
        this.select(next, true);
        event.preventDefault();
      });
      this.tabButtons.set(tab, button);
      list.append(button);
    }
    return list;
  }

  /** Shows one tab; hidden panels stay laid out (their charts keep drawing for PNG and print). */
  select(tab: DebriefTab, focus = true): void {
    this.tab = tab;
    this.options.onState?.({ tab, whatIf: this.current?.change ?? null });
    for (const [name, button] of this.tabButtons) {
      const active = name === tab;
      button.setAttribute('aria-selected', String(active));
      button.tabIndex = active ? 0 : -1;
      const panel = this.panels.get(name);
      if (panel) {
        panel.dataset.active = String(active);
        panel.toggleAttribute('inert', !active);
        panel.setAttribute('aria-hidden', String(!active));
      }
    }
    if (focus) this.tabButtons.get(tab)?.focus();
  }

  get activeTab(): DebriefTab {
    return this.tab;
  }

  focusFirst(): void {
    this.tabButtons.get(this.tab)?.focus();
  }

  private panel(tab: DebriefTab, className: string): HTMLElement {
    const panel = el('section', {
      className: `phx-panel ${className}`,
      attrs: { role: 'tabpanel', id: `phx-panel-${tab}`, 'aria-labelledby': `phx-tab-${tab}` },
    });
    this.panels.set(tab, panel);
    return panel;
  }

  // ---- charts ----

  private buildCharts(): void {
    const { data } = this.options;
    const ctx = this.chartContext();
    const q = (id: string) => this.page.querySelector(`[data-chart="${id}"]`);
    this.charts.add('cfd', q('cfd'), (c) =>
      createChart(c, cfdConfig(data.series.cfd, ctx) as never, ctx.textScale),
    );
    this.charts.add('lead-time', q('lead-time'), (c) =>
      createChart(c, leadTimeConfig(data.series, data.outcome.metrics.days, ctx) as never, ctx.textScale),
    );
    this.charts.add('utilisation', q('utilisation'), (c) =>
      createChart(c, utilisationConfig(data.series, ctx) as never, ctx.textScale),
    );
    this.charts.add('outages', q('outages'), (c) =>
      createChart(c, outagesConfig(data.series, ctx, c.height) as never, ctx.textScale),
    );
    const practices = data.practices;
    if (practices && practices.length > 0) {
      this.charts.add('practices', q('practices'), (c) =>
        createChart(c, practicesConfig(debriefPractices(practices), ctx) as never, ctx.textScale),
      );
    }
    // The what-if overlay: your run filled, the what-if's lines hidden until one is picked.
    this.charts.add(WHAT_IF_CHART, this.whatIf.overlayBody, (c) => {
      const config = cfdOverlayConfig(data.series.cfd, data.series.cfd, { ...ctx, animate: false });
      config.data.datasets.forEach((dataset, index) => {
        if (index >= CFD_STAGES.length) dataset.hidden = true;
      });
      return createChart(c, config as never, ctx.textScale);
    });
  }

  /**
   * For each chart with a category axis (bars by day, by incident, by practice): how many categories it
   * draws and how many of them carry a label on the axis (the layout check wants every bar named).
   */
  chartAxes(): Record<string, { categories: number; labels: number }> {
    const axes: Record<string, { categories: number; labels: number }> = {};
    for (const [id, chart] of this.charts.entries()) {
      const categories = chart.data.labels?.length ?? 0;
      const scale = Object.values(chart.scales).find((s) => s.type === 'category');
      if (!scale || categories === 0) continue;
      axes[id] = { categories, labels: scale.ticks.length };
    }
    return axes;
  }

  /** For each chart: the font size its first axis's ticks and its legend are drawn at (the text-size test). */
  chartFonts(): Record<string, { ticks: number; legend: number | null }> {
    const fonts: Record<string, { ticks: number; legend: number | null }> = {};
    for (const [id, chart] of this.charts.entries()) {
      const scale = Object.values(chart.scales)[0];
      const ticks = (scale?.options as { ticks?: { font?: { size?: number } } } | undefined)?.ticks;
      const tickFont = ticks?.font;
      const legend = chart.options.plugins?.legend;
      const legendFont = legend?.display === false ? undefined : (legend?.labels?.font as { size?: number });
      fonts[id] = { ticks: tickFont?.size ?? 0, legend: legendFont?.size ?? null };
    }
    return fonts;
  }

  /** The chart canvases by id (for the PNG export). */
  chartCanvases(): Map<string, HTMLCanvasElement> {
    return this.charts.canvases();
  }

  // ---- what-if ----

  /** Re-simulates with one change and shows both runs side by side (synchronous: a replay is milliseconds). */
  showWhatIf(change: WhatIfChange): WhatIfResult | null {
    const result = this.options.runWhatIf(change);
    this.whatIf.press(change);
    if (this.tab !== 'whatIf') this.select('whatIf', false);
    if (!result) {
      this.whatIf.showFailed();
      return null;
    }
    this.current = result;
    this.options.onState?.({ tab: this.tab, whatIf: change });
    this.whatIf.show(result, this.charts);
    return result;
  }

  // ---- export ----

  async pngBlob(): Promise<Blob> {
    return composeDebriefPng({
      data: this.options.data,
      fmt: this.options.fmt,
      charts: this.chartCanvases(),
      whatIf: this.current,
      lesson: lessonTexts(this.page),
    });
  }

  async downloadPng(): Promise<void> {
    const blob = await this.pngBlob();
    this.download(blob, `${debriefFileStem(this.options.data)}.png`);
  }

  csvText(): string {
    return debriefCsv(this.options.data, this.options.fmt);
  }

  downloadCsv(): void {
    this.download(
      new Blob([this.csvText()], { type: 'text/csv;charset=utf-8' }),
      `${debriefFileStem(this.options.data)}.csv`,
    );
  }

  private download(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    this.objectUrls.push(url);
    const link = el('a', { attrs: { href: url, download: name, style: 'display:none' } });
    document.body.append(link);
    link.click();
    link.remove();
  }

  // ---- lifecycle ----

  private listen(target: EventTarget, type: string, handler: (event: Event) => void): void {
    target.addEventListener(type, handler);
    this.cleanups.push(() => target.removeEventListener(type, handler));
  }

  destroy(): void {
    this.charts.destroy();
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    for (const url of this.objectUrls.splice(0)) URL.revokeObjectURL(url);
    this.root.remove();
  }
}
