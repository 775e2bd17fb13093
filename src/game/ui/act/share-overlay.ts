import type Phaser from 'phaser';
import type { RunLog } from '../../../engine';
import { copyText } from '../../../platform/clipboard';
import { loadPlayerName, savePlayerName } from '../../../platform/player-name';
import { CODE_LIMITS, encodeResultCode, resultLink } from '../../../platform/result-code';
import type { KeyValueStorage } from '../../../platform/storage';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { colors, DESIGN_HEIGHT, DESIGN_WIDTH, setTextColor, TYPED_TEXT_FONT_FAMILY } from '../theme';
import { Overlay } from './overlay';

export interface ShareOptions {
  log: RunLog;
  /** From the class link (`&class=`); '' when none. */
  className: string;
  storage: KeyValueStorage;
}

/** The act's result code with the player's saved display name (what the test hook returns). */
export function currentResultCode(options: ShareOptions): string {
  return encodeResultCode({
    log: options.log,
    name: loadPlayerName(options.storage),
    className: options.className,
  });
}

// The frame covers the results panel under it (y 40–630); the content keeps its place from y 90.
const BOX = { x: 260, y: 40, width: 760, height: 590 };
const TOP = 90;
const FIELD = { x: BOX.x + 40, width: 400 };
const NAME_Y = TOP + 112;
const CODE_Y = TOP + 244;
const CODE_HEIGHT = 128;
const QR = { x: BOX.x + 476, y: TOP + 96, size: 244 };

/**
 * "Share result", over the results panel: a display name (a small DOM input over the canvas — Phaser
 * has no text input), the result code as selectable text with a Copy button, and its QR code, which
 * opens the code on the facilitator page. The DOM elements are removed with the overlay.
 */
export class ShareOverlay extends Overlay {
  private readonly dom: HTMLDivElement;
  private readonly input: HTMLInputElement;
  private readonly codeArea: HTMLTextAreaElement;
  private readonly qr: Phaser.GameObjects.Graphics;
  private readonly qrNote: Phaser.GameObjects.Text;
  private readonly status: Phaser.GameObjects.Text;
  private readonly onResize = () => this.place();
  private code = '';

  constructor(
    host: WidgetHost,
    private readonly options: ShareOptions & { onClose: () => void; removeButton: (button: Button) => void },
  ) {
    super(host, { ...BOX, accent: colors.skyBlue }, options.removeButton);
    const { x, width } = this.box;
    const y = TOP;
    this.text(x + width / 2, y + 40, host.t('resultCode.heading'), 'heading', { size: 28 }).setOrigin(0.5);
    this.text(FIELD.x, NAME_Y - 26, host.t('resultCode.nameLabel'), 'label', {
      size: 15,
      color: colors.textMuted,
    });
    if (options.className !== '') {
      // The class name is text, as typed in the link; never markup.
      this.text(FIELD.x, NAME_Y + 50, host.t('resultCode.className', { name: options.className }), 'body', {
        size: 15,
        wrapWidth: FIELD.width,
      });
    }
    this.text(FIELD.x, CODE_Y - 26, host.t('resultCode.codeLabel'), 'label', {
      size: 15,
      color: colors.textMuted,
    });
    this.status = this.text(FIELD.x + 190, CODE_Y + CODE_HEIGHT + 36, '', 'caption', { size: 14 }).setOrigin(
      0,
      0.5,
    );
    this.button({
      x: FIELD.x + 80,
      y: CODE_Y + CODE_HEIGHT + 36,
      width: 160,
      height: 44,
      label: host.t('resultCode.copy'),
      variant: 'primary',
      onActivate: () => void this.copy(),
    });
    this.button({
      x: x + width / 2,
      y: y + 494,
      width: 240,
      height: 50,
      label: host.t('resultCode.close'),
      onActivate: options.onClose,
    });
    this.qr = this.track(host.scene.add.graphics());
    this.qrNote = this.text(QR.x + QR.size / 2, QR.y + QR.size + 16, '', 'caption', {
      size: 13,
      align: 'center',
      wrapWidth: QR.size,
    }).setOrigin(0.5, 0);

    // The DOM part: a name field and the code, positioned over the canvas.
    this.dom = document.createElement('div');
    this.dom.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;z-index:10;';
    this.input = document.createElement('input');
    this.input.type = 'text';
    this.input.maxLength = CODE_LIMITS.name * 2; // code points are counted on save; UTF-16 may need two units
    this.input.autocomplete = 'off';
    this.input.spellcheck = false;
    this.input.placeholder = host.t('resultCode.namePlaceholder');
    this.input.setAttribute('aria-label', host.t('resultCode.nameLabel'));
    this.input.dir = 'auto';
    this.input.value = loadPlayerName(options.storage);
    this.codeArea = document.createElement('textarea');
    this.codeArea.readOnly = true;
    this.codeArea.spellcheck = false;
    this.codeArea.setAttribute('aria-label', host.t('resultCode.codeLabel'));
    for (const element of [this.input, this.codeArea]) {
      // Typing here must not reach the game's keys (M mutes, Space pauses, …).
      for (const type of ['keydown', 'keyup', 'keypress'] as const) {
        element.addEventListener(type, (event) => {
          event.stopPropagation();
          if (type === 'keydown' && (event as KeyboardEvent).key === 'Escape') element.blur();
          if (type === 'keydown' && element === this.input && (event as KeyboardEvent).key === 'Enter')
            element.blur();
        });
      }
      this.dom.append(element);
    }
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('change', () => this.update());
    this.codeArea.addEventListener('focus', () => this.codeArea.select());
    document.body.append(this.dom);
    window.addEventListener('resize', this.onResize);
    host.scene.scale.on('resize', this.onResize);
    this.place();
    this.update();
    this.input.focus();
  }

  /** The code as it stands (with the name typed so far). */
  get resultCode(): string {
    return this.code;
  }

  private update(): void {
    savePlayerName(this.options.storage, this.input.value);
    this.code = currentResultCode(this.options);
    this.codeArea.value = this.code;
    this.drawQr(resultLink(window.location.href, this.code));
  }

  /** The QR library loads when the dialog first needs it, not with the game. */
  private drawQr(text: string): void {
    this.qrText = text;
    void import('../../../platform/qr').then(
      ({ qrMatrix }) => {
        // Only the latest text, and only while the dialog is open.
        if (this.closed || this.qrText !== text) return;
        this.drawMatrix(qrMatrix(text));
      },
      () => {
        if (!this.closed) this.qrNote.setText(this.host.t('resultCode.qrTooLong'));
      },
    );
  }

  private qrText = '';

  private drawMatrix(matrix: boolean[][] | null): void {
    this.qr.clear();
    if (!matrix) {
      this.qrNote.setText(this.host.t('resultCode.qrTooLong'));
      return;
    }
    this.qrNote.setText(this.host.t('resultCode.qrHint'));
    const modules = matrix.length;
    const size = Math.floor(QR.size / modules) * modules;
    const cell = size / modules;
    const left = QR.x + (QR.size - size) / 2;
    const top = QR.y + (QR.size - size) / 2;
    this.qr.fillStyle(0xffffff, 1);
    this.qr.fillRoundedRect(QR.x - 6, QR.y - 6, QR.size + 12, QR.size + 12, 8);
    this.qr.fillStyle(0x000000, 1);
    matrix.forEach((row, r) => {
      row.forEach((dark, c) => {
        if (dark) this.qr.fillRect(left + c * cell, top + r * cell, cell, cell);
      });
    });
  }

  private async copy(): Promise<void> {
    const ok = await copyText(this.code);
    this.status.setText(this.host.t(ok ? 'resultCode.copied' : 'resultCode.copyFailed'));
    setTextColor(this.status, ok ? colors.green : colors.orange);
    if (!ok) {
      this.codeArea.focus();
      this.codeArea.select();
    }
  }

  /** Maps the design-space boxes onto the canvas as it is laid out on the page now. */
  private place(): void {
    const canvas = this.host.scene.game.canvas;
    const rect = canvas.getBoundingClientRect();
    const scale = rect.width / DESIGN_WIDTH;
    const yScale = rect.height / DESIGN_HEIGHT;
    const style = (
      element: HTMLElement,
      x: number,
      y: number,
      width: number,
      height: number,
      font: number,
    ) => {
      element.style.cssText = [
        'position:fixed',
        `left:${rect.left + x * scale}px`,
        `top:${rect.top + y * yScale}px`,
        `width:${width * scale}px`,
        `height:${height * yScale}px`,
        'box-sizing:border-box',
        `font:${Math.round(font * scale)}px ${TYPED_TEXT_FONT_FAMILY}`,
        'color:#e6edf3',
        'background:#0a1017',
        'border:1px solid #2a3a4a',
        `border-radius:${Math.round(8 * scale)}px`,
        `padding:${Math.round(8 * scale)}px ${Math.round(10 * scale)}px`,
        'outline-color:#f0e442',
        'resize:none',
        'margin:0',
      ].join(';');
    };
    style(this.input, FIELD.x, NAME_Y, FIELD.width, 42, 18);
    style(this.codeArea, FIELD.x, CODE_Y, FIELD.width, CODE_HEIGHT, 12);
    this.codeArea.style.fontFamily = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
    this.codeArea.style.wordBreak = 'break-all';
  }

  override destroy(): void {
    window.removeEventListener('resize', this.onResize);
    this.host.scene.scale.off('resize', this.onResize);
    this.dom.remove();
    super.destroy();
  }

  /** Draws above the results panel it opens from. */
  override track<T extends Phaser.GameObjects.GameObject>(
    first: T,
    ...more: Phaser.GameObjects.GameObject[]
  ): T {
    super.track(first, ...more);
    for (const object of [first, ...more]) {
      const depth = object as unknown as Phaser.GameObjects.Components.Depth;
      if (typeof depth.setDepth === 'function') depth.setDepth(depth.depth + 1000);
    }
    return first;
  }
}
