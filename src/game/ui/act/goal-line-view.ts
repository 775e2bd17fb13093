import type Phaser from 'phaser';
import type { BoardModel } from '../../act/board-model';
import { type FeaturePace, goalLine, type OutageState } from '../../act/goal-line';
import type { WidgetHost } from '../../scenes/base-scene';
import { fitText, setTextSize } from '../fit-text';
import { colors } from '../theme';

const AREA = { x: 896, width: 200 };
/** The rows at 100% text; larger text spreads them over the HUD's full height. */
function rowsAt(textScale: number) {
  const grow = (textScale - 1) * 2;
  return {
    featuresText: 11 + grow,
    featuresBar: 19 + 4 * grow,
    outageText: 37 + 2.5 * grow,
    outageBar: 45 + 6 * grow,
  };
}
const BAR_HEIGHT = 6;

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
  private readonly rows: ReturnType<typeof rowsAt>;

  constructor(private readonly host: WidgetHost) {
    this.rows = rowsAt(host.textRender.scale);
    const ROWS = this.rows;
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
    const ROWS = this.rows;
    g.clear();
    this.bar(ROWS.featuresBar, line.features.share, PACE_COLOR[line.features.state]);
    // The pace marker: where the features would be if they shipped evenly until the goal's day.
    if (line.features.state !== 'met') {
      const markerX = AREA.x + AREA.width * line.features.pace;
      g.fillStyle(colors.text, 1);
      g.fillRect(markerX - 1, ROWS.featuresBar - 2, 2, BAR_HEIGHT + 4);
    }
    this.bar(ROWS.outageBar, line.outage.share, OUTAGE_COLOR[line.outage.state]);
  }

  private bar(y: number, share: number, color: number): void {
    const g = this.bars;
    g.fillStyle(colors.background, 1);
    g.fillRoundedRect(AREA.x, y, AREA.width, BAR_HEIGHT, 3);
    if (share <= 0) return;
    g.fillStyle(color, 1);
    g.fillRoundedRect(AREA.x, y, Math.max(BAR_HEIGHT, AREA.width * share), BAR_HEIGHT, 3);
  }

  /** Sets the text, shrinking it until it fits the goal's width. */
  private fit(text: Phaser.GameObjects.Text, content: string): void {
    if (text.text === content) return;
    setTextSize(text.setText(content), 11.5);
    fitText(text, { width: AREA.width, minSize: 9 });
  }
}
