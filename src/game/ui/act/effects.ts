import Phaser from 'phaser';
import type { WidgetHost } from '../../scenes/base-scene';
import { colors, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { BOARD_AREA, COLUMN_WIDTH, columnX } from './board-view';

/**
 * The act's feel: a green sweep when a release ships, and a red alarm frame while an outage is open.
 * Under reduced motion nothing moves or flashes: the frame glows steadily and the sweep only fades.
 */
export class ActEffects {
  private readonly alarm: Phaser.GameObjects.Graphics;
  private readonly alarmText: Phaser.GameObjects.Text;
  private alarmTween: Phaser.Tweens.Tween | null = null;
  private readonly tweens = new Set<Phaser.Tweens.Tween>();

  constructor(private readonly host: WidgetHost) {
    const scene = host.scene;
    this.alarm = scene.add.graphics().setDepth(1500).setVisible(false);
    this.alarm.lineStyle(8, colors.vermillion, 0.9);
    this.alarm.strokeRect(4, 4, DESIGN_WIDTH - 8, DESIGN_HEIGHT - 8);
    this.alarm.fillStyle(colors.vermillion, 0.95);
    this.alarm.fillRoundedRect(DESIGN_WIDTH / 2 - 230, BOARD_AREA.y + BOARD_AREA.height - 44, 460, 36, 8);
    this.alarmText = host
      .text(DESIGN_WIDTH / 2, BOARD_AREA.y + BOARD_AREA.height - 26, '', 'label', {
        size: 15,
        // Dark on the vermillion banner: light text on it falls short of 4.5:1 (palette test).
        color: colors.backgroundDeep,
      })
      .setOrigin(0.5)
      .setDepth(1501)
      .setVisible(false);
  }

  /** Shows or hides the alarm for the open, detected outages. */
  setOutages(open: number): void {
    const on = open > 0;
    this.alarmText.setText(on ? this.host.t('effects.outage', { count: open }) : '');
    if (on === this.alarm.visible) return;
    this.alarm.setVisible(on).setAlpha(1);
    this.alarmText.setVisible(on);
    this.alarmTween?.remove();
    this.alarmTween = null;
    if (on && !this.host.reducedMotion()) {
      this.alarmTween = this.host.scene.tweens.add({
        targets: this.alarm,
        alpha: 0.35,
        duration: 520,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    }
  }

  /** A release went out: the Live column lights up and the count floats up from it. */
  shipped(size: number): void {
    const scene = this.host.scene;
    const x = columnX('live');
    const glow = scene.add.graphics().setDepth(900);
    glow.fillStyle(colors.green, 0.35);
    glow.fillRoundedRect(x, BOARD_AREA.y, COLUMN_WIDTH, BOARD_AREA.height, 8);
    const label = this.host
      .text(
        x + COLUMN_WIDTH / 2,
        BOARD_AREA.y + 120,
        this.host.t('effects.shipped', { count: size }),
        'title',
        {
          color: colors.green,
        },
      )
      .setOrigin(0.5)
      .setDepth(901);
    const still = this.host.reducedMotion();
    this.play({ targets: glow, alpha: 0, duration: 900, onComplete: () => glow.destroy() });
    this.play({
      targets: label,
      alpha: 0,
      y: still ? label.y : label.y - 60,
      delay: 300,
      duration: 900,
      onComplete: () => label.destroy(),
    });
  }

  /** A release failed: a short red flash over the Ready column. */
  failed(): void {
    const x = columnX('release');
    const flash = this.host.scene.add.graphics().setDepth(900);
    flash.fillStyle(colors.vermillion, 0.4);
    flash.fillRoundedRect(x, BOARD_AREA.y, COLUMN_WIDTH, BOARD_AREA.height, 8);
    this.play({ targets: flash, alpha: 0, duration: 900, onComplete: () => flash.destroy() });
  }

  private play(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    const tween = this.host.scene.tweens.add(config);
    this.tweens.add(tween);
    tween.once(Phaser.Tweens.Events.TWEEN_COMPLETE, () => this.tweens.delete(tween));
  }

  close(): void {
    this.alarmTween?.remove();
    this.alarmTween = null;
    for (const tween of this.tweens) tween.remove();
    this.tweens.clear();
  }
}
