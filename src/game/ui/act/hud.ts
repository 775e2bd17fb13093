import type Phaser from 'phaser';
import { formatDuration } from '../../../i18n/format';
import type { Speed } from '../../act/act-session';
import type { Insights } from '../../act/board-insights';
import type { BoardModel } from '../../act/board-model';
import { iconKey } from '../../icons';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { colors, css, DESIGN_WIDTH } from '../theme';
import { GoalLineView } from './goal-line-view';
import { drawSparkline } from './sparkline';
import { BAND_COLOR } from './work-look';

/** Each DORA tile: its name, the value for the act so far with its band, and the trend under them. */
const TILE = { x: 250, y: 4, width: 150, height: 52, gap: 10 };
const TREND = { inset: 9, top: 36, height: 11 };
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
        .text(x + 10, TILE.y + 10, host.t(`dora.${key}`), 'caption', { size: 11 })
        .setOrigin(0, 0.5);
      // "Lead time for changes" is long in some languages: shrink the label to fit its tile.
      for (let size = 10.5; label.width > TILE.width - 16 && size >= 8.5; size -= 0.5)
        label.setFontSize(size);
      host.glossary.attach(label, `tile-${key}`);
      const value = host.text(x + 10, TILE.y + 25, '–', 'label', { size: 14 }).setOrigin(0, 0.5);
      const band = host.text(x + TILE.width - 10, TILE.y + 25, '', 'caption', { size: 11 }).setOrigin(1, 0.5);
      host.glossary.attach(band, 'tile-band');
      this.tiles.set(key, { value, band });
    });
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
              value: host.formatNumber(m.deploymentsPerDay, { maximumFractionDigits: 1 }),
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
      this.tileFrames.fillRoundedRect(x, TILE.y, TILE.width, TILE.height, 6);
      this.tileFrames.lineStyle(2, color, 1);
      this.tileFrames.strokeRoundedRect(x, TILE.y, TILE.width, TILE.height, 6);
      const tile = this.tiles.get(key);
      tile?.value.setText(values[key] ?? '–');
      tile?.band.setText(measured ? host.t(`dora.band.${band}`) : '').setColor(css(color));
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
          y: TILE.y + TREND.top,
          width: TILE.width - 2 * TREND.inset,
          height: TREND.height,
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
