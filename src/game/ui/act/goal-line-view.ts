import type Phaser from 'phaser';
import type { BoardModel } from '../../act/board-model';
import { type FeaturePace, goalLine, type OutageState } from '../../act/goal-line';
import type { WidgetHost } from '../../scenes/base-scene';
import { colors } from '../theme';

const AREA = { x: 896, width: 200 };
const ROWS = { featuresText: 11, featuresBar: 19, outageText: 37, outageBar: 45, barHeight: 6 };

const PACE_COLOR: Record<FeaturePace, number> = {
  met: colors.green,
  'on-pace': colors.green,
  behind: colors.orange,
  missed: colors.vermillion,
};
const OUTAGE_COLOR: Record<OutageState, number> = {
  clear: colors.green,
  within: colors.yellow,
  near: colors.orange,
  over: colors.vermillion,
};

/**
 * The HUD's goal: "Features by day 15: 3 / 8" over a bar with a marker where an even pace would be by
 * now, and "Outage: 2 h of 16 h allowed" over a bar of the allowance used. Both labelled, never a bare bar.
 */
export class GoalLineView {
  private readonly featuresText: Phaser.GameObjects.Text;
  private readonly outageText: Phaser.GameObjects.Text;
  private readonly bars: Phaser.GameObjects.Graphics;

  constructor(private readonly host: WidgetHost) {
    this.featuresText = host.text(AREA.x, ROWS.featuresText, '', 'caption', {
      size: 11.5,
      color: colors.text,
    });
    this.featuresText.setOrigin(0, 0.5);
    this.outageText = host.text(AREA.x, ROWS.outageText, '', 'caption', { size: 11.5, color: colors.text });
    this.outageText.setOrigin(0, 0.5);
    this.bars = host.scene.add.graphics();
  }

  render(model: BoardModel): void {
    const { host } = this;
    const line = goalLine(model);
    this.fit(
      this.featuresText,
      host.t('words.goal.features', {
        day: line.features.byDay,
        shipped: line.features.shipped,
        target: line.features.target,
      }),
    );
    this.fit(
      this.outageText,
      host.t('words.goal.outage', {
        hours: host.formatNumber(line.outage.hours, { maximumFractionDigits: 1 }),
        allowance: host.formatNumber(line.outage.allowance, { maximumFractionDigits: 1 }),
      }),
    );
    const g = this.bars;
    g.clear();
    this.bar(ROWS.featuresBar, line.features.share, PACE_COLOR[line.features.state]);
    // The pace marker: where the features would be if they shipped evenly until the goal's day.
    if (line.features.state !== 'met') {
      const markerX = AREA.x + AREA.width * line.features.pace;
      g.fillStyle(colors.text, 1);
      g.fillRect(markerX - 1, ROWS.featuresBar - 2, 2, ROWS.barHeight + 4);
    }
    this.bar(ROWS.outageBar, line.outage.share, OUTAGE_COLOR[line.outage.state]);
  }

  private bar(y: number, share: number, color: number): void {
    const g = this.bars;
    g.fillStyle(colors.background, 1);
    g.fillRoundedRect(AREA.x, y, AREA.width, ROWS.barHeight, 3);
    if (share <= 0) return;
    g.fillStyle(color, 1);
    g.fillRoundedRect(AREA.x, y, Math.max(ROWS.barHeight, AREA.width * share), ROWS.barHeight, 3);
  }

  /** Sets the text, shrinking it until it fits the goal's width. */
  private fit(text: Phaser.GameObjects.Text, content: string): void {
    if (text.text === content) return;
    text.setText(content).setFontSize(11.5);
    for (let size = 11; text.width > AREA.width && size >= 9; size -= 0.5) text.setFontSize(size);
  }
}
