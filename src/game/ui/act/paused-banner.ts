import type Phaser from 'phaser';
import type { WidgetHost } from '../../scenes/base-scene';
import { colors } from '../theme';

// Between the top bar and the columns, clear of the toasts and outage notices at the foot of the board.
const AT = { x: 486, y: 64 };

/** "PAUSED · Space to resume" over the top of the board while the player has paused the clock. */
export class PausedBanner {
  private readonly container: Phaser.GameObjects.Container;

  constructor(host: WidgetHost) {
    const title = host.text(0, 0, host.t('house.paused'), 'label', { size: 14, color: colors.yellow });
    const hint = host.text(0, 0, host.t('house.pausedHint'), 'caption', { size: 12 });
    const gap = 12;
    const width = title.width + gap + hint.width + 36;
    title.setOrigin(0, 0.5).setX(-width / 2 + 18);
    hint.setOrigin(0, 0.5).setX(title.x + title.width + gap);
    const frame = host.scene.add.graphics();
    frame.fillStyle(colors.backgroundDeep, 0.92);
    frame.fillRoundedRect(-width / 2, -14, width, 28, 14);
    frame.lineStyle(2, colors.yellow, 1);
    frame.strokeRoundedRect(-width / 2, -14, width, 28, 14);
    this.container = host.scene.add
      .container(AT.x, AT.y, [frame, title, hint])
      .setDepth(900)
      .setVisible(false);
  }

  setVisible(visible: boolean): void {
    this.container.setVisible(visible);
  }

  destroy(): void {
    this.container.destroy();
  }
}
