// The debrief's DOM layer: real headings, buttons and tables over the game canvas, scaled with it.
// Charts are Chart.js canvases drawn at the screen's pixel density times the layer's scale, so they
// stay crisp; every element, listener and chart is removed by `destroy()` (the scene's SHUTDOWN).
import { goalProgress, type Metrics } from '../../../engine';
import { DORA_THRESHOLDS, type DoraBand, type DoraKeys } from '../../../scoring';
import { COMPONENTS, STAR_THRESHOLDS } from '../../../scoring/weights';
import { ACT_WAY, type DebriefData, type NextTry } from '../../debrief/analysis';
import { metricsCsvRows, toCsv } from '../../debrief/csv';
import { CFD_STAGES, cfdSeries } from '../../debrief/series';
import { WHAT_IF_CHANGES, type WhatIfChange, type WhatIfResult, whatIfMechanic } from '../../debrief/what-if';
import { debriefPractices, practiceName, practiceSentence, signedPoints, toneOf } from '../../practice-text';
import { BAND_COLOR } from '../act/work-look';
import { css, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import {
  type Chart,
  type ChartContext,
  cfdConfig,
  cfdOverlayConfig,
  createChart,
  leadTimeConfig,
  outagesConfig,
  practicesConfig,
  utilisationConfig,
} from './charts';
import { composeDebriefPng } from './export-png';
import { type DebriefFormat, DORA_KEYS, doraValue, factParams } from './format';
import { DEBRIEF_CSS, STYLE_ID } from './styles';

export type DebriefTab = 'summary' | 'charts' | 'practices' | 'whatIf';
const TABS: DebriefTab[] = ['summary', 'charts', 'practices', 'whatIf'];

export interface DebriefLayerOptions {
  data: DebriefData;
  fmt: DebriefFormat;
  reducedMotion: boolean;
  /** The game canvas the layer covers. */
  canvas: HTMLCanvasElement;
  nextTry: NextTry | null;
  runWhatIf(change: WhatIfChange): WhatIfResult | null;
  onContinue(): void;
  onSound(name: 'click' | 'confirm'): void;
  /** Told the tab and what-if on show, so a rebuild (language change) can restore them. */
  onState?(state: { tab: DebriefTab; whatIf: WhatIfChange | null }): void;
}

type Cell = string | { text: string; className?: string };

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

function table(caption: string, head: string[], rows: Cell[][], captionClass = ''): HTMLTableElement {
  return el(
    'table',
    {},
    el('caption', captionClass ? { class: captionClass } : {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el(
      'tbody',
      {},
      ...rows.map((row) =>
        el(
          'tr',
          {},
          ...row.map((cell, index) => {
            const { text, className } = typeof cell === 'string' ? { text: cell, className: '' } : cell;
            return el(
              index === 0 ? 'th' : 'td',
              index === 0 ? { scope: 'row' } : { class: className ?? '' },
              text,
            );
          }),
        ),
      ),
    ),
  );
}

export class DebriefLayer {
  readonly root: HTMLDivElement;
  private readonly page: HTMLDivElement;
  private readonly charts = new Map<string, { chart: Chart; width: number; height: number }>();
  private readonly cleanups: (() => void)[] = [];
  private readonly objectUrls: string[] = [];
  private readonly tabButtons = new Map<DebriefTab, HTMLButtonElement>();
  private readonly panels = new Map<DebriefTab, HTMLElement>();
  private readonly pickerButtons = new Map<WhatIfChange, HTMLButtonElement>();
  private compareCard!: HTMLElement;
  private overlayBody!: HTMLElement;
  private tab: DebriefTab = 'summary';
  private dpr = 1;
  /** The what-if on show, if any. */
  current: WhatIfResult | null = null;

  constructor(readonly options: DebriefLayerOptions) {
    if (!document.getElementById(STYLE_ID)) {
      const style = el('style', { id: STYLE_ID }, DEBRIEF_CSS);
      document.head.append(style);
      this.cleanups.push(() => style.remove());
    }
    const { fmt, data } = options;
    this.root = el('div', { class: 'phx-debrief', lang: fmt.language });
    this.page = el('div', {
      class: 'phx-page',
      role: 'main',
      'aria-label': fmt.t('debrief.title', { act: fmt.t(data.scenario.titleKey) }),
    });
    this.root.append(this.page);
    document.body.append(this.root);
    this.page.append(this.header(), this.tabList());
    const panels = el('div', { class: 'phx-panels' });
    this.page.append(panels);
    panels.append(this.summaryPanel(), this.chartsPanel(), this.practicesPanel(), this.whatIfPanel());
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
    const dpr = Math.min(4, Math.max(1, (window.devicePixelRatio || 1) * scale));
    if (Math.abs(dpr - this.dpr) > 0.01) {
      this.dpr = dpr;
      for (const { chart, width, height } of this.charts.values()) {
        chart.options.devicePixelRatio = dpr;
        chart.resize(width, height);
      }
    }
  }

  private chartContext(): ChartContext {
    return { fmt: this.options.fmt, animate: !this.options.reducedMotion, devicePixelRatio: this.dpr };
  }

  // ---- header and tabs ----

  private header(): HTMLElement {
    const { fmt, data } = this.options;
    const { score } = data.outcome;
    const stars = el('span', {
      class: 'phx-stars',
      'aria-label': fmt.t('acts.stars', { count: score.stars }),
    });
    for (let s = 0; s < 3; s++) stars.append(el('span', { class: s < score.stars ? '' : 'phx-off' }, '★'));
    const button = (key: string, onClick: () => void, primary = false) => {
      const b = el('button', { type: 'button', class: primary ? 'phx-primary' : '' }, fmt.t(key));
      this.listen(b, 'click', () => {
        this.options.onSound(primary ? 'confirm' : 'click');
        onClick();
      });
      return b;
    };
    return el(
      'header',
      { class: 'phx-header' },
      el(
        'div',
        { class: 'phx-titles' },
        el('h1', {}, fmt.t('debrief.title', { act: fmt.t(data.scenario.titleKey) })),
        el(
          'p',
          {},
          fmt.t('debrief.subtitle', { seed: data.log.seed, days: fmt.number(data.outcome.metrics.days) }),
        ),
      ),
      el(
        'div',
        { class: 'phx-total', 'data-part': 'score' },
        el('strong', {}, fmt.number(score.total, 0)),
        el('span', { class: 'phx-outof' }, fmt.t('debrief.outOf')),
        stars,
      ),
      el(
        'div',
        { class: 'phx-actions' },
        button('debrief.actions.png', () => void this.downloadPng()),
        button('debrief.actions.csv', () => this.downloadCsv()),
        button('debrief.actions.print', () => window.print()),
        button('debrief.actions.continue', () => this.options.onContinue(), true),
      ),
    );
  }

  private tabList(): HTMLElement {
    const { fmt } = this.options;
    const list = el('div', { class: 'phx-tabs', role: 'tablist', 'aria-label': fmt.t('debrief.tabs.label') });
    for (const tab of TABS) {
      const button = el(
        'button',
        { type: 'button', role: 'tab', id: `phx-tab-${tab}`, 'aria-controls': `phx-panel-${tab}` },
        fmt.t(`debrief.tabs.${tab}`),
      );
      this.listen(button, 'click', () => {
        this.options.onSound('click');
        this.select(tab);
      });
      this.listen(button, 'keydown', (event) => {
        const key = (event as KeyboardEvent).key;
        if (key !== 'ArrowRight' && key !== 'ArrowLeft') return;
        const next = TABS[(TABS.indexOf(tab) + (key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
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
      class: `phx-panel ${className}`,
      role: 'tabpanel',
      id: `phx-panel-${tab}`,
      'aria-labelledby': `phx-tab-${tab}`,
    });
    this.panels.set(tab, panel);
    return panel;
  }

  // ---- summary: score, DORA, lesson ----

  private summaryPanel(): HTMLElement {
    const { fmt, data } = this.options;
    const { score } = data.outcome;
    const panel = this.panel('summary', 'phx-summary');
    const scoreCard = el(
      'div',
      { class: 'phx-card phx-score', 'data-part': 'components' },
      el('h2', {}, fmt.t('debrief.score.heading')),
    );
    for (const name of COMPONENTS) {
      const component = score.components[name];
      const facts = el('ul', { class: 'phx-facts' });
      for (const fact of component.facts) {
        const params = factParams(fact, fmt);
        facts.append(
          el(
            'li',
            {},
            el('span', {}, fmt.t(fact.key, params)),
            fact.pointsLost > 0
              ? el('b', {}, fmt.t('debrief.score.lost', { points: fmt.number(fact.pointsLost, 0) }))
              : el('b', { class: 'phx-ok' }, fmt.t('debrief.score.full')),
          ),
        );
      }
      const share = component.max > 0 ? component.points / component.max : 0;
      scoreCard.append(
        el(
          'div',
          { class: 'phx-component' },
          el(
            'span',
            { class: 'phx-name' },
            fmt.t(`score.component.${name}`),
            el(
              'span',
              { class: 'phx-muted phx-small' },
              `  ${fmt.t('debrief.score.weight', { percent: fmt.number(component.weight * 100, 0) })}`,
            ),
          ),
          el(
            'span',
            { class: 'phx-points' },
            fmt.t('debrief.score.points', {
              points: fmt.number(component.points, 0),
              max: fmt.number(component.max, 0),
            }),
          ),
          el(
            'div',
            { class: 'phx-meter', role: 'presentation' },
            el('span', { style: `width:${Math.round(share * 100)}%` }),
          ),
          facts,
        ),
      );
    }
    const [one, two, three] = STAR_THRESHOLDS[data.scenario.id];
    const nextStar = [one, two, three].find((threshold) => score.total < threshold);
    scoreCard.append(
      el(
        'p',
        { class: 'phx-note phx-stars-note' },
        fmt.t('debrief.score.stars', {
          one: fmt.number(one, 0),
          two: fmt.number(two, 0),
          three: fmt.number(three, 0),
        }),
        nextStar === undefined
          ? ''
          : ` ${fmt.t('debrief.score.nextStar', { count: nextStar - score.total, threshold: fmt.number(nextStar, 0) })}`,
      ),
    );
    panel.append(scoreCard, this.doraCard(score.dora, data.outcome.metrics), this.lessonCard());
    return panel;
  }

  private doraCard(dora: DoraKeys, metrics: Metrics): HTMLElement {
    const { fmt } = this.options;
    const grid = el('div', { class: 'phx-dora-grid' });
    for (const key of DORA_KEYS) {
      const band = dora[key];
      const thresholds = el('ul', { class: 'phx-thresholds' });
      for (const [b, text] of this.thresholdLines(key)) {
        thresholds.append(el('li', { 'data-current': String(b === band) }, text));
      }
      grid.append(
        el(
          'div',
          { class: 'phx-key', style: `--band:${css(BAND_COLOR[band])}`, 'data-key': key, 'data-band': band },
          el('span', { class: 'phx-muted phx-small' }, fmt.t(`dora.${key}`)),
          el('span', { class: 'phx-value' }, doraValue(key, metrics, fmt)),
          el('span', { class: 'phx-band' }, fmt.t(`dora.band.${band}`)),
          thresholds,
        ),
      );
    }
    return el(
      'div',
      { class: 'phx-card', 'data-part': 'dora' },
      el('h2', {}, fmt.t('debrief.dora.heading')),
      grid,
    );
  }

  /** The band thresholds of one key, in the player's units and language. */
  private thresholdLines(key: (typeof DORA_KEYS)[number]): [DoraBand, string][] {
    const { fmt } = this.options;
    const band = (b: DoraBand) => fmt.t(`dora.band.${b}`);
    const three = (
      kind: 'below' | 'atLeast' | 'atMost',
      t: Record<'elite' | 'high' | 'medium', number>,
      show: (v: number) => string,
    ) =>
      (['elite', 'high', 'medium'] as const).map((b): [DoraBand, string] => [
        b,
        fmt.t(`debrief.dora.${kind}`, { band: band(b), value: show(t[b]) }),
      ]);
    switch (key) {
      case 'deploymentFrequency':
        return [
          ...three('atLeast', DORA_THRESHOLDS.deploymentFrequency, (v) => fmt.perDay(v)),
          ['low', fmt.t('debrief.dora.lowFewer', { band: band('low') })],
        ];
      case 'leadTime':
        return [
          ...three('below', DORA_THRESHOLDS.leadTimeHours, (v) => fmt.hours(v)),
          ['low', fmt.t('debrief.dora.lowLonger', { band: band('low') })],
        ];
      case 'timeToRestore':
        return [
          ...three('below', DORA_THRESHOLDS.timeToRestoreHours, (v) => fmt.hours(v)),
          ['low', fmt.t('debrief.dora.lowLonger', { band: band('low') })],
        ];
      case 'changeFailureRate':
        return [
          ...three('atMost', DORA_THRESHOLDS.changeFailureRate, (v) => fmt.percent(v)),
          ['low', fmt.t('debrief.dora.lowMore', { band: band('low') })],
        ];
    }
  }

  private lessonCard(): HTMLElement {
    const { fmt, data, nextTry } = this.options;
    const way = ACT_WAY[data.scenario.id];
    const m = data.outcome.metrics;
    const staff = Math.max(1, data.scenario.staff.length);
    const open = data.series.leadTimes.points.filter((p) => p.open).length;
    const showed = fmt.t(`debrief.lesson.showed.${way}`, {
      lead: fmt.hours(m.leadTimeForChangesHours.p50),
      customer: fmt.hours(m.customerLeadTimeHours.p50),
      wip: fmt.number((m.avgWip.dev + m.avgWip.test + m.avgWip.ops) / staff),
      batch: m.avgReleaseSize === null ? '–' : fmt.number(m.avgReleaseSize),
      count: open,
      mttd: fmt.hours(m.mttdHours),
      mttr: fmt.hours(m.mttrHours),
      failure: m.changeFailureRate === null ? '–' : fmt.percent(m.changeFailureRate),
      share: fmt.percent(m.improvementShare),
      outage: fmt.t('units.hours', { value: fmt.number(m.outageHours) }),
    });
    const next = nextTry
      ? fmt.t('debrief.lesson.next', {
          change: fmt.t(`debrief.change.${nextTry.change}.label`),
          gain: fmt.number(nextTry.scoreGain, 0),
          lead: fmt.hours(nextTry.leadTimeHours),
          customer: fmt.hours(nextTry.customerLeadTimeHours),
          outage: fmt.t('units.hours', { value: fmt.number(nextTry.outageHours) }),
        })
      : fmt.t(`debrief.lesson.nextNone.${way}`);
    const card = el(
      'div',
      { class: 'phx-card phx-lesson', 'data-part': 'lesson' },
      el('h2', {}, fmt.t('debrief.lesson.heading', { way: fmt.t(data.scenario.titleKey) })),
      el('p', { class: 'phx-way' }, fmt.t(`debrief.lesson.way.${way}`)),
      el('h3', {}, fmt.t('debrief.lesson.showedHeading')),
      el('p', {}, showed),
      el('h3', {}, fmt.t('debrief.lesson.nextHeading')),
      el('p', { 'data-next': nextTry?.change ?? '' }, next),
    );
    if (nextTry) {
      const show = el('button', { type: 'button' }, `${fmt.t('debrief.lesson.show')} →`);
      this.listen(show, 'click', () => {
        this.options.onSound('click');
        this.showWhatIf(nextTry.change);
        this.tabButtons.get('whatIf')?.focus();
      });
      card.append(show);
    }
    return card;
  }

  // ---- charts ----

  private chartCard(id: string, title: string, caption: string, tableNode: HTMLTableElement): HTMLElement {
    const { fmt } = this.options;
    const body = el('div', { class: 'phx-chart-body', 'data-chart': id });
    const canvas = el('canvas', { role: 'img', 'aria-label': `${title}. ${caption}` });
    const wrap = el('div', { class: 'phx-table-wrap', hidden: '' }, tableNode);
    body.append(canvas, wrap);
    const toggle = el(
      'button',
      { type: 'button', 'aria-expanded': 'false' },
      fmt.t('debrief.chart.showTable'),
    );
    this.listen(toggle, 'click', () => {
      const showing = wrap.hidden;
      wrap.hidden = !showing;
      toggle.setAttribute('aria-expanded', String(showing));
      toggle.textContent = fmt.t(showing ? 'debrief.chart.showChart' : 'debrief.chart.showTable');
    });
    return el(
      'div',
      { class: 'phx-card', 'data-part': id },
      el('div', { class: 'phx-chart-head' }, el('h2', {}, title), toggle),
      el('p', { class: 'phx-note' }, caption),
      body,
    );
  }

  private chartsPanel(): HTMLElement {
    const { fmt, data } = this.options;
    const s = data.series;
    const panel = this.panel('charts', 'phx-charts');
    const stages = CFD_STAGES.map((stage) => fmt.t(`debrief.stage.${stage}`));
    panel.append(
      this.chartCard(
        'cfd',
        fmt.t('debrief.chart.cfd.title'),
        fmt.t('debrief.chart.cfd.caption'),
        table(
          fmt.t('debrief.chart.cfd.table'),
          [fmt.t('debrief.axis.day'), ...stages],
          s.cfd.days.map((day, i) => [
            fmt.number(day, 0),
            ...CFD_STAGES.map((stage) => fmt.number(s.cfd.band[stage][i] ?? 0, 0)),
          ]),
        ),
      ),
      this.chartCard(
        'lead-time',
        fmt.t('debrief.chart.leadTime.title'),
        fmt.t('debrief.chart.leadTime.caption', {
          p50: fmt.hours(s.leadTimes.p50),
          p85: fmt.hours(s.leadTimes.p85),
          customer: fmt.hours(s.leadTimes.customerP50),
          count: s.leadTimes.points.filter((p) => p.open).length,
        }),
        table(
          fmt.t('debrief.chart.leadTime.title'),
          [
            fmt.t('debrief.table.item'),
            fmt.t('debrief.table.type'),
            fmt.t('debrief.table.day'),
            fmt.t('debrief.table.leadTime'),
            fmt.t('debrief.table.customerLeadTime'),
            fmt.t('debrief.table.status'),
          ],
          [...s.leadTimes.points]
            .sort((a, b) => a.day - b.day || a.itemId - b.itemId)
            .map((p) => [
              `#${p.itemId}`,
              fmt.t(`work.${p.workType}`),
              fmt.number(p.day),
              fmt.hours(p.hours),
              fmt.hours(p.customerHours),
              fmt.t(p.open ? 'debrief.table.open' : 'debrief.table.shipped'),
            ]),
        ),
      ),
      this.chartCard(
        'utilisation',
        fmt.t('debrief.chart.utilisation.title'),
        fmt.t('debrief.chart.utilisation.caption', {
          busy: fmt.percent(data.outcome.metrics.constraintUtilization),
          wait:
            data.outcome.metrics.constraintQueueWaitHours === null
              ? '–'
              : fmt.t('units.hours', { value: fmt.number(data.outcome.metrics.constraintQueueWaitHours) }),
        }),
        table(
          fmt.t('debrief.chart.utilisation.title'),
          [
            fmt.t('debrief.axis.day'),
            fmt.t('debrief.constraint.busy'),
            fmt.t('debrief.constraint.queue'),
            fmt.t('debrief.constraint.wait'),
          ],
          s.utilisation.days.map((day, i) => [
            fmt.number(day, 0),
            fmt.percent(s.utilisation.busy[i] ?? 0),
            fmt.number(s.utilisation.queue[i] ?? 0),
            s.utilisation.waitHours[i] == null
              ? '–'
              : fmt.t('units.hours', { value: fmt.number(s.utilisation.waitHours[i] ?? 0) }),
          ]),
        ),
      ),
      this.chartCard(
        'outages',
        fmt.t('debrief.chart.outages.title'),
        s.outages.incidents.length === 0
          ? fmt.t('debrief.chart.outages.none')
          : fmt.t('debrief.chart.outages.caption', {
              count: s.outages.incidents.length,
              hours: fmt.number(data.outcome.metrics.outageHours),
            }),
        table(
          fmt.t('debrief.chart.outages.title'),
          [
            fmt.t('debrief.table.incident'),
            fmt.t('debrief.table.cause'),
            fmt.t('debrief.table.opened'),
            fmt.t('debrief.table.detected'),
            fmt.t('debrief.table.resolved'),
            fmt.t('debrief.table.restore'),
          ],
          s.outages.incidents.map((i) => [
            `#${i.itemId}${i.outage ? ` · ${fmt.t('debrief.table.outage')}` : ''}`,
            fmt.t(`debrief.cause.${i.cause}`),
            fmt.t('debrief.table.dayHour', {
              day: Math.floor(i.openedAt / 8) + 1,
              hour: (i.openedAt % 8) + 1,
            }),
            i.detectedAt === null
              ? '–'
              : fmt.t('debrief.table.dayHour', {
                  day: Math.floor(i.detectedAt / 8) + 1,
                  hour: (i.detectedAt % 8) + 1,
                }),
            i.resolvedAt === null
              ? fmt.t('debrief.table.stillOpen')
              : fmt.t('debrief.table.dayHour', {
                  day: Math.floor(i.resolvedAt / 8) + 1,
                  hour: (i.resolvedAt % 8) + 1,
                }),
            fmt.hours((i.resolvedAt ?? s.outages.hours) - i.openedAt),
          ]),
        ),
      ),
    );
    return panel;
  }

  // ---- practice points ----

  /**
   * What each practice the act unlocked earned in this run: a bar chart (with its table view) and one
   * sentence per practice, computed by replaying the run with that practice undone.
   */
  private practicesPanel(): HTMLElement {
    const { fmt, data } = this.options;
    const panel = this.panel('practices', 'phx-practices');
    const results = data.practices;
    const score = data.outcome.score.total;
    if (results === null || results.length === 0) {
      panel.append(
        el(
          'div',
          { class: 'phx-card', 'data-part': 'practice-list' },
          el('h2', {}, fmt.t('debrief.practices.heading')),
          el(
            'p',
            { class: 'phx-empty' },
            fmt.t(results === null ? 'debrief.practices.unavailable' : 'debrief.practices.noneUnlocked'),
          ),
        ),
      );
      return panel;
    }
    const shown = debriefPractices(results);
    const usedCount = shown.filter((r) => r.used).length;
    const chart = this.chartCard(
      'practices',
      fmt.t('debrief.practices.chartTitle'),
      `${
        usedCount === 0
          ? fmt.t('debrief.practices.noneUsed')
          : fmt.t('debrief.practices.caption', { score: fmt.number(score, 0) })
      }${usedCount < shown.length ? ` ${fmt.t('debrief.practices.unusedNote')}` : ''}`,
      table(
        fmt.t('debrief.practices.chartTitle'),
        [
          fmt.t('debrief.practices.practice'),
          fmt.t('debrief.practices.points'),
          fmt.t('debrief.practices.without'),
          fmt.t('debrief.practices.used'),
        ],
        shown.map((r) => [
          practiceName(r.practice, fmt),
          { text: signedPoints(r.points, fmt), className: `phx-${toneOf(r.points)}` },
          r.used ? fmt.number(score - r.points, 0) : '–',
          fmt.t(r.used ? 'debrief.practices.yes' : 'debrief.practices.no'),
        ]),
      ),
    );
    // Focusable, so the keyboard can scroll it when an act has many practices.
    const list = el('ul', {
      class: 'phx-practice-list',
      tabindex: '0',
      'aria-label': fmt.t('debrief.practices.heading'),
    });
    for (const result of shown) {
      list.append(
        el(
          'li',
          { 'data-practice': result.practice, 'data-used': String(result.used) },
          el(
            'b',
            { class: `phx-${result.used ? toneOf(result.points) : 'none'}` },
            result.used ? signedPoints(result.points, fmt) : '–',
          ),
          el('span', {}, practiceSentence(result, score, fmt)),
        ),
      );
    }
    const sentences = el(
      'div',
      { class: 'phx-card phx-practice-card', 'data-part': 'practice-list' },
      el('h2', {}, fmt.t('debrief.practices.heading')),
      el('p', { class: 'phx-note' }, fmt.t('debrief.practices.intro')),
      list,
    );
    panel.append(chart, sentences);
    return panel;
  }

  private addChart(id: string, body: Element | null, make: (canvas: HTMLCanvasElement) => Chart): void {
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

  private buildCharts(): void {
    const { data } = this.options;
    const ctx = this.chartContext();
    const q = (id: string) => this.page.querySelector(`[data-chart="${id}"]`);
    this.addChart('cfd', q('cfd'), (c) => createChart(c, cfdConfig(data.series.cfd, ctx) as never));
    this.addChart('lead-time', q('lead-time'), (c) =>
      createChart(c, leadTimeConfig(data.series, data.outcome.metrics.days, ctx) as never),
    );
    this.addChart('utilisation', q('utilisation'), (c) =>
      createChart(c, utilisationConfig(data.series, ctx) as never),
    );
    this.addChart('outages', q('outages'), (c) =>
      createChart(c, outagesConfig(data.series, ctx, c.height) as never),
    );
    const practices = data.practices;
    if (practices && practices.length > 0) {
      this.addChart('practices', q('practices'), (c) =>
        createChart(c, practicesConfig(debriefPractices(practices), ctx) as never),
      );
    }
    // The what-if overlay: your run filled, the what-if's lines hidden until one is picked.
    this.addChart('what-if-cfd', this.overlayBody, (c) => {
      const config = cfdOverlayConfig(data.series.cfd, data.series.cfd, { ...ctx, animate: false });
      config.data.datasets.forEach((dataset, index) => {
        if (index >= CFD_STAGES.length) dataset.hidden = true;
      });
      return createChart(c, config as never);
    });
  }

  /**
   * For each chart with a category axis (bars by day, by incident, by practice): how many categories it
   * draws and how many of them carry a label on the axis (the layout check wants every bar named).
   */
  chartAxes(): Record<string, { categories: number; labels: number }> {
    const axes: Record<string, { categories: number; labels: number }> = {};
    for (const [id, { chart }] of this.charts) {
      const categories = chart.data.labels?.length ?? 0;
      const scale = Object.values(chart.scales).find((s) => s.type === 'category');
      if (!scale || categories === 0) continue;
      axes[id] = { categories, labels: scale.ticks.length };
    }
    return axes;
  }

  /** The chart canvases by id (for the PNG export). */
  chartCanvases(): Map<string, HTMLCanvasElement> {
    return new Map([...this.charts].map(([id, { chart }]) => [id, chart.canvas]));
  }

  // ---- what-if ----

  private whatIfPanel(): HTMLElement {
    const { fmt, data } = this.options;
    const panel = this.panel('whatIf', 'phx-whatif');
    const picker = el(
      'div',
      { class: 'phx-card phx-picker', role: 'group', 'aria-label': fmt.t('debrief.whatIf.pick') },
      el('h2', {}, fmt.t('debrief.whatIf.heading')),
      el('p', { class: 'phx-note' }, fmt.t('debrief.whatIf.intro')),
    );
    for (const change of WHAT_IF_CHANGES) {
      const later = !data.scenario.mechanics.includes(whatIfMechanic(change));
      const button = el(
        'button',
        { type: 'button', 'aria-pressed': 'false', 'data-change': change },
        el(
          'span',
          {},
          fmt.t(`debrief.change.${change}.label`),
          later ? el('em', { class: 'phx-tag' }, fmt.t('debrief.whatIf.laterTag')) : null,
        ),
        el('small', {}, fmt.t(`debrief.change.${change}.hint`)),
      );
      this.listen(button, 'click', () => {
        this.options.onSound('click');
        this.showWhatIf(change);
      });
      this.pickerButtons.set(change, button);
      picker.append(button);
    }
    this.compareCard = el(
      'div',
      { class: 'phx-card phx-compare', 'data-part': 'what-if', 'aria-live': 'polite' },
      el('h2', {}, fmt.t('debrief.whatIf.compareHeading')),
      el('p', { class: 'phx-empty' }, fmt.t('debrief.whatIf.pick')),
    );
    this.overlayBody = el(
      'div',
      { class: 'phx-chart-body', 'data-chart': 'what-if-cfd' },
      el('canvas', { role: 'img' }),
    );
    const overlayCard = el(
      'div',
      { class: 'phx-card', 'data-part': 'what-if-cfd' },
      el('h2', {}, fmt.t('debrief.whatIf.cfdTitle')),
      el('p', { class: 'phx-note' }, fmt.t('debrief.whatIf.cfdCaption')),
      this.overlayBody,
    );
    panel.dataset.empty = 'true';
    panel.append(picker, this.compareCard, overlayCard);
    return panel;
  }

  /** Re-simulates with one change and shows both runs side by side (synchronous: a replay is milliseconds). */
  showWhatIf(change: WhatIfChange): WhatIfResult | null {
    const result = this.options.runWhatIf(change);
    for (const [name, button] of this.pickerButtons)
      button.setAttribute('aria-pressed', String(name === change));
    if (this.tab !== 'whatIf') this.select('whatIf', false);
    const { fmt, data } = this.options;
    this.compareCard.replaceChildren(el('h2', {}, fmt.t('debrief.whatIf.compareHeading')));
    if (!result) {
      this.compareCard.append(el('p', { class: 'phx-empty' }, fmt.t('debrief.whatIf.failed')));
      return null;
    }
    this.current = result;
    this.options.onState?.({ tab: this.tab, whatIf: change });
    this.panels.get('whatIf')!.dataset.empty = 'false';
    const a = data.outcome;
    const b = result.outcome;
    const label = fmt.t(`debrief.change.${change}.label`);
    type Row = [string, number | null, number | null, (v: number | null) => string, 'higher' | 'lower'];
    const rows: Row[] = [
      [
        fmt.t('debrief.whatIf.row.score'),
        a.score.total,
        b.score.total,
        (v) => (v === null ? '–' : fmt.number(v, 0)),
        'higher',
      ],
      [
        fmt.t('debrief.whatIf.row.stars'),
        a.score.stars,
        b.score.stars,
        (v) => (v === null ? '–' : fmt.number(v, 0)),
        'higher',
      ],
      [
        fmt.t('dora.deploymentFrequency'),
        a.metrics.deploymentsPerDay,
        b.metrics.deploymentsPerDay,
        (v) => (v === null ? '–' : fmt.perDay(v)),
        'higher',
      ],
      [
        fmt.t('debrief.whatIf.row.leadTime'),
        a.metrics.leadTimeForChangesHours.p50,
        b.metrics.leadTimeForChangesHours.p50,
        (v) => fmt.hours(v),
        'lower',
      ],
      [
        fmt.t('dora.changeFailureRate'),
        a.metrics.changeFailureRate,
        b.metrics.changeFailureRate,
        (v) => (v === null ? '–' : fmt.percent(v)),
        'lower',
      ],
      [fmt.t('dora.timeToRestore'), a.metrics.mttrHours, b.metrics.mttrHours, (v) => fmt.hours(v), 'lower'],
      [
        fmt.t('debrief.whatIf.row.customerLeadTime'),
        a.metrics.customerLeadTimeHours.p50,
        b.metrics.customerLeadTimeHours.p50,
        (v) => fmt.hours(v),
        'lower',
      ],
      [
        fmt.t('debrief.whatIf.row.outage'),
        a.metrics.outageHours,
        b.metrics.outageHours,
        (v) => (v === null ? '–' : fmt.t('units.hours', { value: fmt.number(v) })),
        'lower',
      ],
      [
        fmt.t('debrief.whatIf.row.goal', { day: data.scenario.goal.byDay }),
        goalProgress(data.scenario, a.metrics).featuresShipped,
        goalProgress(data.scenario, b.metrics).featuresShipped,
        (v) => (v === null ? '–' : fmt.number(v, 0)),
        'higher',
      ],
    ];
    const bands: (keyof DoraKeys | null)[] = [
      null,
      null,
      'deploymentFrequency',
      'leadTime',
      'changeFailureRate',
      'timeToRestore',
      null,
      null,
      null,
    ];
    const cells = rows.map(([name, x, y, show, better], index): Cell[] => {
      const band = bands[index];
      const withBand = (v: number | null, keys: DoraKeys) =>
        band ? `${show(v)} (${fmt.t(`dora.band.${keys[band]}`)})` : show(v);
      let diff: Cell = '–';
      if (x !== null && y !== null && Math.abs(y - x) > 1e-9) {
        const good = better === 'higher' ? y > x : y < x;
        const arrow = y > x ? '▲' : '▼';
        diff = {
          text: `${arrow} ${fmt.t(good ? 'debrief.whatIf.better' : 'debrief.whatIf.worse')}`,
          className: good ? 'phx-better' : 'phx-worse',
        };
      } else if (x !== null && y !== null) {
        diff = fmt.t('debrief.whatIf.same');
      }
      return [name, withBand(x, a.score.dora), withBand(y, b.score.dora), diff];
    });
    this.compareCard.append(
      table(
        fmt.t('debrief.whatIf.tableCaption', { change: label }),
        [
          fmt.t('debrief.whatIf.metric'),
          fmt.t('debrief.whatIf.yours'),
          fmt.t('debrief.whatIf.changed', { change: label }),
          fmt.t('debrief.whatIf.difference'),
        ],
        cells,
        'phx-sr',
      ),
      el(
        'p',
        { class: 'phx-note' },
        `${
          result.plan.dropped.length === 0
            ? fmt.t('debrief.whatIf.replacedNone')
            : fmt.t('debrief.whatIf.replaced', { count: result.plan.dropped.length })
        }${
          result.plan.unlocked ? ` ${fmt.t('debrief.whatIf.laterWay')}` : ''
        }${a.score.total === b.score.total && a.metrics.leadTimeForChangesHours.p50 === b.metrics.leadTimeForChangesHours.p50 ? ` ${fmt.t('debrief.whatIf.noChange')}` : ''}`,
      ),
    );
    this.compareCard.dataset.whatifReady = change;
    // The overlay chart exists from the start; a what-if only swaps the dashed datasets' data.
    const entry = this.charts.get('what-if-cfd');
    const overlay = entry?.chart;
    if (entry && overlay) {
      // The comparison table may have changed the space left for the chart: fit it again.
      const width = Math.max(100, this.overlayBody.clientWidth);
      const height = Math.max(80, this.overlayBody.clientHeight);
      if (width !== entry.width || height !== entry.height) {
        entry.width = width;
        entry.height = height;
        overlay.resize(width, height);
      }
      const changed = cfdSeries(result.outcome.metrics, result.outcome.events);
      const stages = [...CFD_STAGES].reverse();
      stages.forEach((stage, index) => {
        const dataset = overlay.data.datasets[stages.length + index];
        if (!dataset) return;
        dataset.data = changed.cumulative[stage];
        dataset.hidden = false;
      });
      overlay.update('none');
    }
    return result;
  }

  // ---- export ----

  async pngBlob(): Promise<Blob> {
    return composeDebriefPng({
      data: this.options.data,
      fmt: this.options.fmt,
      charts: this.chartCanvases(),
      whatIf: this.current,
      lesson: this.lessonTexts(),
    });
  }

  private lessonTexts(): { tag: string; text: string }[] {
    const card = this.page.querySelector('[data-part="lesson"]');
    return card
      ? [...card.querySelectorAll('h2, h3, p')].map((n) => ({
          tag: n.tagName.toLowerCase(),
          text: n.textContent ?? '',
        }))
      : [];
  }

  async downloadPng(): Promise<void> {
    const blob = await this.pngBlob();
    this.download(blob, `${this.fileStem()}.png`);
  }

  csvText(): string {
    const { fmt } = this.options;
    const rows = metricsCsvRows(this.options.data, {
      label: (section, key) => {
        switch (section) {
          case 'component':
            return fmt.t(`score.component.${key}`);
          case 'dora':
            return fmt.t(`dora.${key}`);
          case 'cfd':
            return fmt.t(`debrief.stage.${key}`);
          case 'practice':
            return fmt.t(key);
          default:
            return fmt.t(`debrief.csv.${section}.${key.replace('.', '_')}`);
        }
      },
      unit: (unit) => fmt.t(`debrief.csv.unit.${unit}`),
    });
    return toCsv(rows);
  }

  downloadCsv(): void {
    this.download(new Blob([this.csvText()], { type: 'text/csv;charset=utf-8' }), `${this.fileStem()}.csv`);
  }

  private fileStem(): string {
    const { data } = this.options;
    return `phoenix-ops-debrief-${data.scenario.id}-${data.log.seed}`;
  }

  private download(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    this.objectUrls.push(url);
    const link = el('a', { href: url, download: name, style: 'display:none' });
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
    for (const { chart } of this.charts.values()) chart.destroy();
    this.charts.clear();
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    for (const url of this.objectUrls.splice(0)) URL.revokeObjectURL(url);
    this.root.remove();
  }
}
