import type Phaser from 'phaser';
import { colors, DESIGN_WIDTH, textStyle, timing } from './theme';

/** A short message at the bottom of the screen; a new one replaces the old. */
export class Toast {
  private readonly container: Phaser.GameObjects.Container;
  private readonly background: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private hideTimer: Phaser.Time.TimerEvent | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    resolution: number,
    private readonly y = 620,
  ) {
    this.background = scene.add.graphics();
    this.label = scene.add
      .text(0, 0, '', textStyle('label', { size: 17, align: 'center', wrapWidth: 760 }))
      .setResolution(resolution)
      .setOrigin(0.5);
    this.container = scene.add.container(DESIGN_WIDTH / 2, y, [this.background, this.label]).setDepth(1000);
    this.container.setVisible(false);
  }

  show(message: string, tone: 'info' | 'warning' = 'info'): void {
    this.label.setText(message);
    const width = this.label.width + 48;
    const height = this.label.height + 26;
    this.background.clear();
    this.background.fillStyle(colors.panelRaised, 0.97);
    this.background.fillRoundedRect(-width / 2, -height / 2, width, height, 10);
    this.background.lineStyle(2, tone === 'warning' ? colors.orange : colors.skyBlue, 1);
    this.background.strokeRoundedRect(-width / 2, -height / 2, width, height, 10);
    this.container.setVisible(true).setY(this.y);
    this.hideTimer?.remove(false);
    this.hideTimer = this.scene.time.delayedCall(timing.toast, () => this.container.setVisible(false));
  }

  close(): void {
    this.hideTimer?.remove(false);
    this.hideTimer = null;
  }
}
