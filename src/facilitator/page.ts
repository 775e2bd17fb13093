// The facilitator page: make a class link (and its QR code), collect result codes, verify each by
// re-simulation, and show the class's leaderboard, charts and debrief sentences. DOM only; every name
// and every pasted string is set with textContent.
import emblemUrl from '../../assets/emblem.svg';
import type { ScenarioId } from '../engine';
import { type Language, SUPPORTED_LANGUAGES, type Translator } from '../i18n';
import { formatDuration } from '../i18n/format';
import { qrSvgDataUrl } from '../platform/qr';
import { CODE_LIMITS, scenarioLink } from '../platform/result-code';
import type { SettingsStore } from '../platform/settings';
import { type KeyValueStorage, memoryStorage } from '../platform/storage';
import type { ChartMode } from './chart-style';
import { type ChartText, ClassCharts } from './charts';
import {
  ACT_ORDER,
  actsPresent,
  classInsights,
  type Formatter,
  leaderboard,
  practiceSpread,
} from './class-stats';
import { loadShareSettings, type StoredClass, saveClassCodes, saveShareSettings } from './class-store';
import { type AddEntry, type AddSummary, CLASS_LIMITS, ResultCollection, type Verify } from './collection';
import { resultsCsv } from './csv';
import { clear, copyText, download, el, nameNode } from './dom';
import { reasonKey } from './reasons';
import { nextFrame } from './scan';
import type { RejectedCode, VerifiedResult } from './verify';

const ACT_KEYS: Record<ScenarioId, string> = {
  'first-way': 'acts.firstWay.name',
  'second-way': 'acts.secondWay.name',
  'third-way': 'acts.thirdWay.name',
  finale: 'acts.finale.name',
};
const MAX_SEED = 2 ** 31 - 1;

/** A note for the status line, translated when shown (so it follows a change of language). */
interface Notice {
  key: string;
  params: Record<string, unknown>;
}

/** What the browser tests drive (`window.__facilitator`, only with `?e2e`). */
export interface FacilitatorTestApi {
  readonly ready: boolean;
  addCodes(text: string): Promise<AddEntry[]>;
  /** Counts of what the page shows now. */
  state(): {
    results: number;
    rejected: number;
    act: string | null;
    rows: number;
    chartPoints: number[];
    /** How long the last paste took: verification (workers) and showing the class (main thread). */
    timings: { verifyMs: number; renderMs: number };
    /** Non-code lines counted so far, and rejected codes listed as rows. */
    notCodeLines: number;
    rejectedRows: number;
    /** Leaderboard rows whose seed is not the class link's. */
    otherSeedRows: number;
    /** The status line as shown. */
    status: string;
  };
  csv(): string;
  setProjector(on: boolean): void;
}

export class FacilitatorPage {
  private readonly collection = new ResultCollection();
  private readonly charts = new ClassCharts();
  private readonly bindings: (() => void)[] = [];
  private act: ScenarioId | null = null;
  private projector = false;
  private printing = false;
  private lastSummary: AddSummary | null = null;
  /** Notes that stay until the next paste: a file refused, a stored class cut to the limit. */
  private notices: Notice[] = [];
  private hideOtherSeeds = false;
  private busy = false;

  // Elements that are re-rendered.
  private readonly linkOutput: HTMLInputElement;
  private readonly qrImage: HTMLImageElement;
  private readonly qrNote: HTMLElement;
  private readonly actSelect: HTMLSelectElement;
  private readonly seedInput: HTMLInputElement;
  private readonly classInput: HTMLInputElement;
  private readonly shareStatus: HTMLElement;
  private readonly codesInput: HTMLTextAreaElement;
  private readonly progress: HTMLProgressElement;
  private readonly status: HTMLElement;
  private readonly rejectedBox: HTMLElement;
  private readonly resultsBox: HTMLElement;
  private readonly handoutHead: HTMLElement;
  private readonly handoutFoot: HTMLElement;
  private readonly projectorButton: HTMLButtonElement;
  private readonly languageSelect: HTMLSelectElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly translator: Translator,
    private readonly settings: SettingsStore,
    private readonly verify: Verify,
    private readonly storage: KeyValueStorage = memoryStorage(),
  ) {
    const t = (key: string) => this.translator.t(key);
    const bindText = (element: HTMLElement, key: string) => {
      const apply = () => {
        element.textContent = t(key);
      };
      apply();
      this.bindings.push(apply);
      return element;
    };
    const bindAttr = (element: HTMLElement, attr: string, key: string) => {
      const apply = () => element.setAttribute(attr, t(key));
      apply();
      this.bindings.push(apply);
      return element;
    };
    const button = (key: string, onClick: () => void, className = 'button') => {
      const b = bindText(el('button', { className, attrs: { type: 'button' } }), key) as HTMLButtonElement;
      b.addEventListener('click', onClick);
      return b;
    };
    const label = (key: string, control: HTMLElement, id: string) => {
      control.id = id;
      return el('div', { className: 'field' }, [bindText(el('label', { attrs: { for: id } }), key), control]);
    };

    // Header
    this.languageSelect = el(
      'select',
      { attrs: { id: 'language' } },
      SUPPORTED_LANGUAGES.map((language) => el('option', { attrs: { value: language } })),
    );
    this.languageSelect.addEventListener('change', () => {
      const language = this.languageSelect.value as Language;
      this.settings.update({ language });
      void this.translator.setLanguage(language);
    });
    this.projectorButton = button(
      'facilitator.projector',
      () => this.setProjector(!this.projector),
      'button toggle',
    );
    const header = el('header', { className: 'top no-print' }, [
      el('div', { className: 'brand' }, [
        el('img', { attrs: { src: emblemUrl, alt: '', width: '40', height: '40' } }),
        el('div', {}, [
          bindText(el('div', { className: 'app-name' }), 'app.name'),
          bindText(el('h1', {}), 'facilitator.heading'),
        ]),
      ]),
      el('div', { className: 'tools' }, [
        el('div', { className: 'field inline' }, [
          bindText(el('label', { attrs: { for: 'language' } }), 'facilitator.language'),
          this.languageSelect,
        ]),
        this.projectorButton,
        button('facilitator.print', () => this.printHandout()),
      ]),
    ]);
    const privacy = bindText(el('p', { className: 'privacy no-print' }), 'facilitator.privacy');

    // 1 · Share a scenario
    this.actSelect = el(
      'select',
      {},
      ACT_ORDER.map((act) => el('option', { attrs: { value: act } })),
    );
    this.seedInput = el('input', {
      attrs: { type: 'number', min: '1', max: String(2 ** 31 - 1), step: '1', inputmode: 'numeric' },
    });
    this.classInput = el('input', {
      attrs: { type: 'text', maxlength: String(CODE_LIMITS.className), autocomplete: 'off' },
    });
    // The class link made last time on this page: results are compared with its seed.
    const share = loadShareSettings(this.storage);
    this.seedInput.value = String(share?.seed ?? randomSeed());
    if (share) {
      if ((ACT_ORDER as readonly string[]).includes(share.act)) this.actSelect.value = share.act;
      this.classInput.value = share.className;
    }
    this.linkOutput = el('input', { className: 'link', attrs: { type: 'text', readonly: '' } });
    this.qrImage = el('img', { className: 'qr', attrs: { width: '240', height: '240' } });
    bindAttr(this.qrImage, 'alt', 'facilitator.share.qrAlt');
    this.qrNote = el('p', { className: 'note' });
    this.shareStatus = el('p', { className: 'note', attrs: { role: 'status' } });
    for (const input of [this.actSelect, this.seedInput, this.classInput]) {
      input.addEventListener('input', () => this.renderLink());
    }
    // A new class seed changes which results are flagged.
    let shownSeed = this.classSeed();
    this.seedInput.addEventListener('input', () => {
      if (this.classSeed() === shownSeed) return;
      shownSeed = this.classSeed();
      this.renderResults();
    });
    const shareSection = el(
      'section',
      { className: 'card share no-print', attrs: { 'aria-labelledby': 'share-heading' } },
      [
        bindText(el('h2', { attrs: { id: 'share-heading' } }), 'facilitator.share.heading'),
        bindText(el('p', { className: 'hint' }), 'facilitator.share.hint'),
        el('div', { className: 'share-grid' }, [
          el('div', {}, [
            label('facilitator.share.act', this.actSelect, 'share-act'),
            el('div', { className: 'row nowrap' }, [
              label('facilitator.share.seed', this.seedInput, 'share-seed'),
              button('facilitator.share.newSeed', () => {
                this.seedInput.value = String(randomSeed());
                this.renderLink();
                this.renderResults();
              }),
            ]),
            label('facilitator.share.className', this.classInput, 'share-class'),
            label('facilitator.share.link', this.linkOutput, 'share-link'),
            el('div', { className: 'row' }, [
              button('facilitator.share.copy', () => void this.copyLink(), 'button primary'),
              this.shareStatus,
            ]),
          ]),
          el('div', { className: 'qr-box' }, [this.qrImage, this.qrNote]),
        ]),
      ],
    );

    // 2 · Collect codes
    this.codesInput = el('textarea', {
      attrs: { rows: '6', spellcheck: 'false', autocomplete: 'off', id: 'codes' },
    });
    bindAttr(this.codesInput, 'placeholder', 'facilitator.collect.placeholder');
    const fileInput = el('input', {
      className: 'visually-hidden',
      attrs: {
        type: 'file',
        accept: '.txt,.csv,text/plain,text/csv',
        multiple: '',
        id: 'codes-file',
        tabindex: '-1',
      },
    });
    fileInput.addEventListener('change', () => void this.loadFiles(fileInput));
    const fileButton = bindText(
      el('label', { className: 'button', attrs: { for: 'codes-file', tabindex: '0', role: 'button' } }),
      'facilitator.collect.load',
    );
    fileButton.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        fileInput.click();
      }
    });
    // The limits, stated before anyone reaches them.
    const limitsHint = el('p', { className: 'hint limits' });
    this.bindings.push(() => {
      limitsHint.textContent = this.t('facilitator.collect.limits', {
        size: this.inputLimit(),
        results: this.count(CLASS_LIMITS.results),
      });
    });
    this.progress = el('progress', { attrs: { max: '1', value: '0' } });
    this.progress.hidden = true;
    this.status = el('p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
    const collectSection = el(
      'section',
      { className: 'card collect no-print', attrs: { 'aria-labelledby': 'collect-heading' } },
      [
        bindText(el('h2', { attrs: { id: 'collect-heading' } }), 'facilitator.collect.heading'),
        bindText(el('p', { className: 'hint' }), 'facilitator.collect.hint'),
        limitsHint,
        bindText(
          el('label', { className: 'visually-hidden', attrs: { for: 'codes' } }),
          'facilitator.collect.heading',
        ),
        this.codesInput,
        el('div', { className: 'row' }, [
          button('facilitator.collect.verify', () => void this.verifyPasted(), 'button primary'),
          fileButton,
          fileInput,
          button('facilitator.collect.clear', () => this.clearClass(), 'button quiet'),
        ]),
        this.progress,
        this.status,
      ],
    );
    this.rejectedBox = el('section', {
      className: 'card rejected no-print',
      attrs: { 'aria-live': 'polite' },
    });
    this.rejectedBox.hidden = true;

    // 3 · Results
    this.handoutHead = el('div', { className: 'handout-head print-only' });
    this.resultsBox = el('section', {
      className: 'card results',
      attrs: { 'aria-labelledby': 'results-heading' },
    });
    this.handoutFoot = el('div', { className: 'handout-foot print-only' });

    const main = el('main', {}, [
      privacy,
      el('div', { className: 'two' }, [shareSection, collectSection]),
      this.rejectedBox,
      this.handoutHead,
      this.resultsBox,
      this.handoutFoot,
    ]);
    this.root.replaceChildren(header, main);

    this.translator.onLanguageChanged(() => this.renderAll());
    window.addEventListener('beforeprint', () => this.enterPrint());
    window.addEventListener('afterprint', () => this.leavePrint());
    this.renderAll();
  }

  // --------------------------------------------------------------------------------------------
  // Rendering

  private t(key: string, options?: Record<string, unknown>): string {
    return this.translator.t(key, options);
  }

  private readonly format: Formatter = {
    hours: (value) => formatHours(this.translator, value),
    percent: (value) => this.translator.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 }),
    number: (value, digits = 1) => this.translator.formatNumber(value, { maximumFractionDigits: digits }),
    practice: (name) => this.translator.t(`practice.${name}`),
    points: (value) =>
      this.translator.formatNumber(value, { signDisplay: 'exceptZero', maximumFractionDigits: 0 }),
  };

  private renderAll(): void {
    document.documentElement.lang = this.translator.language;
    document.title = this.t('facilitator.title');
    for (const apply of this.bindings) apply();
    for (const option of Array.from(this.languageSelect.options))
      option.textContent = this.t(`language.${option.value}`);
    this.languageSelect.value = this.translator.language;
    for (const option of Array.from(this.actSelect.options))
      option.textContent = this.t(ACT_KEYS[option.value as ScenarioId]);
    this.projectorButton.setAttribute('aria-pressed', String(this.projector));
    this.renderLink();
    this.renderStatus();
    this.renderRejected();
    this.renderResults();
  }

  /** The seed of the class link (section 1), or null while the field does not hold a valid one. */
  private classSeed(): number | null {
    const text = this.seedInput.value.trim();
    const seed = Number(text);
    return text !== '' && Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED ? seed : null;
  }

  private renderLink(): void {
    const seed = this.classSeed();
    const valid = seed !== null;
    this.seedInput.setAttribute('aria-invalid', String(!valid));
    if (!valid) {
      this.linkOutput.value = '';
      this.qrImage.removeAttribute('src');
      this.qrNote.textContent = this.t('facilitator.share.badSeed');
      return;
    }
    saveShareSettings(this.storage, {
      act: this.actSelect.value,
      seed,
      className: this.classInput.value,
    });
    const link = scenarioLink(window.location.href, this.actSelect.value, seed, this.classInput.value);
    this.linkOutput.value = link;
    const qr = qrSvgDataUrl(link);
    if (qr) this.qrImage.src = qr;
    else this.qrImage.removeAttribute('src');
    this.qrNote.textContent = '';
  }

  private count(value: number): string {
    return this.format.number(value, 0);
  }

  private renderStatus(): void {
    if (this.busy) return;
    const summary = this.lastSummary;
    const lines: string[] = [];
    if (summary) {
      const codes = summary.verified + summary.rejected + summary.duplicates;
      if (codes === 0) lines.push(this.t('facilitator.collect.none'));
      else lines.push(this.t('facilitator.collect.summary', { ...summary }));
      if (summary.notCodeLines > 0)
        lines.push(
          this.t('facilitator.collect.notCodes', {
            count: summary.notCodeLines,
            lines: this.count(summary.notCodeLines),
          }),
        );
      if (summary.classFull > 0)
        lines.push(
          this.t('facilitator.collect.classFull', {
            count: summary.classFull,
            more: this.count(summary.classFull),
            limit: this.count(CLASS_LIMITS.results),
          }),
        );
      if (summary.skipped > 0)
        lines.push(
          this.t('facilitator.collect.skipped', {
            count: summary.skipped,
            more: this.count(summary.skipped),
            limit: this.count(CLASS_LIMITS.codesPerAdd),
          }),
        );
    }
    for (const notice of this.notices) {
      const params = Object.fromEntries(
        Object.entries(notice.params).map(([key, value]) => [
          key,
          typeof value === 'number' ? this.count(value) : value,
        ]),
      );
      lines.push(
        this.t(notice.key, { ...params, limit: this.inputLimit(), max: this.count(CLASS_LIMITS.results) }),
      );
    }
    this.status.replaceChildren(...lines.map((line) => el('span', { className: 'status-line', text: line })));
  }

  /** "2 MB", in the page's language. */
  private inputLimit(): string {
    return this.t('facilitator.collect.megabytes', {
      value: this.format.number(CLASS_LIMITS.inputBytes / (1024 * 1024), 0),
    });
  }

  private reasonText(rejected: RejectedCode): string {
    return this.t(reasonKey(rejected), { detail: rejected.detail });
  }

  private renderRejected(): void {
    const rejected = this.collection.rejected;
    const notCodes = this.collection.notCodes;
    const total = this.collection.rejectedCount + notCodes.lines;
    this.rejectedBox.hidden = total === 0;
    if (total === 0) {
      clear(this.rejectedBox);
      return;
    }
    // Lines that were not codes: a count and a few examples, never a row each.
    const notCodeSummary =
      notCodes.lines > 0
        ? el('div', { className: 'not-codes' }, [
            el('p', {
              text: this.t('facilitator.rejected.notCodes', {
                count: notCodes.lines,
                lines: this.count(notCodes.lines),
              }),
            }),
            el(
              'ul',
              { className: 'examples mono' },
              notCodes.examples.map((example) =>
                el('li', {}, [el('bdi', { text: example, attrs: { dir: 'ltr' } })]),
              ),
            ),
          ])
        : null;
    const unlisted = this.collection.rejectedCount - rejected.length;
    const more =
      unlisted > 0
        ? el('p', {
            className: 'hint',
            text: this.t('facilitator.rejected.more', { count: unlisted, more: this.count(unlisted) }),
          })
        : null;
    const rows = rejected.map((item) =>
      el('tr', {}, [
        el('td', { className: 'mono' }, [el('bdi', { text: item.excerpt, attrs: { dir: 'ltr' } })]),
        el('td', { text: this.reasonText(item) }),
      ]),
    );
    const parts: (HTMLElement | null)[] = [
      el('h2', { text: this.t('facilitator.rejected.heading', { count: this.count(total) }) }),
      el('p', { className: 'hint', text: this.t('facilitator.rejected.hint') }),
      notCodeSummary,
      rejected.length === 0
        ? null
        : el('div', { className: 'table-wrap' }, [
            el('table', {}, [
              el('thead', {}, [
                el('tr', {}, [
                  el('th', { text: this.t('facilitator.rejected.input'), attrs: { scope: 'col' } }),
                  el('th', { text: this.t('facilitator.rejected.reason'), attrs: { scope: 'col' } }),
                ]),
              ]),
              el('tbody', {}, rows),
            ]),
          ]),
      more,
    ];
    this.rejectedBox.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
  }

  private chartMode(): ChartMode {
    return this.printing ? 'print' : this.projector ? 'projector' : 'screen';
  }

  /** With `progressive`, the charts are drawn one per frame after the rest (after a paste). */
  private renderResults(progressive = false): Promise<void> | undefined {
    const results = this.collection.results;
    const acts = actsPresent(results);
    if (this.act === null || !acts.includes(this.act)) this.act = acts[0] ?? null;
    const act = this.act;
    this.charts.destroy();
    const heading = el('h2', {
      text: this.t('facilitator.results.heading'),
      attrs: { id: 'results-heading' },
    });
    if (act === null) {
      this.resultsBox.replaceChildren(
        heading,
        el('p', { className: 'hint', text: this.t('facilitator.results.empty') }),
      );
      clear(this.handoutHead);
      clear(this.handoutFoot);
      return;
    }
    // Results of another seed than the class link's are flagged, and can be left out.
    const classSeed = this.classSeed();
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
          this.renderResults();
          (
            this.resultsBox.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement | null
          )?.focus();
        });
        tab.addEventListener('keydown', (event) => {
          const index = acts.indexOf(id);
          const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
          if (step === 0) return;
          event.preventDefault();
          this.act = acts[(index + step + acts.length) % acts.length]!;
          this.renderResults();
          (
            this.resultsBox.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement | null
          )?.focus();
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
            el(
              'td',
              { className: 'bands' },
              (['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const).map(
                (key) =>
                  el('span', {
                    className: `band band-${result.dora[key]}`,
                    text: this.t(`dora.band.${result.dora[key]}`),
                    attrs: { title: this.t(`dora.${key}`) },
                  }),
              ),
            ),
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
    exportButton.addEventListener('click', () => this.exportCsv());

    // The flag and the choice to leave those results out (only with a class seed to compare with).
    let seedFilter: HTMLElement | null = null;
    if (classSeed !== null && otherSeedCount > 0) {
      const checkbox = el('input', { attrs: { type: 'checkbox', id: 'hide-other-seeds' } });
      checkbox.checked = hiding;
      checkbox.addEventListener('change', () => {
        this.hideOtherSeeds = checkbox.checked;
        this.renderResults();
        (this.resultsBox.querySelector('#hide-other-seeds') as HTMLElement | null)?.focus();
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

    this.resultsBox.replaceChildren(
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
    this.renderHandoutHead(act, ofAct.length);
    const canvases = {
      batch: batchCanvas,
      improvement: improvementCanvas,
      dora: doraCanvas,
      practices: practiceCanvas,
    };
    const text: ChartText = {
      locale: this.translator.language,
      number: (value, digits) => this.format.number(value, digits),
      t: (key, options) => this.t(key, options),
      hours: (value) => this.format.hours(value),
      percent: (value) => this.format.percent(value),
      practice: (name) => this.format.practice(name),
      points: (value) => this.format.points(value),
    };
    if (progressive)
      return this.charts.renderProgressively(canvases, ofAct, this.chartMode(), text, nextFrame);
    this.charts.render(canvases, ofAct, this.chartMode(), text);
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

  private renderHandoutHead(act: ScenarioId, count: number): void {
    const classes = [
      ...new Set(this.collection.results.filter((r) => r.scenario === act).map((r) => r.className)),
    ].filter((name) => name !== '');
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

  // --------------------------------------------------------------------------------------------
  // Actions

  private async copyLink(): Promise<void> {
    const ok = this.linkOutput.value !== '' && (await copyText(this.linkOutput.value));
    this.shareStatus.textContent = this.t(ok ? 'facilitator.share.copied' : 'facilitator.share.copyFailed');
    if (!ok) this.linkOutput.select();
  }

  private async verifyPasted(): Promise<void> {
    const text = this.codesInput.value;
    // Past the limit the text stays in the field, to be split.
    if (this.refuseOversized(text)) return;
    this.codesInput.value = '';
    await this.addCodes(text);
  }

  /** Pasted text (or the test hook's): refused with a note when over the limit, else added. */
  private async addText(text: string): Promise<AddEntry[]> {
    return this.refuseOversized(text) ? [] : this.addCodes(text);
  }

  private refuseOversized(text: string): boolean {
    if (text.length <= CLASS_LIMITS.inputBytes) return false;
    this.lastSummary = null;
    this.notices = [{ key: 'facilitator.collect.pasteTooLarge', params: {} }];
    this.renderStatus();
    return true;
  }

  private async loadFiles(input: HTMLInputElement): Promise<void> {
    const files = Array.from(input.files ?? []);
    input.value = '';
    const texts: string[] = [];
    const notices: Notice[] = [];
    for (const file of files) {
      if (file.size > CLASS_LIMITS.inputBytes) {
        notices.push({ key: 'facilitator.collect.fileTooLarge', params: { name: file.name } });
        continue;
      }
      texts.push(await file.text());
    }
    if (notices.length > 0) notices.push({ key: 'facilitator.collect.fileLimit', params: {} });
    if (texts.length > 0) {
      await this.addCodes(texts.join('\n'), notices);
      return;
    }
    this.lastSummary = null;
    this.notices = notices;
    this.renderStatus();
  }

  /** The class kept in this browser (verified again), then any code opened as a link. */
  async restoreClass(stored: StoredClass, fromLink: string): Promise<void> {
    const notices: Notice[] =
      stored.stored > stored.codes.length
        ? [
            {
              key: 'facilitator.collect.storedTruncated',
              params: { kept: stored.codes.length, stored: stored.stored },
            },
          ]
        : [];
    if (stored.codes.length === 0 && fromLink === '') return;
    await this.addCodes([...stored.codes, fromLink].join('\n'), notices);
  }

  /**
   * Finds the codes in `text` a slice at a time, verifies them (in workers, with a progress bar) and
   * re-renders the class. `notices` are shown with the summary until the next paste.
   */
  async addCodes(text: string, notices: Notice[] = []): Promise<AddEntry[]> {
    while (this.busy) await new Promise((resolve) => setTimeout(resolve, 20));
    this.busy = true;
    this.notices = notices;
    this.progress.hidden = false;
    this.progress.value = 0;
    this.status.textContent = this.t('facilitator.collect.reading');
    const start = performance.now();
    let verified = start;
    try {
      const { entries, summary } = await this.collection.add(text, this.verify, {
        scan: {
          onProgress: (done, total) => {
            this.progress.max = total;
            this.progress.value = done;
          },
        },
        onProgress: (done, total) => {
          this.progress.max = total;
          this.progress.value = done;
          this.status.textContent = this.t('facilitator.collect.progress', { done, total });
        },
      });
      verified = performance.now();
      this.lastSummary = summary;
      saveClassCodes(
        this.storage,
        this.collection.results.map((result) => result.code),
      );
      // Show the act that was just added.
      const added = entries.find((e) => e.ok);
      if (added?.ok) this.act = added.scenario as ScenarioId;
      return entries;
    } finally {
      this.busy = false;
      this.progress.hidden = true;
      this.renderStatus();
      this.renderRejected();
      await this.renderResults(true);
      this.timings = { verifyMs: verified - start, renderMs: performance.now() - verified };
    }
  }

  /** How long the last paste took to verify and to show (for the benchmark). */
  private timings = { verifyMs: 0, renderMs: 0 };

  private clearClass(): void {
    if (this.collection.results.length > 0 && !window.confirm(this.t('facilitator.collect.confirmClear')))
      return;
    this.collection.clear();
    saveClassCodes(this.storage, []);
    this.lastSummary = null;
    this.notices = [];
    this.renderAll();
  }

  csv(): string {
    return resultsCsv(this.collection.results);
  }

  private exportCsv(): void {
    const stamp = new Date().toISOString().slice(0, 10);
    download(`phoenix-ops-results-${stamp}.csv`, `\ufeff${this.csv()}`, 'text/csv;charset=utf-8');
  }

  setProjector(on: boolean): void {
    this.projector = on;
    document.documentElement.classList.toggle('projector', on);
    this.projectorButton.setAttribute('aria-pressed', String(on));
    this.renderResults();
  }

  private enterPrint(): void {
    if (this.printing) return;
    this.printing = true;
    document.body.classList.add('printing');
    this.renderResults();
  }

  private leavePrint(): void {
    if (!this.printing) return;
    this.printing = false;
    document.body.classList.remove('printing');
    this.renderResults();
  }

  private printHandout(): void {
    this.enterPrint();
    window.print();
    // Some browsers return from print() before afterprint; leave print mode either way.
    setTimeout(() => this.leavePrint(), 0);
  }

  testApi(): FacilitatorTestApi {
    return {
      ready: true,
      addCodes: (text) => this.addText(text),
      state: () => ({
        results: this.collection.results.length,
        rejected: this.collection.rejectedCount + this.collection.notCodes.lines,
        act: this.act,
        rows: this.resultsBox.querySelectorAll('table.leaderboard tbody tr').length,
        chartPoints: this.charts.pointCounts(),
        timings: { ...this.timings },
        notCodeLines: this.collection.notCodes.lines,
        rejectedRows: this.rejectedBox.querySelectorAll('tbody tr').length,
        otherSeedRows: this.resultsBox.querySelectorAll('table.leaderboard td.seed-other').length,
        status: this.status.textContent ?? '',
      }),
      csv: () => this.csv(),
      setProjector: (on) => this.setProjector(on),
    };
  }
}

function randomSeed(): number {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return 1 + (values[0]! % (2 ** 31 - 2));
}

/** Simulated hours as the game shows them: hours under a working day, else working days. */
export function formatHours(translator: Translator, hours: number): string {
  return formatDuration(translator, hours);
}
