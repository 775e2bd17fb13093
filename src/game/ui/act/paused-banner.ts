import type Phaser from 'phaser';
import type { WidgetHost } from '../../scenes/base-scene';
import { colors } from '../theme';

// Between the top bar and the columns, clear of the toasts and outage notices at the foot of the board.
const AT = { x: 486, y: 64 };
const GAP = 12;

/**
 * "PAUSED · Space to resume" over the top of the board while the clock is paused, with why when the
 * game paused it itself ("A request arrived: decide it, then Space to resume").
 */
export class PausedBanner {
  private readonly container: Phaser.GameObjects.Container;
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;

  constructor(private readonly host: WidgetHost) {
    this.title = host.text(0, 0, host.t('house.paused'), 'label', { size: 14, color: colors.yellow });
    this.hint = host.text(0, 0, '', 'caption', { size: 12 });
    this.title.setOrigin(0, 0.5);
    this.hint.setOrigin(0, 0.5);
    this.frame = host.scene.add.graphics();
    this.container = host.scene.add
      .container(AT.x, AT.y - 4 * (host.textRender.scale - 1), [this.frame, this.title, this.hint])
      .setDepth(900)
      .setVisible(false);
  }

  /** Shows the banner (with the reason the game paused, if it did) or hides it. */
  show(visible: boolean, reason: 'player' | 'request' = 'player'): void {
    this.container.setVisible(visible);
    if (!visible) return;
    this.hint.setText(this.host.t(reason === 'request' ? 'house.requestPaused' : 'house.pausedHint'));
    const width = this.title.width + GAP + this.hint.width + 36;
    this.title.setX(-width / 2 + 18);
    this.hint.setX(this.title.x + this.title.width + GAP);
    this.frame.clear();
    this.frame.fillStyle(colors.backgroundDeep, 0.92);
    // Larger text: a taller pill, still clear of the columns' names (see boardGeometry).
    const height = Math.max(28, Math.ceil(this.title.height) + 4);
    this.frame.fillRoundedRect(-width / 2, -height / 2, width, height, height / 2);
    this.frame.lineStyle(2, colors.yellow, 1);
    this.frame.strokeRoundedRect(-width / 2, -height / 2, width, height, height / 2);
  }

  destroy(): void {
    this.container.destroy();
  }
}
