import type Phaser from 'phaser';
import type { WidgetHost } from '../../scenes/base-scene';
import { colors, setTextColor } from '../theme';

/** The Incoming panel (design coordinates): hovering it, or focusing its buttons, holds the countdown. */
export const INCOMING_PANEL = { x: 16, y: 606, width: 414, height: 106 };
const BAR = { x: 37, y: 662, width: 375, height: 4 };

/**
 * How long the request on show has before it is accepted by default: a draining bar under it and the
 * time left in words ("accepted in 3 h"), or "held while you decide" while the player holds it.
 */
export class IncomingCountdown {
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private shown = '';

  constructor(
    private readonly host: WidgetHost,
    private readonly formatHours: (hours: number) => string,
  ) {
    this.bar = host.scene.add.graphics();
    this.label = host
      .text(INCOMING_PANEL.x + INCOMING_PANEL.width - 22, INCOMING_PANEL.y + 18, '', 'caption', { size: 12 })
      .setOrigin(1, 0.5);
  }

  /** `left` and `total` in simulated hours; null when no request waits. */
  render(countdown: { left: number; total: number; held: boolean } | null): void {
    this.bar.clear();
    if (!countdown) {
      this.setLabel('');
      return;
    }
    const share = Math.max(0, Math.min(1, countdown.left / Math.max(1, countdown.total)));
    const urgent = !countdown.held && share < 0.34;
    this.bar.fillStyle(colors.background, 1);
    this.bar.fillRect(BAR.x, BAR.y, BAR.width, BAR.height);
    this.bar.fillStyle(countdown.held ? colors.skyBlue : urgent ? colors.orange : colors.yellow, 1);
    this.bar.fillRect(BAR.x, BAR.y, BAR.width * share, BAR.height);
    this.setLabel(
      countdown.held
        ? this.host.t('house.countdownHeld')
        : this.host.t('house.countdown', { time: this.formatHours(Math.max(0, countdown.left)) }),
    );
    setTextColor(this.label, urgent ? colors.orange : colors.textMuted);
  }

  private setLabel(text: string): void {
    if (text === this.shown) return;
    this.shown = text;
    this.label.setText(text);
  }
}
