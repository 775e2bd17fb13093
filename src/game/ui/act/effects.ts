import Phaser from 'phaser';
import type { WidgetHost } from '../../scenes/base-scene';
import { fitOrShorten, fitText, setTextSize } from '../fit-text';
import { colors, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { BOARD_AREA, BOARD_MESSAGE_STRIP, BOARD_MESSAGE_Y, COLUMN_WIDTH, columnX } from './board-view';

const BANNER = { x: BOARD_AREA.x + BOARD_AREA.width / 2, width: 560 };

/**
 * The act's feel: a green sweep when a release ships, and a red alarm frame while an outage is open.
 * Under reduced motion nothing moves or flashes: the frame glows steadily and the sweep only fades.
 */
export class ActEffects {
  private readonly alarm: Phaser.GameObjects.Graphics;
  private readonly banner: Phaser.GameObjects.Graphics;
  private readonly alarmText: Phaser.GameObjects.Text;
  private shippedLabel: Phaser.GameObjects.Text | null = null;
  /** A toast is on the board's message strip: the banner steps aside until it goes. */
  private givingWay = false;
  private alarmTween: Phaser.Tweens.Tween | null = null;
  private readonly tweens = new Set<Phaser.Tweens.Tween>();

  constructor(private readonly host: WidgetHost) {
    const scene = host.scene;
    this.alarm = scene.add.graphics().setDepth(1500).setVisible(false);
    this.alarm.lineStyle(8, colors.vermillion, 0.9);
    this.alarm.strokeRect(4, 4, DESIGN_WIDTH - 8, DESIGN_HEIGHT - 8);
    // The banner sits on the board's message strip, where no card goes.
    this.banner = scene.add.graphics().setDepth(1500).setVisible(false);
    this.banner.fillStyle(colors.vermillion, 0.95);
    this.banner.fillRoundedRect(
      BANNER.x - BANNER.width / 2,
      BOARD_MESSAGE_STRIP.y,
      BANNER.width,
      BOARD_MESSAGE_STRIP.height,
      8,
    );
    this.alarmText = host
      .text(BANNER.x, BOARD_MESSAGE_Y, '', 'label', {
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
    setTextSize(this.alarmText.setText(on ? this.host.t('effects.outage', { count: open }) : ''), 15);
    fitText(this.alarmText, { width: BANNER.width - 24, minSize: 11 });
    this.showBanner(on);
    if (on === this.alarm.visible) return;
    this.alarm.setVisible(on).setAlpha(1);
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

  /** Steps the banner aside while a toast has the message strip. */
  giveWay(toastShown: boolean): void {
    this.givingWay = toastShown;
    this.showBanner(this.alarm.visible);
  }

  private showBanner(outage: boolean): void {
    const on = outage && !this.givingWay;
    this.banner.setVisible(on);
    this.alarmText.setVisible(on);
  }

  /**
   * A release went out: the Live column lights up and "+2 live" shows in its header, in the room the
   * column's name leaves (never over a card); a newer release replaces the label.
   */
  shipped(size: number, room: { x: number; y: number; width: number }): void {
    const scene = this.host.scene;
    const x = columnX('live');
    const glow = scene.add.graphics().setDepth(900);
    glow.fillStyle(colors.green, 0.35);
    glow.fillRoundedRect(x, BOARD_AREA.y, COLUMN_WIDTH, BOARD_AREA.height, 8);
    this.shippedLabel?.destroy();
    const label = this.host
      .text(room.x, room.y, this.host.t('effects.shipped', { count: size }), 'label', {
        size: 15,
        color: colors.green,
      })
      .setOrigin(1, 0.5)
      .setDepth(901);
    fitOrShorten(label, `+${size}`, { width: room.width, minSize: 10 });
    this.shippedLabel = label;
    this.play({ targets: glow, alpha: 0, duration: 900, onComplete: () => glow.destroy() });
    this.play({
      targets: label,
      alpha: 0,
      delay: 900,
      duration: 600,
      onComplete: () => {
        label.destroy();
        if (this.shippedLabel === label) this.shippedLabel = null;
      },
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
