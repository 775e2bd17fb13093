// The facilitator page: make a class link (and its QR code), collect result codes, verify each by
// re-simulation, and show the class's leaderboard, charts and debrief sentences. DOM only; every name
// and every pasted string is set with textContent. One file per section (share, collect, results); this
// holds the header, the flow of a paste and the page's modes (projector, print).
import emblemUrl from '../../assets/emblem.svg';
import type { ScenarioId } from '../engine';
import { type Language, SUPPORTED_LANGUAGES, type Translator } from '../i18n';
import { formatDuration } from '../i18n/format';
import { type SettingsStore, TEXT_SIZES, type TextSize } from '../platform/settings';
import { type KeyValueStorage, memoryStorage } from '../platform/storage';
import { textScale } from '../shared/text-size';
import { Bindings } from './bindings';
import type { ChartMode } from './chart-style';
import type { Formatter } from './class-stats';
import { type StoredClass, saveClassCodes } from './class-store';
import { CollectSection, type Notice } from './collect-section';
import { type AddEntry, type AddSummary, CLASS_LIMITS, ResultCollection, type Verify } from './collection';
import { resultsCsv } from './csv';
import { download, el } from './dom';
import { ResultsSection } from './results-section';
import { ShareSection } from './share-section';

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
    /** The font size (CSS px) each chart's axis is labelled at. */
    chartFonts: number[];
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
  private readonly bindings: Bindings;
  private readonly share: ShareSection;
  private readonly collect: CollectSection;
  private readonly results: ResultsSection;
  private projector = false;
  private printing = false;
  private lastSummary: AddSummary | null = null;
  /** Notes that stay until the next paste: a file refused, a stored class cut to the limit. */
  private notices: Notice[] = [];
  private busy = false;
  private readonly projectorButton: HTMLButtonElement;
  private readonly languageSelect: HTMLSelectElement;
  private readonly languageWarning = el('p', {
    className: 'language-warning no-print',
    attrs: { role: 'alert', hidden: '' },
  });
  private readonly textSizeSelect: HTMLSelectElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly translator: Translator,
    private readonly settings: SettingsStore,
    private readonly verify: Verify,
    private readonly storage: KeyValueStorage = memoryStorage(),
  ) {
    const bindings = new Bindings(translator);
    this.bindings = bindings;

    // Header
    this.languageSelect = el(
      'select',
      { attrs: { id: 'language' } },
      SUPPORTED_LANGUAGES.map((language) => el('option', { attrs: { value: language } })),
    );
    this.languageSelect.addEventListener('change', () => {
      // main.ts follows the setting (followLanguageSetting).
      this.settings.update({ language: this.languageSelect.value as Language });
    });
    // The game's text size, shared through this browser's storage: a facilitator on a projector can set
    // it here too (main.ts applies it to the page; the charts are redrawn with it).
    this.textSizeSelect = el(
      'select',
      { attrs: { id: 'text-size' } },
      TEXT_SIZES.map((size) => el('option', { attrs: { value: String(size) } })),
    );
    this.textSizeSelect.addEventListener('change', () => {
      const size = Number(this.textSizeSelect.value) as TextSize;
      if (TEXT_SIZES.includes(size)) this.settings.update({ textSize: size });
    });
    let shownTextSize = settings.value.textSize;
    settings.subscribe((value) => {
      if (value.textSize === shownTextSize) return;
      shownTextSize = value.textSize;
      this.textSizeSelect.value = String(value.textSize);
      this.results.render();
    });
    this.projectorButton = bindings.button(
      'facilitator.projector',
      () => this.setProjector(!this.projector),
      'button toggle',
    );
    const header = el('header', { className: 'top no-print' }, [
      el('div', { className: 'brand' }, [
        el('img', { attrs: { src: emblemUrl, alt: '', width: '40', height: '40' } }),
        el('div', {}, [
          bindings.text(el('div', { className: 'app-name' }), 'app.name'),
          bindings.text(el('h1', {}), 'facilitator.heading'),
        ]),
      ]),
      el('div', { className: 'tools' }, [
        el('div', { className: 'field inline' }, [
          bindings.text(el('label', { attrs: { for: 'language' } }), 'facilitator.language'),
          this.languageSelect,
        ]),
        el('div', { className: 'field inline' }, [
          bindings.text(el('label', { attrs: { for: 'text-size' } }), 'textSize.label'),
          this.textSizeSelect,
        ]),
        this.projectorButton,
        bindings.button('facilitator.print', () => this.printHandout()),
      ]),
    ]);
    const privacy = bindings.text(el('p', { className: 'privacy no-print' }), 'facilitator.privacy');

    // 1 · Share a scenario, 2 · Collect codes, 3 · Results
    this.share = new ShareSection(bindings, this.storage, () => this.results.render());
    this.collect = new CollectSection(bindings, this.format, {
      verifyPasted: () => void this.verifyPasted(),
      loadFiles: (input) => void this.loadFiles(input),
      clearClass: () => this.clearClass(),
    });
    this.results = new ResultsSection(
      this.translator,
      this.format,
      () => ({
        results: this.collection.results,
        classSeed: this.share.classSeed(),
        mode: this.chartMode(),
        textScale: textScale(this.settings.value.textSize),
      }),
      () => this.exportCsv(),
    );

    const main = el('main', {}, [
      this.languageWarning,
      privacy,
      el('div', { className: 'two' }, [this.share.element, this.collect.element]),
      this.collect.rejectedBox,
      this.results.handoutHead,
      this.results.element,
      this.results.handoutFoot,
    ]);
    this.root.replaceChildren(header, main);

    this.translator.onLanguageChanged(() => {
      this.languageWarning.hidden = true;
      this.renderAll();
    });
    // A language that could not be downloaded: the page stays as it is and says so.
    this.translator.onLanguageUnavailable((language) => {
      this.languageSelect.value = this.translator.language;
      this.languageWarning.textContent = this.t('facilitator.languageUnavailable', {
        language: this.t(`language.${language}`),
      });
      this.languageWarning.hidden = false;
    });
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
    this.bindings.applyAll();
    for (const option of Array.from(this.languageSelect.options))
      option.textContent = this.t(`language.${option.value}`);
    this.languageSelect.value = this.translator.language;
    for (const option of Array.from(this.textSizeSelect.options))
      option.textContent = this.translator.formatNumber(Number(option.value) / 100, { style: 'percent' });
    this.textSizeSelect.value = String(this.settings.value.textSize);
    this.projectorButton.setAttribute('aria-pressed', String(this.projector));
    this.share.renderAll();
    this.renderStatus();
    this.collect.renderRejected(this.collection);
    this.results.render();
  }

  private renderStatus(): void {
    if (this.busy) return;
    this.collect.renderStatus(this.lastSummary, this.notices);
  }

  private chartMode(): ChartMode {
    return this.printing ? 'print' : this.projector ? 'projector' : 'screen';
  }

  // --------------------------------------------------------------------------------------------
  // Actions

  private async verifyPasted(): Promise<void> {
    const text = this.collect.codesInput.value;
    // Past the limit the text stays in the field, to be split.
    if (this.refuseOversized(text)) return;
    this.collect.codesInput.value = '';
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
    this.collect.startProgress();
    const start = performance.now();
    let verified = start;
    try {
      const { entries, summary } = await this.collection.add(text, this.verify, {
        scan: {
          onProgress: (done, total) => this.collect.showProgress(done, total, false),
        },
        onProgress: (done, total) => this.collect.showProgress(done, total, true),
      });
      verified = performance.now();
      this.lastSummary = summary;
      saveClassCodes(
        this.storage,
        this.collection.results.map((result) => result.code),
      );
      // Show the act that was just added.
      const added = entries.find((e) => e.ok);
      if (added?.ok) this.results.act = added.scenario as ScenarioId;
      return entries;
    } finally {
      this.busy = false;
      this.collect.endProgress();
      this.renderStatus();
      this.collect.renderRejected(this.collection);
      await this.results.render(true);
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
    this.results.render();
  }

  private enterPrint(): void {
    if (this.printing) return;
    this.printing = true;
    document.body.classList.add('printing');
    this.results.render();
  }

  private leavePrint(): void {
    if (!this.printing) return;
    this.printing = false;
    document.body.classList.remove('printing');
    this.results.render();
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
        act: this.results.act,
        rows: this.results.element.querySelectorAll('table.leaderboard tbody tr').length,
        chartPoints: this.results.charts.pointCounts(),
        chartFonts: this.results.charts.tickFontSizes(),
        timings: { ...this.timings },
        notCodeLines: this.collection.notCodes.lines,
        rejectedRows: this.collect.rejectedBox.querySelectorAll('tbody tr').length,
        otherSeedRows: this.results.element.querySelectorAll('table.leaderboard td.seed-other').length,
        status: this.collect.status.textContent ?? '',
      }),
      csv: () => this.csv(),
      setProjector: (on) => this.setProjector(on),
    };
  }
}

/** Simulated hours as the game shows them: hours under a working day, else working days. */
export function formatHours(translator: Translator, hours: number): string {
  return formatDuration(translator, hours);
}
