import type Phaser from 'phaser';
import { type ChangeApproval, INVESTMENTS, type Investment, type Mechanic } from '../../../engine';
import { formatDuration } from '../../../i18n/format';
import type { BoardModel } from '../../act/board-model';
import { iconKey } from '../../icons';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { fitOrShorten, fitText, setTextSize } from '../fit-text';
import { markBox } from '../layout-box';
import { colors, setTextColor } from '../theme';
import { PANEL } from './team-panel';

const IMPROVEMENT_STEP = 0.05;

export interface MechanicsPanelOptions {
  top: number;
  mechanics: readonly Mechanic[];
  onInvest: (investment: Investment) => void;
  onImprovementShare: (share: number) => void;
  onApproval: (mode: ChangeApproval) => void;
}

/**
 * The act's own tools under the team: improvement time and the debt it pays down, change approval,
 * and the investments (each is real work that pays off when done). Sections appear as Ways unlock
 * them; in the First Way the panel says what is coming.
 */
export class MechanicsPanel {
  private readonly investButtons = new Map<Investment, Button>();
  private readonly approvalButtons = new Map<ChangeApproval, Button>();
  private shareText: Phaser.GameObjects.Text | null = null;
  private debtText: Phaser.GameObjects.Text | null = null;
  private meter!: Phaser.GameObjects.Graphics;
  private incidentText: Phaser.GameObjects.Text | null = null;
  private readonly investments: Investment[];

  /** True when an act's mechanics give it tools of its own (else the panel only says what is coming). */
  static hasTools(mechanics: readonly Mechanic[]): boolean {
    return (
      mechanics.includes('improvement-share') ||
      mechanics.includes('change-approval') ||
      INVESTMENTS.some((investment) => mechanics.includes(investment))
    );
  }

  /** Everything the panel drew, so a tab can hide and show it (see SideTabs). */
  private readonly objects: Phaser.GameObjects.GameObject[];

  constructor(
    private readonly host: WidgetHost,
    private readonly options: MechanicsPanelOptions,
  ) {
    const first = host.scene.children.list.length;
    this.investments = INVESTMENTS.filter((investment) => options.mechanics.includes(investment));
    this.build();
    this.objects = host.scene.children.list.slice(first);
  }

  /** Shows or hides the panel; shown, its investments show the page they were on. */
  setShown(shown: boolean): void {
    for (const object of this.objects)
      (object as unknown as Phaser.GameObjects.Components.Visible).setVisible(shown);
    if (shown) this.pageInvestments(0);
  }

  private build(): void {
    const { host, options } = this;
    const { x, width } = PANEL;
    const has = (mechanic: Mechanic) => options.mechanics.includes(mechanic);
    const bottom = 596;
    let y = options.top;
    const g = host.scene.add.graphics();
    g.fillStyle(colors.panel, 1);
    g.fillRoundedRect(x, y, width, bottom - y, 8);
    g.lineStyle(1, colors.border, 1);
    g.strokeRoundedRect(x, y, width, bottom - y, 8);
    markBox(host.scene, 'mechanics', { x, y, width, height: bottom - y });
    this.meter = host.scene.add.graphics();
    const scale = host.textRender.scale;
    // A row's step: as at 100% text, or what larger text needs (its line plus a little air).
    const step = (atFull: number, text: Phaser.GameObjects.Text, air = 4) =>
      Math.max(atFull, text.height + air);
    y += 18 * Math.max(1, scale * 0.9);

    if (this.investments.length === 0 && !has('improvement-share') && !has('change-approval')) {
      const title = host
        .text(x + 14, y, host.t('mechanics.comingTitle'), 'label', { size: 14 })
        .setOrigin(0, 0.5);
      fitText(title, { width: width - 28, minSize: 11 });
      const bodyTop = y + title.height / 2 + 4;
      const body = host.text(x + 14, bodyTop, host.t('mechanics.comingBody'), 'caption', {
        size: 12,
        wrapWidth: width - 28,
      });
      fitText(body, { width: width - 28, height: bottom - 8 - bodyTop, minSize: 9.5, wrap: true });
      return;
    }
    if (has('improvement-share')) {
      const improvement = host
        .text(x + 14, y, host.t('mechanics.improvementTime'), 'label', { size: 13 })
        .setOrigin(0, 0.5);
      fitOrShorten(improvement, host.t('shortLabels.improvementTime'), {
        width: width - 136 - 14 - 14 - 8,
        minSize: 10,
      });
      this.shareText = host
        .text(x + width - 92, y, '', 'label', { size: 15, color: colors.yellow })
        .setOrigin(0.5);
      host.button({
        x: x + width - 136,
        y,
        width: 28,
        height: 24,
        label: '',
        icon: iconKey('minus'),
        description: host.t('mechanics.lessImprovement'),
        onActivate: () => this.changeShare(-IMPROVEMENT_STEP),
      });
      host.button({
        x: x + width - 48,
        y,
        width: 28,
        height: 24,
        label: '',
        icon: iconKey('plus'),
        description: host.t('mechanics.moreImprovement'),
        onActivate: () => this.changeShare(IMPROVEMENT_STEP),
      });
      y += step(22, improvement);
      this.debtText = host.text(x + 14, y, '–', 'caption', { size: 11 }).setOrigin(0, 0.5);
      y += step(22, this.debtText);
    }
    if (has('change-approval')) {
      const approval = host
        .text(x + 14, y, host.t('mechanics.approval'), 'label', { size: 13 })
        .setOrigin(0, 0.5);
      fitOrShorten(approval, host.t('shortLabels.approval'), { width: 180 - 31 - 14 - 8, minSize: 10 });
      (['peer-review', 'cab'] as const).forEach((mode, index) => {
        this.approvalButtons.set(
          mode,
          host.button({
            x: x + 180 + index * 68,
            y,
            width: 62,
            height: Math.max(26, Math.ceil(12 * 1.25 * scale) + 4),
            fontSize: 12,
            label: host.t(`mechanics.${mode}`),
            onActivate: () => options.onApproval(mode),
          }),
        );
      });
      y += step(24, approval, 8);
    }
    if (has('change-approval')) {
      // Larger text: the line may take two (its room is kept from the start, so nothing moves later).
      this.incidentLines = scale > 1 ? 2 : 1;
      this.incidentText = host.text(x + 14, y, '–', 'caption', { size: 11 }).setOrigin(0, 0);
      const lineHeight = this.incidentText.height;
      this.incidentLineHeight = lineHeight;
      this.incidentText.setY(y - lineHeight / 2);
      // The line's "detect" time is the mean time to detect.
      host.glossary.attach(this.incidentText, 'incidents-detect');
      // The next row's centre: under the line(s), by half a heading's height and a little air.
      y = Math.max(
        y + 20,
        y - lineHeight / 2 + lineHeight * this.incidentLines + 4 + (13 * 1.25 * scale) / 2,
      );
    }
    if (this.investments.length === 0) return;
    const invest = host.text(x + 14, y, host.t('mechanics.invest'), 'label', { size: 13 }).setOrigin(0, 0.5);
    if (scale === 1) {
      // Two columns of buttons under the heading.
      fitText(invest, { width: width - 28, minSize: 10 });
      y += step(22, invest, 2);
      const cellWidth = (width - 28 - 6) / 2;
      const rowHeight = Math.min(32, (bottom - 8 - y) / Math.ceil(this.investments.length / 2));
      this.investments.forEach((investment, index) => {
        this.investButtons.set(
          investment,
          this.investButton(investment, {
            x: x + 14 + cellWidth / 2 + (index % 2) * (cellWidth + 6),
            y: y + Math.floor(index / 2) * rowHeight + rowHeight / 2 - 4,
            width: cellWidth,
            height: rowHeight - 4,
          }),
        );
      });
      return;
    }
    // Larger text: one investment a row, the whole width for its name; the rows that do not fit page
    // with ▲ / ▼ beside the heading (as a crowded column scrolls).
    const rowHeight = Math.ceil(12 * 1.25 * scale) + 10;
    const pagerRoom = 2 * 34 + 8;
    fitOrShorten(invest, host.t('shortLabels.invest'), { width: width - 28 - pagerRoom, minSize: 10 });
    const headingY = y;
    y += step(22, invest, 4);
    this.investRows = Math.max(1, Math.floor((bottom - 6 - y) / rowHeight));
    this.investments.forEach((investment, index) => {
      this.investButtons.set(
        investment,
        this.investButton(investment, {
          x: x + width / 2,
          y: y + (index % this.investRows) * rowHeight + rowHeight / 2,
          width: width - 28,
          height: rowHeight - 4,
        }),
      );
    });
    if (this.investRows < this.investments.length) {
      const arrow = (direction: -1 | 1, at: number) =>
        host.button({
          x: at,
          y: headingY,
          width: 30,
          height: Math.min(30, rowHeight - 2),
          label: '',
          icon: iconKey(direction < 0 ? 'chevron-up' : 'chevron-down'),
          description: host.t(direction < 0 ? 'layout.scrollUp' : 'layout.scrollDown'),
          onActivate: () => this.pageInvestments(direction),
        });
      this.investPager = { up: arrow(-1, x + width - 14 - 15 - 36), down: arrow(1, x + width - 14 - 15) };
    }
    this.pageInvestments(0);
  }

  private investButton(
    investment: Investment,
    place: { x: number; y: number; width: number; height: number },
  ): Button {
    return this.host.button({
      ...place,
      fontSize: 12,
      label: '',
      onActivate: () => this.options.onInvest(investment),
    });
  }

  /** How many investment rows show at once (all of them at 100% text). */
  private investRows = Number.POSITIVE_INFINITY;
  private investPage = 0;
  private investPager: { up: Button; down: Button } | null = null;

  /** Shows the page of investments `direction` pages on (0: the current one again). */
  private pageInvestments(direction: -1 | 0 | 1): void {
    const pages = Math.ceil(this.investments.length / this.investRows);
    this.investPage = Math.min(pages - 1, Math.max(0, this.investPage + direction));
    this.investments.forEach((investment, index) => {
      this.investButtons.get(investment)?.setVisible(Math.floor(index / this.investRows) === this.investPage);
    });
    this.investPager?.up.setEnabled(this.investPage > 0);
    this.investPager?.down.setEnabled(this.investPage < pages - 1);
  }

  private share = 0;
  private incidentLines = 1;
  private incidentLineHeight = 0;

  private changeShare(delta: number): void {
    const next = Math.round((this.share + delta) * 100) / 100;
    this.options.onImprovementShare(Math.min(0.5, Math.max(0, next)));
  }

  render(model: BoardModel): void {
    const { host } = this;
    this.share = model.settings.improvementShare;
    this.shareText?.setText(host.formatNumber(this.share, { style: 'percent', maximumFractionDigits: 0 }));
    if (this.debtText) {
      // Debt as a bar: it is what improvement time pays down.
      const debt = Math.min(1, model.debt);
      const color = debt > 0.4 ? colors.vermillion : debt > 0.2 ? colors.orange : colors.green;
      this.debtText.setText(host.t('mechanics.debt', { percent: Math.round(model.debt * 100) }));
      setTextSize(this.debtText, 11);
      fitText(this.debtText, { width: 150 - 14 - 6, minSize: 9 });
      setTextColor(this.debtText, color);
      this.meter.clear();
      this.meter.fillStyle(colors.background, 1);
      this.meter.fillRoundedRect(PANEL.x + 150, this.debtText.y - 4, PANEL.width - 164, 8, 4);
      this.meter.fillStyle(color, 1);
      this.meter.fillRoundedRect(
        PANEL.x + 150,
        this.debtText.y - 4,
        Math.max(8, (PANEL.width - 164) * debt),
        8,
        4,
      );
    }
    for (const [mode, button] of this.approvalButtons)
      button.setSelected(model.settings.changeApproval === mode);
    if (this.incidentText) {
      const m = model.metrics;
      this.incidentText.setText(
        host.t('mechanics.incidents', {
          count: model.openIncidents,
          detect: formatDuration(host, m.mttdHours),
          restore: formatDuration(host, m.mttrHours),
        }),
      );
      setTextSize(this.incidentText, 11);
      fitText(this.incidentText, {
        width: PANEL.width - 28,
        height: this.incidentLineHeight * this.incidentLines + 1,
        minSize: 9,
        wrap: this.incidentLines > 1,
      });
    }
    for (const [investment, button] of this.investButtons) {
      const status = model.investments[investment];
      const name = host.t(`investments.${investment}`);
      button.setLabel(status === 'done' ? `✓ ${name}` : status === 'in-progress' ? `… ${name}` : name);
      button.setSelected(status === 'done');
    }
  }
}
