// Section 2 of the facilitator page: paste or load result codes, a progress bar while they are verified,
// the status line (what the last paste gave, and any notes), and the box of codes that were refused.
import type { Bindings } from './bindings';
import type { Formatter } from './class-stats';
import { type AddSummary, CLASS_LIMITS, type ResultCollection } from './collection';
import { clear, el } from './dom';
import { reasonKey } from './reasons';

/** A note for the status line, translated when shown (so it follows a change of language). */
export interface Notice {
  key: string;
  params: Record<string, unknown>;
}

export interface CollectActions {
  verifyPasted(): void;
  loadFiles(input: HTMLInputElement): void;
  clearClass(): void;
}

export class CollectSection {
  readonly element: HTMLElement;
  /** The refused codes, a section of its own below sections 1 and 2. */
  readonly rejectedBox: HTMLElement;
  readonly codesInput: HTMLTextAreaElement;
  private readonly progress: HTMLProgressElement;
  readonly status: HTMLElement;

  constructor(
    private readonly bindings: Bindings,
    private readonly format: Formatter,
    actions: CollectActions,
  ) {
    this.codesInput = el('textarea', {
      attrs: { rows: '6', spellcheck: 'false', autocomplete: 'off', id: 'codes' },
    });
    bindings.attr(this.codesInput, 'placeholder', 'facilitator.collect.placeholder');
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
    fileInput.addEventListener('change', () => actions.loadFiles(fileInput));
    const fileButton = bindings.text(
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
    bindings.add(() => {
      limitsHint.textContent = bindings.t('facilitator.collect.limits', {
        size: this.inputLimit(),
        results: this.count(CLASS_LIMITS.results),
      });
    });
    this.progress = el('progress', { attrs: { max: '1', value: '0' } });
    this.progress.hidden = true;
    this.status = el('p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.element = el(
      'section',
      { className: 'card collect no-print', attrs: { 'aria-labelledby': 'collect-heading' } },
      [
        bindings.text(el('h2', { attrs: { id: 'collect-heading' } }), 'facilitator.collect.heading'),
        bindings.text(el('p', { className: 'hint' }), 'facilitator.collect.hint'),
        limitsHint,
        bindings.text(
          el('label', { className: 'visually-hidden', attrs: { for: 'codes' } }),
          'facilitator.collect.heading',
        ),
        this.codesInput,
        el('div', { className: 'row' }, [
          bindings.button('facilitator.collect.verify', () => actions.verifyPasted(), 'button primary'),
          fileButton,
          fileInput,
          bindings.button('facilitator.collect.clear', () => actions.clearClass(), 'button quiet'),
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
  }

  private t(key: string, options?: Record<string, unknown>): string {
    return this.bindings.t(key, options);
  }

  private count(value: number): string {
    return this.format.number(value, 0);
  }

  /** "2 MB", in the page's language. */
  inputLimit(): string {
    return this.t('facilitator.collect.megabytes', {
      value: this.format.number(CLASS_LIMITS.inputBytes / (1024 * 1024), 0),
    });
  }

  /** The progress bar shown, at zero, and the status saying the codes are being read. */
  startProgress(): void {
    this.progress.hidden = false;
    this.progress.value = 0;
    this.status.textContent = this.t('facilitator.collect.reading');
  }

  /** Progress of the scan (`verifying` false) or of the verification (it also says so in words). */
  showProgress(done: number, total: number, verifying: boolean): void {
    this.progress.max = total;
    this.progress.value = done;
    if (verifying) this.status.textContent = this.t('facilitator.collect.progress', { done, total });
  }

  endProgress(): void {
    this.progress.hidden = true;
  }

  /** What the last paste gave, then the notes that stay until the next one. */
  renderStatus(summary: AddSummary | null, notices: readonly Notice[]): void {
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
    for (const notice of notices) {
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

  /** The refused codes with their reasons, and the lines that were not codes (counted, a few shown). */
  renderRejected(collection: ResultCollection): void {
    const rejected = collection.rejected;
    const notCodes = collection.notCodes;
    const total = collection.rejectedCount + notCodes.lines;
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
    const unlisted = collection.rejectedCount - rejected.length;
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
        el('td', { text: this.t(reasonKey(item), { detail: item.detail }) }),
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
}
