import type Phaser from 'phaser';
import type { BoardModel, CardModel } from '../../act/board-model';
import { iconKey } from '../../icons';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { fitOrShorten, fitText, setTextSize } from '../fit-text';
import { markBox } from '../layout-box';
import { colors, DESIGN_WIDTH } from '../theme';
import { WORK_LOOK } from './work-look';

const BAR = { y: 606, height: 106 };
/** The bar's sections, left to right: incoming, release, the act's switches, the money. */
const SECTIONS = [
  { name: 'incoming', left: 16, right: 430 },
  { name: 'release', left: 430, right: 812 },
  { name: 'switches', left: 812, right: 1090 },
  { name: 'money', left: 1090, right: DESIGN_WIDTH - 16 },
] as const;
/** The batch size's column in the release section, left of Deploy. */
const BATCH = { x: 448, width: 152 };

export interface ControlBarOptions {
  canTriage: boolean;
  canBatch: boolean;
  canFreeze: boolean;
  canStopTheLine: boolean;
  onStopTheLine: () => void;
  /** A triage decision for the request on show (by id: what the player read is what is decided). */
  onTriage: (decision: 'accept' | 'defer' | 'reject', itemId: number) => void;
  onBatch: (delta: 1 | -1) => void;
  onDeploy: () => void;
  onFreeze: () => void;
  cardTitle: (card: CardModel) => string;
}

/** The bottom bar: incoming requests to triage, the release batch, Deploy, and the act's switches. */
export class ControlBar {
  private readonly incomingTitle: Phaser.GameObjects.Text;
  private readonly incomingCard: Phaser.GameObjects.Text;
  private readonly incomingFrame: Phaser.GameObjects.Graphics;
  private readonly triageButtons: Button[] = [];
  private readonly batchValue: Phaser.GameObjects.Text | null = null;
  private readonly deploy: Button;
  private readonly freeze: Button | null;
  private readonly stopLine: Button | null;
  private readonly revenue: Phaser.GameObjects.Text;
  private readonly value: Phaser.GameObjects.Text;
  private shownRequest: number | null = null;

  constructor(
    private readonly host: WidgetHost,
    private readonly options: ControlBarOptions,
  ) {
    const g = host.scene.add.graphics();
    g.fillStyle(colors.panel, 1);
    g.fillRoundedRect(16, BAR.y, DESIGN_WIDTH - 32, BAR.height, 8);
    g.lineStyle(1, colors.border, 1);
    g.strokeRoundedRect(16, BAR.y, DESIGN_WIDTH - 32, BAR.height, 8);
    for (const x of [430, 812, 1090]) g.lineBetween(x, BAR.y + 12, x, BAR.y + BAR.height - 12);
    for (const section of SECTIONS)
      markBox(host.scene, `controls:${section.name}`, {
        x: section.left,
        y: BAR.y,
        width: section.right - section.left,
        height: BAR.height,
      });

    this.incomingTitle = host.text(32, BAR.y + 18, '', 'label', { size: 14 }).setOrigin(0, 0.5);
    this.incomingFrame = host.scene.add.graphics();
    this.incomingCard = host.text(48, BAR.y + 46, '', 'label', { size: 13 }).setOrigin(0, 0.5);
    if (options.canTriage) {
      (['accept', 'defer', 'reject'] as const).forEach((decision, index) => {
        this.triageButtons.push(
          host.button({
            x: 90 + index * 124,
            y: BAR.y + 80,
            width: 116,
            height: 32,
            compact: true,
            label: host.t(`controls.${decision}`),
            variant: decision === 'accept' ? 'primary' : 'secondary',
            onActivate: () => {
              if (this.shownRequest !== null) options.onTriage(decision, this.shownRequest);
            },
          }),
        );
      });
    }

    const release = host
      .text(BATCH.x, BAR.y + 18, host.t('controls.release'), 'label', { size: 14 })
      .setOrigin(0, 0.5);
    // Clear of Deploy, whose left edge is at 620.
    fitText(release, { width: 620 - 8 - BATCH.x, minSize: 10 });
    release.setY(Math.max(BAR.y + 18, BAR.y + 4 + release.height / 2));
    if (options.canBatch) {
      // Its own column, left of Deploy: two short lines rather than one under the button.
      const top = Math.max(BAR.y + 30, release.y + release.height / 2);
      const label = host.text(BATCH.x, top, host.t('controls.batchSize'), 'caption', { size: 12 });
      const fit = { width: BATCH.width, height: BAR.y + 66 - top, minSize: 10, wrap: true };
      if (!fitText(label, fit)) {
        setTextSize(label.setText(host.t('shortLabels.batchSize')), 12);
        fitText(label, fit);
      }
      host.glossary.attach(label, 'release-batch');
      host.button({
        x: 468,
        y: BAR.y + 84,
        width: 40,
        height: 32,
        label: '',
        icon: iconKey('minus'),
        description: host.t('controls.batchDown'),
        onActivate: () => options.onBatch(-1),
      });
      this.batchValue = host.text(516, BAR.y + 84, '', 'title').setOrigin(0.5);
      host.button({
        x: 564,
        y: BAR.y + 84,
        width: 40,
        height: 32,
        label: '',
        icon: iconKey('plus'),
        description: host.t('controls.batchUp'),
        onActivate: () => options.onBatch(1),
      });
    }
    this.deploy = host.button({
      x: 708,
      y: BAR.y + 60,
      width: 176,
      height: 64,
      label: '',
      icon: iconKey('rocket'),
      variant: 'primary',
      sound: 'confirm',
      onActivate: options.onDeploy,
    });

    // The act's switches: project freeze, and stop-the-line once the Second Way unlocks it.
    const both = options.canFreeze && options.canStopTheLine;
    this.freeze = options.canFreeze
      ? host.button({
          x: 951,
          y: both ? BAR.y + 30 : BAR.y + 60,
          width: 250,
          height: both ? 38 : 44,
          compact: true,
          label: '',
          icon: iconKey('snowflake'),
          onActivate: options.onFreeze,
        })
      : null;
    this.stopLine = options.canStopTheLine
      ? host.button({
          x: 951,
          y: both ? BAR.y + 76 : BAR.y + 60,
          width: 250,
          height: both ? 38 : 44,
          compact: true,
          label: '',
          icon: iconKey('octagon-x'),
          onActivate: options.onStopTheLine,
        })
      : null;

    const moneyWidth = SECTIONS[3].right - 1106 - 8;
    const caption = (key: 'valueDelivered' | 'revenueLost') => {
      const text = host.text(1106, 0, host.t(`controls.${key}`), 'caption', { size: 12 }).setOrigin(0, 0.5);
      fitOrShorten(text, host.t(`shortLabels.${key}`), { width: moneyWidth, minSize: 9.5 });
      return text;
    };
    const delivered = caption('valueDelivered');
    this.value = host.text(1106, 0, '$0', 'label', { size: 16, color: colors.green }).setOrigin(0, 0.5);
    const lost = caption('revenueLost');
    this.revenue = host
      .text(1106, 0, '$0', 'label', { size: 16, color: colors.vermillion })
      .setOrigin(0, 0.5);
    // Four lines: where they stood at 100% text, or stacked edge to edge when larger text needs the room.
    const lines = [delivered, this.value, lost, this.revenue];
    const atFull = [24, 44, 68, 88];
    const total = lines.reduce((sum, line) => sum + line.height, 0);
    let top = BAR.y + Math.max(0, (BAR.height - total) / 2);
    lines.forEach((line, index) => {
      const stacked = top + line.height / 2;
      line.setY(total > 80 ? stacked : BAR.y + (atFull[index] ?? 0));
      top += line.height;
    });
  }

  /** The request on show in the Incoming panel (what a triage button or key decides). */
  get shownRequestId(): number | null {
    return this.shownRequest;
  }

  /** The triage buttons (the Incoming panel holds its countdown while one has keyboard focus). */
  get triageControls(): readonly Button[] {
    return this.triageButtons;
  }

  render(
    model: BoardModel,
    settings: { batchSize: number; projectFreeze: boolean; stopTheLine: boolean },
  ): void {
    const { host } = this;
    const next = model.triage[0];
    this.shownRequest = next?.id ?? null;
    this.incomingTitle.setText(host.t('controls.incoming', { count: model.triage.length }));
    this.incomingFrame.clear();
    if (next) {
      const look = WORK_LOOK[next.type];
      this.incomingFrame.fillStyle(colors.panelRaised, 1);
      this.incomingFrame.fillRoundedRect(32, BAR.y + 32, 380, 28, 5);
      this.incomingFrame.fillStyle(look.color, 1);
      this.incomingFrame.fillRoundedRect(32, BAR.y + 32, 5, 28, { tl: 5, bl: 5, tr: 0, br: 0 });
      this.incomingCard.setText(this.options.cardTitle(next));
    } else {
      this.incomingCard.setText(host.t('controls.noIncoming'));
    }
    setTextSize(this.incomingCard, 13);
    fitText(this.incomingCard, { width: 412 - 48 - 8, minSize: 10 });
    for (const button of this.triageButtons) button.setEnabled(next !== undefined);
    this.batchValue?.setText(String(settings.batchSize));
    // A release under way says so (its cards stay in Ready until it is live), not "Deploy (0)".
    const deploying = model.columns
      .find((column) => column.column === 'release')
      ?.cards.filter((card) => card.deploying).length;
    this.deploy.setLabel(
      model.releaseInProgress
        ? host.t('house.deploying', { count: deploying ?? 0 })
        : host.t('controls.deploy', { count: model.readyToDeploy }),
    );
    this.deploy.setEnabled(model.readyToDeploy > 0 && !model.releaseInProgress);
    this.freeze
      ?.setLabel(host.t(settings.projectFreeze ? 'controls.freezeOn' : 'controls.freezeOff'))
      .setSelected(settings.projectFreeze);
    this.stopLine
      ?.setLabel(host.t(settings.stopTheLine ? 'controls.stopLineOn' : 'controls.stopLineOff'))
      .setSelected(settings.stopTheLine);
    const money = (amount: number) =>
      host.formatNumber(amount * 1000, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    this.value.setText(money(model.metrics.valueDelivered));
    this.revenue.setText(money(model.metrics.revenueLost));
  }
}
