import type Phaser from 'phaser';
import type { Speed } from '../../act/act-session';
import type { BoardModel } from '../../act/board-model';
import { iconKey } from '../../icons';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { fitText } from '../fit-text';
import { colors, css, DESIGN_WIDTH } from '../theme';
import { BAND_COLOR } from './work-look';

const TILE = { x: 250, y: 8, width: 150, height: 44, gap: 10 };
const DORA_KEYS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const;
type DoraKey = (typeof DORA_KEYS)[number];
export const SPEEDS: readonly Speed[] = [0, 1, 2, 4];

/** The top bar: act, clock, the DORA four keys with their bands, the goal, and the speed buttons. */
export class Hud {
  private readonly clock: Phaser.GameObjects.Text;
  private readonly tiles = new Map<
    DoraKey,
    { value: Phaser.GameObjects.Text; band: Phaser.GameObjects.Text }
  >();
  private readonly tileFrames: Phaser.GameObjects.Graphics;
  private readonly goalText: Phaser.GameObjects.Text;
  private readonly goalBar: Phaser.GameObjects.Graphics;
  private readonly speedButtons: Button[] = [];

  constructor(
    private readonly host: WidgetHost,
    options: { title: string; onSpeed: (speed: Speed) => void },
  ) {
    const g = host.scene.add.graphics();
    g.fillStyle(colors.panel, 1);
    g.fillRect(0, 0, DESIGN_WIDTH, 60);
    g.lineStyle(1, colors.border, 1);
    g.lineBetween(0, 60, DESIGN_WIDTH, 60);
    const title = host.text(20, 20, options.title.toUpperCase(), 'label', { size: 15 }).setOrigin(0, 0.5);
    // Some languages name the Ways at length: shrink the title until it clears the first DORA tile.
    for (let size = 14; title.width > TILE.x - 30 && size >= 10; size--) title.setFontSize(size);
    this.clock = host.text(20, 42, '', 'caption', { size: 13 }).setOrigin(0, 0.5);
    this.tileFrames = host.scene.add.graphics();
    DORA_KEYS.forEach((key, index) => {
      const x = TILE.x + index * (TILE.width + TILE.gap);
      const label = host
        .text(x + 10, TILE.y + 13, host.t(`dora.${key}`), 'caption', { size: 11 })
        .setOrigin(0, 0.5);
      // "Lead time for changes" is long in some languages: shrink the label to fit its tile.
      for (let size = 10.5; label.width > TILE.width - 16 && size >= 8.5; size -= 0.5)
        label.setFontSize(size);
      const value = host.text(x + 10, TILE.y + 31, '–', 'label', { size: 15 }).setOrigin(0, 0.5);
      const band = host.text(x + TILE.width - 10, TILE.y + 31, '', 'caption', { size: 12 }).setOrigin(1, 0.5);
      this.tiles.set(key, { value, band });
    });
    this.goalText = host.text(896, 18, '', 'caption', { size: 12 }).setOrigin(0, 0.5);
    this.goalBar = host.scene.add.graphics();
    SPEEDS.forEach((speed, index) => {
      const button = host.button({
        x: 1128 + index * 38,
        y: 30,
        width: 34,
        height: 30,
        compact: true,
        label: speed === 0 ? '' : `${speed}×`,
        icon: speed === 0 ? iconKey('pause') : undefined,
        description: speed === 0 ? host.t('hud.pause') : host.t('hud.speed', { speed }),
        variant: 'secondary',
        onActivate: () => options.onSpeed(speed),
      });
      this.speedButtons.push(button);
    });
  }

  showSpeed(speed: Speed): void {
    SPEEDS.forEach((value, index) => {
      this.speedButtons[index]?.setSelected(value === speed);
    });
  }

  render(model: BoardModel): void {
    const { host } = this;
    const hour = 9 + model.hourOfDay;
    this.clock.setText(
      host.t('hud.clock', {
        day: model.day,
        days: model.totalDays,
        time: `${String(hour).padStart(2, '0')}:00`,
      }),
    );
    const m = model.metrics;
    const values: Record<DoraKey, string> = {
      deploymentFrequency: host.t('units.perDay', {
        value: host.formatNumber(m.deploymentsPerDay, { maximumFractionDigits: 1 }),
      }),
      // DORA's lead time for changes (first work → live), the median: the same number as on the results
      // panel and in the debrief.
      leadTime:
        m.leadTimeForChangesHours.p50 === null ? '–' : formatHours(host, m.leadTimeForChangesHours.p50),
      changeFailureRate:
        m.changeFailureRate === null
          ? '–'
          : host.formatNumber(m.changeFailureRate, { style: 'percent', maximumFractionDigits: 0 }),
      timeToRestore: m.mttrHours === null ? '–' : formatHours(host, m.mttrHours),
    };
    this.tileFrames.clear();
    DORA_KEYS.forEach((key, index) => {
      const band = model.dora[key];
      const color = BAND_COLOR[band];
      const x = TILE.x + index * (TILE.width + TILE.gap);
      this.tileFrames.fillStyle(colors.background, 1);
      this.tileFrames.fillRoundedRect(x, TILE.y, TILE.width, TILE.height, 6);
      this.tileFrames.lineStyle(2, color, 1);
      this.tileFrames.strokeRoundedRect(x, TILE.y, TILE.width, TILE.height, 6);
      const tile = this.tiles.get(key);
      tile?.value.setText(values[key]);
      tile?.band.setText(host.t(`dora.band.${band}`)).setColor(css(color));
    });
    const goal = model.goal;
    this.goalText.setText(host.t('hud.goal', { shipped: goal.featuresShipped, target: goal.target }));
    // The goal ends before the speed buttons, in every language.
    fitText(this.goalText.setFontSize(12), { width: 1128 - 17 - 8 - 896, minSize: 9.5 });
    const progress = Math.min(1, goal.featuresShipped / Math.max(1, goal.target));
    this.goalBar.clear();
    this.goalBar.fillStyle(colors.background, 1);
    this.goalBar.fillRoundedRect(896, 32, 200, 10, 5);
    if (progress > 0) {
      this.goalBar.fillStyle(colors.green, 1);
      this.goalBar.fillRoundedRect(896, 32, Math.max(10, 200 * progress), 10, 5);
    }
    const outageShare = Math.min(1, goal.outageHours / Math.max(1, goal.maxOutageHours));
    this.goalBar.fillStyle(colors.vermillion, 1);
    this.goalBar.fillRect(896, 46, 200 * outageShare, 4);
  }
}

/** "5 h" under a day, "2.5 d" from a working day up. */
export function formatHours(host: WidgetHost, hours: number): string {
  if (hours < 8)
    return host.t('units.hours', { value: host.formatNumber(hours, { maximumFractionDigits: 1 }) });
  return host.t('units.days', { value: host.formatNumber(hours / 8, { maximumFractionDigits: 1 }) });
}
