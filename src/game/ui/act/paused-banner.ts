import type Phaser from 'phaser';
import type { WidgetHost } from '../../scenes/base-scene';
import { colors } from '../theme';

const AT = { x: 486, y: 574 };

/** "PAUSED · Space to resume" at the foot of the board while the player has paused the clock. */
export class PausedBanner {
  private readonly container: Phaser.GameObjects.Container;

  constructor(host: WidgetHost) {
    const title = host.text(0, 0, host.t('house.paused'), 'label', { size: 15, color: colors.yellow });
    const hint = host.text(0, 0, host.t('house.pausedHint'), 'caption', { size: 12 });
    const gap = 12;
    const width = title.width + gap + hint.width + 36;
    title.setOrigin(0, 0.5).setX(-width / 2 + 18);
    hint.setOrigin(0, 0.5).setX(title.x + title.width + gap);
    const frame = host.scene.add.graphics();
    frame.fillStyle(colors.backgroundDeep, 0.92);
    frame.fillRoundedRect(-width / 2, -17, width, 34, 17);
    frame.lineStyle(2, colors.yellow, 1);
    frame.strokeRoundedRect(-width / 2, -17, width, 34, 17);
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
