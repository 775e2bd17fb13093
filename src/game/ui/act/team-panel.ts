import type Phaser from 'phaser';
import type { BoardModel, StaffModel } from '../../act/board-model';
import { iconKey } from '../../icons';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { fitText } from '../fit-text';
import { markBox } from '../layout-box';
import { colors, css } from '../theme';
import { formatHours } from './hud';

export const PANEL = { x: 972, y: 68, width: 292 };
const ROW_HEIGHT = 34;

export interface TeamPanelOptions {
  /** Which mechanics the act has (the protect toggle only shows when unlocked). */
  canProtect: boolean;
  onProtect: () => void;
  onStaff: (staffId: number) => void;
  staffName: (staff: StaffModel) => string;
}

/**
 * The people: the constraint engineer up top — distinct, with a utilisation meter and their queue —
 * and the rest of the team below, each a button that takes the selected card.
 */
export class TeamPanel {
  private readonly meter: Phaser.GameObjects.Graphics;
  private readonly queueText: Phaser.GameObjects.Text;
  private readonly busyText: Phaser.GameObjects.Text;
  private readonly protect: Button | null;
  private readonly rows = new Map<number, Button>();
  private readonly constraintName: string;
  readonly bottom: number;

  constructor(
    private readonly host: WidgetHost,
    staff: StaffModel[],
    constraintId: number,
    private readonly options: TeamPanelOptions,
  ) {
    const { x, y, width } = PANEL;
    const g = host.scene.add.graphics();
    g.fillStyle(colors.panel, 1);
    g.fillRoundedRect(x, y, width, 158, 8);
    g.lineStyle(2, colors.orange, 1);
    g.strokeRoundedRect(x, y, width, 158, 8);
    markBox(host.scene, 'constraint', { x, y, width, height: 158 });
    const constraint = staff.find((person) => person.id === constraintId);
    const name = constraint ? options.staffName(constraint) : '';
    this.constraintName = name;
    g.fillStyle(colors.orange, 1);
    g.fillCircle(x + 34, y + 34, 20);
    host.text(x + 34, y + 34, name.slice(0, 1), 'title', { color: colors.backgroundDeep }).setOrigin(0.5);
    fitText(host.text(x + 64, y + 24, name, 'label', { size: 16 }).setOrigin(0, 0.5), {
      width: width - 64 - 14,
      minSize: 11,
    });
    const role = host
      .text(x + 64, y + 44, host.t('team.constraintRole'), 'caption', { size: 12, color: colors.orange })
      .setOrigin(0, 0.5);
    fitText(role, { width: width - 64 - 14, minSize: 9.5 });
    host.glossary.attach(role, 'team-constraint');
    this.meter = host.scene.add.graphics();
    this.busyText = host.text(x + width - 14, y + 70, '', 'caption', { size: 12 }).setOrigin(1, 0.5);
    fitText(
      host.text(x + 14, y + 70, host.t('cause.team.utilisation'), 'caption', { size: 12 }).setOrigin(0, 0.5),
      {
        width: width - 28 - 48,
        minSize: 9.5,
      },
    );
    this.queueText = host
      .text(x + 14, y + 100, '', 'caption', { size: 12, color: colors.text })
      .setOrigin(0, 0.5);
    this.protect = options.canProtect
      ? host.button({
          x: x + width / 2,
          y: y + 134,
          width: width - 28,
          height: 34,
          compact: true,
          label: '',
          icon: iconKey('shield'),
          onActivate: options.onProtect,
        })
      : null;

    const heading = host
      .text(x + 4, y + 174, host.t('team.heading'), 'label', { size: 14 })
      .setOrigin(0, 0.5);
    fitText(
      host.text(x + width - 4, y + 174, host.t('team.assignHint'), 'caption', { size: 11 }).setOrigin(1, 0.5),
      { width: width - 8 - heading.width - 10, minSize: 9 },
    );
    // Two columns of people: compact enough to leave room for the act's own panel below.
    const others = staff.filter((person) => person.id !== constraintId);
    const cellWidth = (width - 6) / 2;
    others.forEach((person, index) => {
      const column = index % 2;
      const row = Math.floor(index / 2);
      const button = host.button({
        x: x + cellWidth / 2 + column * (cellWidth + 6),
        y: y + 198 + row * ROW_HEIGHT,
        width: cellWidth,
        height: ROW_HEIGHT - 4,
        fontSize: 13,
        label: '',
        variant: 'secondary',
        onActivate: () => options.onStaff(person.id),
      });
      this.rows.set(person.id, button);
    });
    this.bottom = y + 198 + Math.ceil(others.length / 2) * ROW_HEIGHT - ROW_HEIGHT / 2;
  }

  /** A person's button (the accessible board moves the canvas's focus ring to it). */
  staffButton(staffId: number): Button | undefined {
    return this.rows.get(staffId);
  }

  /**
   * `utilisation`: the constraint engineer's over the last working day (null before the first hour);
   * an hour alone flips between 0% and 100% as one piece of work ends and the next begins.
   */
  render(model: BoardModel, protectOn: boolean, utilisation: number | null): void {
    const { x, y, width } = PANEL;
    const busy = utilisation ?? 0;
    this.meter.clear();
    this.meter.fillStyle(colors.background, 1);
    this.meter.fillRoundedRect(x + 14, y + 80, width - 28, 8, 4);
    const color = busy > 0.9 ? colors.vermillion : busy > 0.7 ? colors.orange : colors.green;
    if (busy > 0) {
      this.meter.fillStyle(color, 1);
      this.meter.fillRoundedRect(x + 14, y + 80, Math.max(8, (width - 28) * busy), 8, 4);
    }
    // Before the first hour there is nothing to say (an empty meter, no number).
    this.busyText.setText(
      utilisation === null
        ? ''
        : this.host.formatNumber(utilisation, { style: 'percent', maximumFractionDigits: 0 }),
    );
    this.busyText.setColor(css(color));
    // The average wait (act so far) once some work has been through the queue; else only the queue.
    const wait = model.constraint.queueWaitHours;
    const count = model.constraint.queue;
    this.queueText.setText(
      wait === null
        ? this.host.t('cause.team.queue', { count, name: this.constraintName })
        : this.host.t('cause.team.queueWait', {
            count,
            name: this.constraintName,
            wait: formatHours(this.host, wait),
          }),
    );
    this.queueText.setFontSize(12);
    fitText(this.queueText, { width: width - 28, minSize: 9 });
    this.protect
      ?.setLabel(this.host.t(protectOn ? 'team.protectOn' : 'team.protectOff'))
      .setSelected(protectOn);
    for (const person of model.staff) {
      const row = this.rows.get(person.id);
      if (!row) continue;
      // The main skill only: the row is narrow, and that is what decides where they help.
      const main = (['dev', 'test', 'ops'] as const).reduce((best, stage) =>
        person.skills[stage] > person.skills[best] ? stage : best,
      );
      row.setLabel(
        this.host.t('team.row', {
          name: this.options.staffName(person),
          skills: this.host.t(`board.stages.${main}`),
          count: person.holding,
        }),
      );
    }
  }
}
