import type Phaser from 'phaser';
import { type ChangeApproval, INVESTMENTS, type Investment, type Mechanic } from '../../../engine';
import { formatDuration } from '../../../i18n/format';
import type { BoardModel } from '../../act/board-model';
import { iconKey } from '../../icons';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { fitText } from '../fit-text';
import { markBox } from '../layout-box';
import { colors, css } from '../theme';
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
  private readonly shareText: Phaser.GameObjects.Text | null = null;
  private readonly debtText: Phaser.GameObjects.Text | null = null;
  private readonly meter: Phaser.GameObjects.Graphics;
  private readonly incidentText: Phaser.GameObjects.Text | null = null;
  private readonly investments: Investment[];

  constructor(
    private readonly host: WidgetHost,
    private readonly options: MechanicsPanelOptions,
  ) {
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
    y += 18;
    this.investments = INVESTMENTS.filter((investment) => has(investment));

    if (this.investments.length === 0 && !has('improvement-share') && !has('change-approval')) {
      host.text(x + 14, y, host.t('mechanics.comingTitle'), 'label', { size: 14 }).setOrigin(0, 0.5);
      host.text(x + 14, y + 18, host.t('mechanics.comingBody'), 'caption', {
        size: 12,
        wrapWidth: width - 28,
      });
      return;
    }
    if (has('improvement-share')) {
      fitText(
        host.text(x + 14, y, host.t('mechanics.improvementTime'), 'label', { size: 13 }).setOrigin(0, 0.5),
        { width: width - 136 - 14 - 14 - 8, minSize: 10 },
      );
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
      y += 22;
      this.debtText = host.text(x + 14, y, '', 'caption', { size: 11 }).setOrigin(0, 0.5);
      y += 22;
    }
    if (has('change-approval')) {
      fitText(host.text(x + 14, y, host.t('mechanics.approval'), 'label', { size: 13 }).setOrigin(0, 0.5), {
        width: 180 - 31 - 14 - 8,
        minSize: 10,
      });
      (['peer-review', 'cab'] as const).forEach((mode, index) => {
        this.approvalButtons.set(
          mode,
          host.button({
            x: x + 180 + index * 68,
            y,
            width: 62,
            height: 26,
            fontSize: 12,
            label: host.t(`mechanics.${mode}`),
            onActivate: () => options.onApproval(mode),
          }),
        );
      });
      y += 24;
      this.incidentText = host.text(x + 14, y, '', 'caption', { size: 11 }).setOrigin(0, 0.5);
      // The line's "detect" time is the mean time to detect.
      host.glossary.attach(this.incidentText, 'incidents-detect');
      y += 20;
    }
    if (this.investments.length > 0) {
      fitText(host.text(x + 14, y, host.t('mechanics.invest'), 'label', { size: 13 }).setOrigin(0, 0.5), {
        width: width - 28,
        minSize: 10,
      });
      y += 22;
      const cellWidth = (width - 28 - 6) / 2;
      const rowHeight = Math.min(32, (bottom - 8 - y) / Math.ceil(this.investments.length / 2));
      this.investments.forEach((investment, index) => {
        const column = index % 2;
        const row = Math.floor(index / 2);
        this.investButtons.set(
          investment,
          host.button({
            x: x + 14 + cellWidth / 2 + column * (cellWidth + 6),
            y: y + row * rowHeight + rowHeight / 2 - 4,
            width: cellWidth,
            height: rowHeight - 4,
            fontSize: 12,
            label: '',
            onActivate: () => options.onInvest(investment),
          }),
        );
      });
    }
  }

  private share = 0;

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
      this.debtText
        .setText(host.t('mechanics.debt', { percent: Math.round(model.debt * 100) }))
        .setFontSize(11);
      fitText(this.debtText, { width: 150 - 14 - 6, minSize: 9 });
      this.debtText.setColor(css(color));
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
      this.incidentText.setFontSize(11);
      fitText(this.incidentText, { width: PANEL.width - 28, minSize: 9 });
    }
    for (const [investment, button] of this.investButtons) {
      const status = model.investments[investment];
      const name = host.t(`investments.${investment}`);
      button.setLabel(status === 'done' ? `✓ ${name}` : status === 'in-progress' ? `… ${name}` : name);
      button.setSelected(status === 'done');
    }
  }
}
