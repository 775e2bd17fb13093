// Section 3 of the facilitator page: the class's results for one act at a time — act tabs, the flag
// (and filter) for results of another seed than the class link's, the debrief sentences, the charts and
// the leaderboard — and the printable handout's head and foot around it.
import type { ScenarioId } from '../engine';
import type { Translator } from '../i18n';
import type { ChartMode } from './chart-style';
import { type ChartText, ClassCharts } from './charts';
import { actsPresent, classInsights, type Formatter, leaderboard, practiceSpread } from './class-stats';
import { clear, el, nameNode } from './dom';
import { nextFrame } from './scan';
import { ACT_KEYS } from './share-section';
import type { VerifiedResult } from './verify';

/** What the results show: the class, the class link's seed (null while invalid) and the chart look. */
export interface ResultsSource {
  results: readonly VerifiedResult[];
  classSeed: number | null;
  mode: ChartMode;
  /** The player's text size as a factor: the charts' labels grow with the page's text. */
  textScale: number;
}

export class ResultsSection {
  readonly element: HTMLElement;
  readonly handoutHead: HTMLElement;
  readonly handoutFoot: HTMLElement;
  readonly charts = new ClassCharts();
  /** The act on show (null without results). */
  act: ScenarioId | null = null;
  private hideOtherSeeds = false;

  constructor(
    private readonly translator: Translator,
    private readonly format: Formatter,
    private readonly source: () => ResultsSource,
    private readonly onExport: () => void,
  ) {
    this.handoutHead = el('div', { className: 'handout-head print-only' });
    this.element = el('section', {
      className: 'card results',
      attrs: { 'aria-labelledby': 'results-heading' },
    });
    this.handoutFoot = el('div', { className: 'handout-foot print-only' });
  }

  private t(key: string, options?: Record<string, unknown>): string {
    return this.translator.t(key, options);
  }

  private count(value: number): string {
    return this.format.number(value, 0);
  }

  /** With `progressive`, the charts are drawn one per frame after the rest (after a paste). */
  render(progressive = false): Promise<void> | undefined {
    const { results, classSeed, mode, textScale } = this.source();
    const acts = actsPresent(results);
    if (this.act === null || !acts.includes(this.act)) this.act = acts[0] ?? null;
    const act = this.act;
    this.charts.destroy();
    const heading = el('h2', {
      text: this.t('facilitator.results.heading'),
      attrs: { id: 'results-heading' },
    });
    if (act === null) {
      this.element.replaceChildren(
        heading,
        el('p', { className: 'hint', text: this.t('facilitator.results.empty') }),
      );
      clear(this.handoutHead);
      clear(this.handoutFoot);
      return;
    }
    // Results of another seed than the class link's are flagged, and can be left out.
    const allOfAct = results.filter((r) => r.scenario === act);
    const otherSeed = (result: VerifiedResult) => classSeed !== null && result.seed !== classSeed;
    const otherSeedCount = allOfAct.filter(otherSeed).length;
    const hiding = this.hideOtherSeeds && classSeed !== null;
    const ofAct = hiding ? allOfAct.filter((r) => !otherSeed(r)) : allOfAct;

    // Act tabs (only the acts that have results).
    const tabs = el(
      'div',
      {
        className: 'tabs no-print',
        attrs: { role: 'tablist', 'aria-label': this.t('facilitator.results.acts') },
      },
      acts.map((id) => {
        const count = results.filter((r) => r.scenario === id).length;
        const tab = el('button', {
          className: 'tab',
          text: this.t('facilitator.results.act', { act: this.t(ACT_KEYS[id]), count }),
          attrs: {
            type: 'button',
            role: 'tab',
            'aria-selected': String(id === act),
            tabindex: id === act ? '0' : '-1',
          },
        });
        tab.addEventListener('click', () => {
          this.act = id;
          this.render();
          (this.element.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement | null)?.focus();
        });
        tab.addEventListener('keydown', (event) => {
          const index = acts.indexOf(id);
          const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
          if (step === 0) return;
          event.preventDefault();
          this.act = acts[(index + step + acts.length) % acts.length]!;
          this.render();
          (this.element.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement | null)?.focus();
        });
        return tab;
      }),
    );

    // Leaderboard.
    const hours = (value: number | null) => (value === null ? '–' : this.format.hours(value));
    const ranked = leaderboard(ofAct, act);
    // One class in the room: its name goes in the handout heading, not in every row.
    const showClass = new Set(ranked.map(({ result }) => result.className)).size > 1;
    const columns = [
      'rank',
      'name',
      ...(showClass ? ['class'] : []),
      'seed',
      'score',
      'stars',
      'lead',
      'batch',
      'improvement',
      'outage',
      'dora',
    ];
    const table = el('table', { className: 'leaderboard' }, [
      el('caption', {}, [
        this.t('facilitator.results.leaderboard', { act: this.t(ACT_KEYS[act]) }),
        !showClass && ranked[0]?.result.className ? ' · ' : null,
        !showClass && ranked[0]?.result.className ? nameNode(ranked[0].result.className) : null,
      ]),
      el('thead', {}, [
        el(
          'tr',
          {},
          columns.map((column) =>
            el('th', { text: this.t(`facilitator.results.${column}`), attrs: { scope: 'col' } }),
          ),
        ),
      ]),
      el(
        'tbody',
        {},
        ranked.map(({ rank, result }) =>
          el('tr', { className: otherSeed(result) ? 'other-seed' : '' }, [
            el('td', { className: 'num', text: this.format.number(rank, 0) }),
            el('th', { attrs: { scope: 'row' } }, [
              nameNode(result.name || this.t('facilitator.results.anonymous')),
            ]),
            showClass ? el('td', {}, [nameNode(result.className)]) : null,
            this.seedCell(result.seed, classSeed),
            el('td', { className: 'num score', text: this.format.number(result.score, 0) }),
            el('td', {
              className: 'stars',
              text: '★'.repeat(result.stars) + '☆'.repeat(3 - result.stars),
              attrs: { 'aria-label': this.t('acts.stars', { count: result.stars }) },
            }),
            el('td', { className: 'num', text: hours(result.metrics.leadTimeP50) }),
            el('td', {
              className: 'num',
              text:
                result.metrics.avgReleaseSize === null
                  ? '–'
                  : this.format.number(result.metrics.avgReleaseSize, 1),
            }),
            el('td', { className: 'num', text: this.format.percent(result.metrics.improvementShare) }),
            el('td', { className: 'num', text: hours(result.metrics.outageHours) }),
            el('td', {}, [
              // Throughput, then stability: where the column is short of room the pairs stack.
              el(
                'div',
                { className: 'bands' },
                (
                  [
                    ['deploymentFrequency', 'leadTime'],
                    ['changeFailureRate', 'timeToRestore'],
                  ] as const
                ).map((pair) =>
                  el(
                    'span',
                    { className: 'band-pair' },
                    pair.map((key) =>
                      el('span', {
                        className: `band band-${result.dora[key]}`,
                        text: this.t(`dora.band.${result.dora[key]}`),
                        attrs: { title: this.t(`dora.${key}`) },
                      }),
                    ),
                  ),
                ),
              ),
            ]),
          ]),
        ),
      ),
    ]);

    // Debrief sentences.
    const insights = classInsights(ofAct, this.format);
    const insightList = el(
      'ul',
      { className: 'insights' },
      insights.map((insight) => el('li', { text: this.t(insight.key, insight.params) })),
    );

    // Charts.
    const canvas = (labelKey: string) =>
      el('canvas', { attrs: { role: 'img', 'aria-label': this.t(labelKey) } });
    const batchCanvas = canvas('facilitator.charts.batchTitle');
    const improvementCanvas = canvas('facilitator.charts.improvementTitle');
    const doraCanvas = canvas('facilitator.charts.doraTitle');
    const practiceCanvas = canvas('facilitator.charts.practiceTitle');
    const figure = (titleKey: string, c: HTMLCanvasElement) =>
      el('figure', { className: 'chart' }, [
        el('figcaption', { text: this.t(titleKey) }),
        el('div', { className: 'chart-box' }, [c]),
      ]);
    // The practice chart spans the row, one line per practice the act unlocked.
    const practiceFigure = figure('facilitator.charts.practiceTitle', practiceCanvas);
    practiceFigure.classList.add('wide');
    practiceFigure.style.setProperty('--rows', String(Math.max(1, practiceSpread(ofAct).length)));
    practiceFigure.append(el('p', { className: 'hint', text: this.t('facilitator.charts.practiceHint') }));

    const exportButton = el('button', {
      className: 'button primary',
      text: this.t('facilitator.results.export'),
      attrs: { type: 'button' },
    });
    exportButton.addEventListener('click', () => this.onExport());

    // The flag and the choice to leave those results out (only with a class seed to compare with).
    let seedFilter: HTMLElement | null = null;
    if (classSeed !== null && otherSeedCount > 0) {
      const checkbox = el('input', { attrs: { type: 'checkbox', id: 'hide-other-seeds' } });
      checkbox.checked = hiding;
      checkbox.addEventListener('change', () => {
        this.hideOtherSeeds = checkbox.checked;
        this.render();
        (this.element.querySelector('#hide-other-seeds') as HTMLElement | null)?.focus();
      });
      seedFilter = el('div', { className: 'seed-filter no-print' }, [
        el('p', {
          className: 'seed-warning',
          text: this.t('facilitator.results.otherSeeds', {
            count: otherSeedCount,
            players: this.count(otherSeedCount),
            seed: String(classSeed),
          }),
        }),
        el('label', { className: 'check', attrs: { for: 'hide-other-seeds' } }, [
          checkbox,
          ' ',
          this.t('facilitator.results.hideOtherSeeds', { seed: String(classSeed) }),
        ]),
      ]);
    }

    this.element.replaceChildren(
      el('div', { className: 'results-head' }, [
        heading,
        el('div', { className: 'row no-print' }, [exportButton]),
      ]),
      el('p', { className: 'hint', text: this.t('facilitator.results.verifiedNote') }),
      tabs,
      ...(seedFilter ? [seedFilter] : []),
      el('h3', { text: this.t('facilitator.insights.heading') }),
      insightList,
      el('div', { className: 'charts' }, [
        figure('facilitator.charts.batchTitle', batchCanvas),
        figure('facilitator.charts.improvementTitle', improvementCanvas),
        figure('facilitator.charts.doraTitle', doraCanvas),
        practiceFigure,
      ]),
      el('div', { className: 'table-wrap' }, [table]),
    );
    this.renderHandoutHead(act, ofAct.length, results);
    const canvases = {
      batch: batchCanvas,
      improvement: improvementCanvas,
      dora: doraCanvas,
      practices: practiceCanvas,
    };
    const text: ChartText = {
      locale: this.translator.language,
      textScale,
      number: (value, digits) => this.format.number(value, digits),
      t: (key, options) => this.t(key, options),
      hours: (value) => this.format.hours(value),
      percent: (value) => this.format.percent(value),
      practice: (name) => this.format.practice(name),
      points: (value) => this.format.points(value),
    };
    if (progressive) return this.charts.renderProgressively(canvases, ofAct, mode, text, nextFrame);
    this.charts.render(canvases, ofAct, mode, text);
  }

  /** The run's seed; flagged when it is not the class link's. */
  private seedCell(seed: number, classSeed: number | null): HTMLElement {
    if (classSeed === null || seed === classSeed)
      return el('td', { className: 'num seed', text: String(seed) });
    const note = this.t('facilitator.results.otherSeed', { seed: String(classSeed) });
    return el('td', { className: 'num seed seed-other', attrs: { title: note } }, [
      el('span', { className: 'flag', text: '≠ ', attrs: { 'aria-hidden': 'true' } }),
      String(seed),
      el('span', { className: 'visually-hidden', text: ` (${note})` }),
    ]);
  }

  private renderHandoutHead(act: ScenarioId, count: number, results: readonly VerifiedResult[]): void {
    const classes = [...new Set(results.filter((r) => r.scenario === act).map((r) => r.className))].filter(
      (name) => name !== '',
    );
    const date = new Intl.DateTimeFormat(this.translator.language, { dateStyle: 'long' }).format(new Date());
    const parts: HTMLElement[] = [
      el('h1', { text: this.t('facilitator.handout.heading', { act: this.t(ACT_KEYS[act]) }) }),
      el('p', { text: this.t('facilitator.handout.date', { date, count }) }),
    ];
    this.handoutFoot.replaceChildren(
      el('h3', { text: this.t('facilitator.handout.questionsHeading') }),
      el(
        'ol',
        {},
        [1, 2, 3].map((n) => el('li', { text: this.t(`facilitator.handout.question${n}`) })),
      ),
    );
    if (classes.length > 0) {
      parts.splice(
        1,
        0,
        el('p', {}, [this.t('facilitator.handout.class'), ' ', nameNode(classes.join(', '))]),
      );
    }
    this.handoutHead.replaceChildren(...parts);
  }
}
