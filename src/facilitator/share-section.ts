// Section 1 of the facilitator page: the class link (act, seed, class name), its QR code and a copy
// button. The link made last time on this page is kept: results are compared with its seed.
import type { ScenarioId } from '../engine';
import { qrSvgDataUrl } from '../platform/qr';
import { CODE_LIMITS, scenarioLink } from '../platform/result-code';
import type { KeyValueStorage } from '../platform/storage';
import { randomSeed } from '../shared/random-seed';
import type { Bindings } from './bindings';
import { ACT_ORDER } from './class-stats';
import { loadShareSettings, saveShareSettings } from './class-store';
import { copyText, el } from './dom';

export const ACT_KEYS: Record<ScenarioId, string> = {
  'first-way': 'acts.firstWay.name',
  'second-way': 'acts.secondWay.name',
  'third-way': 'acts.thirdWay.name',
  finale: 'acts.finale.name',
};
const MAX_SEED = 2 ** 31 - 1;

export class ShareSection {
  readonly element: HTMLElement;
  private readonly linkOutput: HTMLInputElement;
  private readonly qrImage: HTMLImageElement;
  private readonly qrNote: HTMLElement;
  private readonly actSelect: HTMLSelectElement;
  private readonly seedInput: HTMLInputElement;
  private readonly classInput: HTMLInputElement;
  private readonly shareStatus: HTMLElement;

  /** `onSeedChanged`: the class seed changed (which results are flagged changes with it). */
  constructor(
    private readonly bindings: Bindings,
    private readonly storage: KeyValueStorage,
    onSeedChanged: () => void,
  ) {
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
    bindings.attr(this.qrImage, 'alt', 'facilitator.share.qrAlt');
    this.qrNote = el('p', { className: 'note' });
    this.shareStatus = el('p', { className: 'note', attrs: { role: 'status' } });
    for (const input of [this.actSelect, this.seedInput, this.classInput]) {
      input.addEventListener('input', () => this.render());
    }
    // A new class seed changes which results are flagged.
    let shownSeed = this.classSeed();
    this.seedInput.addEventListener('input', () => {
      if (this.classSeed() === shownSeed) return;
      shownSeed = this.classSeed();
      onSeedChanged();
    });
    this.element = el(
      'section',
      { className: 'card share no-print', attrs: { 'aria-labelledby': 'share-heading' } },
      [
        bindings.text(el('h2', { attrs: { id: 'share-heading' } }), 'facilitator.share.heading'),
        bindings.text(el('p', { className: 'hint' }), 'facilitator.share.hint'),
        el('div', { className: 'share-grid' }, [
          el('div', {}, [
            bindings.field('facilitator.share.act', this.actSelect, 'share-act'),
            el('div', { className: 'row nowrap' }, [
              bindings.field('facilitator.share.seed', this.seedInput, 'share-seed'),
              bindings.button('facilitator.share.newSeed', () => {
                this.seedInput.value = String(randomSeed());
                this.render();
                onSeedChanged();
              }),
            ]),
            bindings.field('facilitator.share.className', this.classInput, 'share-class'),
            bindings.field('facilitator.share.link', this.linkOutput, 'share-link'),
            el('div', { className: 'row' }, [
              bindings.button('facilitator.share.copy', () => void this.copyLink(), 'button primary'),
              this.shareStatus,
            ]),
          ]),
          el('div', { className: 'qr-box' }, [this.qrImage, this.qrNote]),
        ]),
      ],
    );
  }

  /** The seed of the class link, or null while the field does not hold a valid one. */
  classSeed(): number | null {
    const text = this.seedInput.value.trim();
    const seed = Number(text);
    return text !== '' && Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED ? seed : null;
  }

  /** The act names in the page's language, and the link. */
  renderAll(): void {
    for (const option of Array.from(this.actSelect.options))
      option.textContent = this.bindings.t(ACT_KEYS[option.value as ScenarioId]);
    this.render();
  }

  /** The link and its QR code (or why there is none), saved for the next visit. */
  render(): void {
    const seed = this.classSeed();
    const valid = seed !== null;
    this.seedInput.setAttribute('aria-invalid', String(!valid));
    if (!valid) {
      this.linkOutput.value = '';
      this.qrImage.removeAttribute('src');
      this.qrNote.textContent = this.bindings.t('facilitator.share.badSeed');
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

  private async copyLink(): Promise<void> {
    const ok = this.linkOutput.value !== '' && (await copyText(this.linkOutput.value));
    this.shareStatus.textContent = this.bindings.t(
      ok ? 'facilitator.share.copied' : 'facilitator.share.copyFailed',
    );
    if (!ok) this.linkOutput.select();
  }
}
