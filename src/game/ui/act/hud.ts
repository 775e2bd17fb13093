import type Phaser from 'phaser';
import { formatDuration, formatPerDayValue } from '../../../i18n/format';
import type { Speed } from '../../act/act-session';
import type { Insights } from '../../act/board-insights';
import type { BoardModel } from '../../act/board-model';
import { iconKey } from '../../icons';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { fitOrShorten } from '../fit-text';
import { colors, DESIGN_WIDTH, setTextColor } from '../theme';
import { GoalLineView } from './goal-line-view';
import { drawSparkline } from './sparkline';
import { BAND_COLOR } from './work-look';

/** Each DORA tile: its name, the value for the act so far with its band, and the trend under them. */
const TILE = { x: 250, width: 150, gap: 10 };
const TREND = { inset: 9, height: 11 };
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
  private readonly goal: GoalLineView;
  private readonly trendLines: Phaser.GameObjects.Graphics;
  private readonly speedButtons: Button[] = [];
  /** The tiles' rows, measured from their texts at the player's text size. */
  private readonly tileY: number;
  private readonly tileHeight: number;
  private readonly trendTop: number;
  private readonly trendHeight: number;

  constructor(
    private readonly host: WidgetHost,
    options: { title: string; shortTitle: string; onSpeed: (speed: Speed) => void },
  ) {
    const g = host.scene.add.graphics();
    g.fillStyle(colors.panel, 1);
    g.fillRect(0, 0, DESIGN_WIDTH, 60);
    g.lineStyle(1, colors.border, 1);
    g.lineBetween(0, 60, DESIGN_WIDTH, 60);
    // Larger text spreads the title and the clock over the bar's height.
    const grow = (host.textRender.scale - 1) * 2;
    const title = host
      .text(20, 20 - 4 * grow, options.title.toUpperCase(), 'label', { size: 15 })
      .setOrigin(0, 0.5);
    // Some languages name the Ways at length: shrink the title until it clears the first DORA tile.
    fitOrShorten(title, options.shortTitle.toUpperCase(), { width: TILE.x - 30, minSize: 10 });
    this.clock = host.text(20, 42 + 3 * grow, '', 'caption', { size: 13 }).setOrigin(0, 0.5);
    this.tileFrames = host.scene.add.graphics();
    this.tileY = 4 - 2 * grow;
    this.tileHeight = 52 + 4 * grow;
    let valueBottom = 0;
    DORA_KEYS.forEach((key, index) => {
      const x = TILE.x + index * (TILE.width + TILE.gap);
      // The tile's name, then its value and band, then its trend: stacked by their measured heights.
      const label = host.text(x + 10, this.tileY + 2, host.t(`dora.${key}`), 'caption', { size: 11 });
      // Every tile's rows line up, whatever size its name is fitted to.
      const labelRow = label.height;
      // "Lead time for changes" is long in some languages: a smaller size, then the short name (the
      // glossary's tooltip keeps the full one).
      fitOrShorten(label, host.t(`shortLabels.dora.${key}`), { width: TILE.width - 16, minSize: 8.5 });
      label.setY(this.tileY + 2 + (labelRow - label.height) / 2);
      host.glossary.attach(label, `tile-${key}`);
      const valueY = this.tileY + 2 + labelRow - 1;
      const value = host.text(x + 10, valueY, '–', 'label', { size: 14 });
      const band = host.text(x + TILE.width - 10, valueY, '', 'caption', { size: 11 }).setOrigin(1, 0);
      band.setY(valueY + (value.height - band.height) / 2);
      host.glossary.attach(band, 'tile-band');
      this.tiles.set(key, { value, band });
      valueBottom = valueY + value.height;
    });
    this.trendTop = Math.max(valueBottom - 1, this.tileY + 36);
    this.trendHeight = Math.min(TREND.height, this.tileY + this.tileHeight - 2 - this.trendTop);
    this.trendLines = host.scene.add.graphics();
    this.goal = new GoalLineView(host);
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
    // Nothing measured yet shows as "–" with no band: no deployment in the first working day, nothing
    // shipped, no deployment to fail, no incident restored.
    const values: Record<DoraKey, string | null> = {
      deploymentFrequency:
        m.deployments === 0 && m.hours < 8
          ? null
          : host.t('units.perDay', {
              value: formatPerDayValue(host, m.deploymentsPerDay),
            }),
      // DORA's lead time for changes (first work → live), the median: the same number as on the results
      // panel and in the debrief.
      leadTime:
        m.leadTimeForChangesHours.p50 === null ? null : formatDuration(host, m.leadTimeForChangesHours.p50),
      changeFailureRate:
        m.changeFailureRate === null
          ? null
          : host.formatNumber(m.changeFailureRate, { style: 'percent', maximumFractionDigits: 0 }),
      timeToRestore: m.mttrHours === null ? null : formatDuration(host, m.mttrHours),
    };
    this.tileFrames.clear();
    DORA_KEYS.forEach((key, index) => {
      const measured = values[key] !== null;
      const band = model.dora[key];
      const color = measured ? BAND_COLOR[band] : colors.border;
      const x = TILE.x + index * (TILE.width + TILE.gap);
      this.tileFrames.fillStyle(colors.background, 1);
      this.tileFrames.fillRoundedRect(x, this.tileY, TILE.width, this.tileHeight, 6);
      this.tileFrames.lineStyle(2, color, 1);
      this.tileFrames.strokeRoundedRect(x, this.tileY, TILE.width, this.tileHeight, 6);
      const tile = this.tiles.get(key);
      tile?.value.setText(values[key] ?? '–');
      if (tile) setTextColor(tile.band.setText(measured ? host.t(`dora.band.${band}`) : ''), color);
    });
    this.goal.render(model);
  }

  /** The trend under each tile, with a mark at each policy change. */
  renderTrends(insights: Insights): void {
    this.trendLines.clear();
    DORA_KEYS.forEach((key, index) => {
      const x = TILE.x + index * (TILE.width + TILE.gap);
      drawSparkline(
        this.trendLines,
        {
          x: x + TREND.inset,
          y: this.trendTop,
          width: TILE.width - 2 * TREND.inset,
          height: this.trendHeight,
        },
        {
          points: insights.trends.points[key],
          endTick: insights.endTick,
          markers: insights.markers,
          color: colors.skyBlue,
        },
      );
    });
  }
}

/** The shared duration format (src/i18n/format.ts); kept here for the act scene's card ages. */
export function formatHours(host: WidgetHost, hours: number): string {
  return formatDuration(host, hours);
}
