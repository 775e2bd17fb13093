import type Phaser from 'phaser';
import type { BoardModel, StaffModel } from '../../act/board-model';
import { iconKey } from '../../icons';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { fitOrShorten, fitText, setTextSize } from '../fit-text';
import { markBox } from '../layout-box';
import { colors, setTextColor } from '../theme';
import { formatHours } from './hud';

export const PANEL = { x: 972, y: 68, width: 292 };
const ROW_HEIGHT = 34;

export interface TeamPanelOptions {
  /** Which mechanics the act has (the protect toggle only shows when unlocked). */
  canProtect: boolean;
  onProtect: () => void;
  onStaff: (staffId: number) => void;
  staffName: (staff: StaffModel) => string;
  /**
   * Larger text on an act with tools: the team and the tools share the room under the constraint card
   * as two tabs (see SideTabs); the team leaves a row for the tabs and says only how to assign.
   */
  tabbed?: boolean;
}

/** The tabs' row under the constraint card, when the panel is tabbed. */
const TAB_ROW = 38;

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
  private readonly meterY: number;
  /** What the team's tab shows: its heading, hint and people. */
  private readonly staffObjects: Phaser.GameObjects.GameObject[] = [];
  readonly bottom: number;
  /** Where the tabs' row starts, and where the tabs' content starts (the team's, or the tools'). */
  readonly tabsTop: number;
  readonly contentTop: number;

  constructor(
    private readonly host: WidgetHost,
    staff: StaffModel[],
    constraintId: number,
    private readonly options: TeamPanelOptions,
  ) {
    const { x, y, width } = PANEL;
    // Each row goes where it went at 100% text, or lower when larger text needs the room: the card
    // grows downwards and the team below moves with it.
    const below = (text: Phaser.GameObjects.Text, gap: number) => text.y + text.height + gap;
    // Made first, so it lies under the card's texts; drawn once the card's height is known. The box
    // too: the layout check holds a text to the box made before it that holds its anchor.
    const g = host.scene.add.graphics();
    const box = markBox(host.scene, 'constraint', { x, y, width, height: 0 });
    const constraint = staff.find((person) => person.id === constraintId);
    const name = constraint ? options.staffName(constraint) : '';
    this.constraintName = name;
    const nameText = host.text(x + 64, y + 8, name, 'label', { size: 16 });
    fitText(nameText, { width: width - 64 - 14, minSize: 11 });
    nameText.setY(Math.max(y + 6, y + 24 - nameText.height / 2));
    const role = host.text(x + 64, below(nameText, 0), host.t('team.constraintRole'), 'caption', {
      size: 12,
      color: colors.orange,
    });
    fitOrShorten(role, host.t('shortLabels.constraintRole'), { width: width - 64 - 14, minSize: 9.5 });
    role.setY(Math.max(role.y, y + 44 - role.height / 2));
    host.glossary.attach(role, 'team-constraint');
    const avatarY = Math.max(y + 34, (nameText.y + below(role, 0)) / 2);
    const avatar = host.scene.add.graphics();
    avatar.fillStyle(colors.orange, 1);
    avatar.fillCircle(x + 34, avatarY, 20);
    host.text(x + 34, avatarY, name.slice(0, 1), 'title', { color: colors.backgroundDeep }).setOrigin(0.5);

    const utilisationY = Math.max(y + 70, below(role, 2) + 11 * host.textRender.scale);
    this.busyText = host.text(x + width - 14, utilisationY, '', 'caption', { size: 12 }).setOrigin(1, 0.5);
    const utilisation = host
      .text(x + 14, utilisationY, host.t('cause.team.utilisation'), 'caption', { size: 12 })
      .setOrigin(0, 0.5);
    // Room on the right for "100 %" at the player's text size.
    fitText(utilisation, { width: width - 28 - 48 * host.textRender.scale, minSize: 9.5 });
    this.meter = host.scene.add.graphics();
    this.meterY = Math.max(y + 80, below(utilisation, 1));
    this.queueText = host.text(x + 14, this.meterY + 11, '', 'caption', { size: 12, color: colors.text });
    this.queueText.setY(Math.max(this.meterY + 11, y + 100 - this.queueText.height / 2));
    const protectY = Math.max(y + 134, below(this.queueText, 4) + 17);
    this.protect = options.canProtect
      ? host.button({
          x: x + width / 2,
          y: protectY,
          width: width - 28,
          height: 34,
          compact: true,
          label: '',
          icon: iconKey('shield'),
          onActivate: options.onProtect,
        })
      : null;
    const cardHeight = Math.max(158, protectY + 17 + 7 - y);
    g.fillStyle(colors.panel, 1);
    g.fillRoundedRect(x, y, width, cardHeight, 8);
    g.lineStyle(2, colors.orange, 1);
    g.strokeRoundedRect(x, y, width, cardHeight, 8);
    box.setSize(width, cardHeight);

    this.tabsTop = y + cardHeight + 6;
    this.contentTop = options.tabbed ? this.tabsTop + TAB_ROW : y + cardHeight + 4;
    const headingY = this.contentTop + 12;
    const heading = options.tabbed
      ? null
      : host.text(x + 4, headingY, host.t('team.heading'), 'label', { size: 14 }).setOrigin(0, 0.5);
    const hint = options.tabbed
      ? host.text(x + 4, headingY, host.t('team.assignHint'), 'caption', { size: 11 }).setOrigin(0, 0.5)
      : host
          .text(x + width - 4, headingY, host.t('team.assignHint'), 'caption', { size: 11 })
          .setOrigin(1, 0.5);
    fitText(hint, { width: width - 8 - (heading ? heading.width + 10 : 0), minSize: 9 });
    this.staffObjects.push(hint, ...(heading ? [heading] : []));
    const headingHeight = Math.max(heading?.height ?? 0, hint.height);
    // Two columns of people: compact enough to leave room for the act's own panel below.
    const others = staff.filter((person) => person.id !== constraintId);
    const cellWidth = (width - 6) / 2;
    const rowHeight = Math.max(ROW_HEIGHT, Math.ceil(13 * 1.25 * host.textRender.scale) + 10);
    const firstRow = Math.max(options.tabbed ? 0 : y + 198, headingY + headingHeight / 2 + 4 + rowHeight / 2);
    others.forEach((person, index) => {
      const column = index % 2;
      const row = Math.floor(index / 2);
      const button = host.button({
        x: x + cellWidth / 2 + column * (cellWidth + 6),
        y: firstRow + row * rowHeight,
        width: cellWidth,
        height: rowHeight - 4,
        fontSize: 13,
        label: '',
        variant: 'secondary',
        onActivate: () => options.onStaff(person.id),
      });
      this.rows.set(person.id, button);
      this.staffObjects.push(button);
    });
    this.bottom = firstRow + Math.ceil(others.length / 2) * rowHeight - rowHeight / 2;
  }

  /** Shows or hides the team's tab (the constraint card always shows). */
  setStaffShown(shown: boolean): void {
    for (const object of this.staffObjects)
      (object as unknown as Phaser.GameObjects.Components.Visible).setVisible(shown);
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
    const { x, width } = PANEL;
    const busy = utilisation ?? 0;
    this.meter.clear();
    this.meter.fillStyle(colors.background, 1);
    this.meter.fillRoundedRect(x + 14, this.meterY, width - 28, 8, 4);
    const color = busy > 0.9 ? colors.vermillion : busy > 0.7 ? colors.orange : colors.green;
    if (busy > 0) {
      this.meter.fillStyle(color, 1);
      this.meter.fillRoundedRect(x + 14, this.meterY, Math.max(8, (width - 28) * busy), 8, 4);
    }
    // Before the first hour there is nothing to say (an empty meter, no number).
    this.busyText.setText(
      utilisation === null
        ? ''
        : this.host.formatNumber(utilisation, { style: 'percent', maximumFractionDigits: 0 }),
    );
    setTextColor(this.busyText, color);
    // The average wait (act so far) once some work has been through the queue; else only the queue.
    const wait = model.constraint.queueWaitHours;
    const count = model.constraint.queue;
    const queue = this.host.t('cause.team.queue', { count, name: this.constraintName });
    this.queueText.setText(
      wait === null
        ? queue
        : this.host.t('cause.team.queueWait', {
            count,
            name: this.constraintName,
            wait: formatHours(this.host, wait),
          }),
    );
    setTextSize(this.queueText, 12);
    // Where queue and wait cannot share the line even small (German at 150 %), the queue alone; the
    // average wait is charted in the debrief.
    fitOrShorten(this.queueText, queue, { width: width - 28, minSize: 9 });
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
      const label = (stages: string) =>
        this.host.t('team.row', {
          name: this.options.staffName(person),
          skills: this.host.t(`${stages}.${main}`),
          count: person.holding,
        });
      row.setLabel(label('board.stages'));
      // A long stage name at larger text: its short form ("Ops." for "Operaciones").
      if (!row.labelFits) row.setLabel(label('shortLabels.stages'));
    }
  }
}
