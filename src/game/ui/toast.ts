import type Phaser from 'phaser';
import { fitText } from './fit-text';
import { colors, DESIGN_WIDTH, textStyle, timing } from './theme';

export interface ToastStyle {
  /** Centre of the message (default: the screen's centre). */
  x?: number;
  size?: number;
  /** The widest a message may be; a longer one is set smaller, then wrapped. */
  maxWidth?: number;
  /** Told when a message appears and goes (so what it would cover can step aside). */
  onShown?: (shown: boolean) => void;
}

/** A short message at the bottom of the screen; a new one replaces the old. */
export class Toast {
  private readonly container: Phaser.GameObjects.Container;
  private readonly background: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private hideTimer: Phaser.Time.TimerEvent | null = null;
  private readonly size: number;
  private readonly maxWidth: number;

  constructor(
    private readonly scene: Phaser.Scene,
    resolution: number,
    private readonly y = 620,
    private readonly style: ToastStyle = {},
  ) {
    this.size = style.size ?? 17;
    this.maxWidth = style.maxWidth ?? 760;
    this.background = scene.add.graphics();
    this.label = scene.add
      .text(0, 0, '', { ...textStyle('label', { size: this.size, align: 'center' }), resolution })
      .setOrigin(0.5);
    this.container = scene.add
      .container(style.x ?? DESIGN_WIDTH / 2, y, [this.background, this.label])
      .setDepth(1000);
    this.container.setVisible(false);
  }

  show(message: string, tone: 'info' | 'warning' = 'info'): void {
    this.label.setText(message).setFontSize(this.size);
    // One line where it can, smaller type first; two lines only for what does not fit at all.
    fitText(this.label, {
      width: this.maxWidth - 48,
      height: this.size * 2.6,
      minSize: Math.min(this.size, 12),
      wrap: true,
    });
    const padding = this.size < 16 ? 12 : 26;
    const width = this.label.width + 48;
    const height = this.label.height + padding;
    this.background.clear();
    this.background.fillStyle(colors.panelRaised, 0.97);
    this.background.fillRoundedRect(-width / 2, -height / 2, width, height, 10);
    this.background.lineStyle(2, tone === 'warning' ? colors.orange : colors.skyBlue, 1);
    this.background.strokeRoundedRect(-width / 2, -height / 2, width, height, 10);
    this.container.setVisible(true).setY(this.y);
    this.style.onShown?.(true);
    this.hideTimer?.remove(false);
    this.hideTimer = this.scene.time.delayedCall(timing.toast, () => {
      this.container.setVisible(false);
      this.style.onShown?.(false);
    });
  }

  close(): void {
    this.hideTimer?.remove(false);
    this.hideTimer = null;
  }
}
