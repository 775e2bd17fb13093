import Phaser from 'phaser';
import type { CardModel } from '../../act/board-model';
import { iconKey } from '../../icons';
import { fitText } from '../fit-text';
import type { Focusable } from '../focus-group';
import { colors, css, textStyle } from '../theme';
import { isHeld, STATUS_LOOK, WORK_LOOK } from './work-look';

export const CARD_WIDTH = 136;
export const CARD_HEIGHT = 48;
/** In a crowded column: the same two lines, tighter, so title, age and badges all stay readable. */
export const COMPACT_CARD_HEIGHT = 34;
const TOKEN_GAP = 19;

export interface CardViewOptions {
  textResolution: number;
  /** Words the card needs, already translated by the scene. */
  title: (card: CardModel) => string;
  age: (card: CardModel) => string;
  initials: (staffId: number) => string;
  constraintStaffId: number;
  onActivate: (card: CardModel) => void;
  onHover: (view: CardView) => void;
  reducedMotion: () => boolean;
}

/**
 * One work item on the board: type by stripe colour, icon and label; its age; a badge when it needs
 * the constraint engineer; staff tokens; and an outline that says blocked, defect or outage.
 */
export class CardView extends Phaser.GameObjects.Container implements Focusable {
  model: CardModel;
  private readonly background: Phaser.GameObjects.Graphics;
  private readonly icon: Phaser.GameObjects.Image;
  private readonly title: Phaser.GameObjects.Text;
  private readonly age: Phaser.GameObjects.Text;
  private readonly tokens: Phaser.GameObjects.Graphics;
  private readonly tokenLabels: Phaser.GameObjects.Text[] = [];
  private readonly statusIcon: Phaser.GameObjects.Image;
  private focusedState = false;
  private selectedState = false;
  private hovered = false;
  private pulse: Phaser.Tweens.Tween | null = null;
  private compactState = false;

  constructor(
    scene: Phaser.Scene,
    model: CardModel,
    private readonly options: CardViewOptions,
  ) {
    super(scene, 0, 0);
    this.model = model;
    this.background = scene.add.graphics();
    this.icon = scene.add
      .image(-CARD_WIDTH / 2 + 20, -9, iconKey(WORK_LOOK[model.type].icon))
      .setDisplaySize(14, 14);
    this.title = scene.add
      .text(-CARD_WIDTH / 2 + 32, -9, '', {
        ...textStyle('label', { size: 12 }),
        resolution: options.textResolution,
      })
      .setOrigin(0, 0.5);
    this.age = scene.add
      .text(-CARD_WIDTH / 2 + 14, 10, '', {
        ...textStyle('caption', { size: 11 }),
        resolution: options.textResolution,
      })
      .setOrigin(0, 0.5);
    this.tokens = scene.add.graphics();
    this.statusIcon = scene.add
      .image(CARD_WIDTH / 2 - 14, -9, iconKey('bug'))
      .setDisplaySize(14, 14)
      .setVisible(false);
    this.add([this.background, this.icon, this.title, this.age, this.tokens, this.statusIcon]);
    this.setSize(CARD_WIDTH, CARD_HEIGHT);
    this.setInteractive({ useHandCursor: true });
    this.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
      this.hovered = true;
      options.onHover(this);
      this.redraw();
    });
    this.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => {
      this.hovered = false;
      this.redraw();
    });
    this.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => this.activate());
    this.setModel(model);
    scene.add.existing(this);
  }

  get enabled(): boolean {
    return this.visible && this.active;
  }

  get label(): string {
    return this.title.text;
  }

  activate(): void {
    this.options.onActivate(this.model);
  }

  setFocused(focused: boolean): void {
    this.focusedState = focused;
    this.redraw();
  }

  get compact(): boolean {
    return this.compactState;
  }

  private get cardHeight(): number {
    return this.compactState ? COMPACT_CARD_HEIGHT : CARD_HEIGHT;
  }

  /** Line 1: icon and title; line 2: age, status and the people on it. Compact rows keep both. */
  setCompact(compact: boolean): this {
    if (compact === this.compactState && this.laidOut) return this;
    this.compactState = compact;
    this.laidOut = true;
    const h = this.cardHeight;
    this.setSize(CARD_WIDTH, h);
    (this.input?.hitArea as Phaser.Geom.Rectangle | undefined)?.setSize(CARD_WIDTH, h);
    const line1 = compact ? -7 : -9;
    this.icon.setPosition(-CARD_WIDTH / 2 + 20, line1).setDisplaySize(compact ? 12 : 14, compact ? 12 : 14);
    this.title.setY(line1);
    this.age.setY(this.line2).setFontSize(compact ? 10 : 11);
    this.drawTokens();
    this.fitTitle();
    this.redraw();
    return this;
  }

  private laidOut = false;

  private get line2(): number {
    return this.compactState ? 8 : 10;
  }

  private fitTitle(): void {
    this.title.setFontSize(this.compactState ? 11.5 : 12);
    fitText(this.title, { width: CARD_WIDTH / 2 - 8 - this.title.x, minSize: 9.5 });
  }

  setSelected(selected: boolean): void {
    if (this.selectedState === selected) return;
    this.selectedState = selected;
    this.redraw();
  }

  setModel(model: CardModel): void {
    this.model = model;
    this.title.setText(this.options.title(model));
    this.fitTitle();
    this.age.setText(this.options.age(model));
    const look = WORK_LOOK[model.type];
    this.icon.setTint(look.color);
    const status = STATUS_LOOK[model.status] ?? null;
    this.statusIcon.setVisible(status !== null);
    if (status)
      this.statusIcon
        .setTexture(iconKey(status.icon))
        .setDisplaySize(this.compactState ? 12 : 14, this.compactState ? 12 : 14)
        .setTint(status.color);
    if (this.tokenKey() !== this.drawnTokens) this.drawTokens();
    this.placeStatus();
    this.redraw();
    this.setPulsing(model.status === 'outage' && !this.options.reducedMotion());
  }

  /** An open outage pulses so the eye finds it; under reduced motion it stays steadily red. */
  private setPulsing(on: boolean): void {
    if (on === (this.pulse !== null)) return;
    this.pulse?.remove();
    this.pulse = null;
    this.background.setAlpha(1);
    if (on) {
      this.pulse = this.scene.tweens.add({
        targets: this.background,
        alpha: 0.45,
        duration: 480,
        yoyo: true,
        repeat: -1,
      });
    }
  }

  override destroy(fromScene?: boolean): void {
    this.pulse?.remove();
    this.pulse = null;
    super.destroy(fromScene);
  }

  private drawnTokens = '';

  private tokenKey(): string {
    return `${this.model.needsConstraint && this.model.column !== 'live'}|${this.model.assignees.join(',')}`;
  }

  /** The status badge stands on the second line, left of the people on the card. */
  private placeStatus(): void {
    this.statusIcon.setPosition(this.tokensLeft - 9, this.line2);
    // The age takes what the badges leave of the line.
    const right = this.statusIcon.visible ? this.tokensLeft - 20 : this.tokensLeft - 2;
    this.age.setFontSize(this.compactState ? 10 : 11);
    fitText(this.age, { width: right - this.age.x, minSize: 9 });
  }

  private tokensLeft = CARD_WIDTH / 2 - 4;

  private drawTokens(): void {
    this.drawnTokens = this.tokenKey();
    const g = this.tokens;
    g.clear();
    for (const label of this.tokenLabels) label.destroy();
    this.tokenLabels.length = 0;
    const right = CARD_WIDTH / 2 - 12;
    const y = this.line2;
    const radius = this.compactState ? 7 : 8;
    let x = right;
    if (this.model.needsConstraint && this.model.column !== 'live') {
      // The constraint flag: an orange ring with the constraint engineer's initial.
      const working = this.model.assignees.includes(this.options.constraintStaffId);
      g.fillStyle(working ? colors.orange : colors.backgroundDeep, 1);
      g.fillCircle(x, y, radius);
      g.lineStyle(2, colors.orange, 1);
      g.strokeCircle(x, y, radius);
      this.tokenLabels.push(
        this.tokenLabel(x, this.options.initials(this.options.constraintStaffId), working),
      );
      x -= TOKEN_GAP;
    }
    for (const staffId of this.model.assignees) {
      if (staffId === this.options.constraintStaffId) continue;
      g.fillStyle(colors.skyBlue, 1);
      g.fillCircle(x, y, radius);
      this.tokenLabels.push(this.tokenLabel(x, this.options.initials(staffId), true));
      x -= TOKEN_GAP;
    }
    this.tokensLeft = x + TOKEN_GAP - radius - 2;
    this.placeStatus();
  }

  private tokenLabel(x: number, initial: string, filled: boolean): Phaser.GameObjects.Text {
    const label = this.scene.add
      .text(x, this.line2, initial, {
        ...textStyle('label', {
          size: this.compactState ? 9 : 10,
          color: filled ? colors.backgroundDeep : colors.orange,
        }),
        resolution: this.options.textResolution,
      })
      .setOrigin(0.5);
    this.add(label);
    return label;
  }

  private redraw(): void {
    const g = this.background;
    const look = WORK_LOOK[this.model.type];
    const w = CARD_WIDTH;
    const h = this.cardHeight;
    const alarm = this.model.status === 'outage' || this.model.status === 'defect';
    g.clear();
    g.fillStyle(alarm ? 0x3a1a12 : this.hovered ? colors.panelHover : colors.panelRaised, 1);
    g.fillRoundedRect(-w / 2, -h / 2, w, h, 6);
    g.fillStyle(look.color, 1);
    g.fillRoundedRect(-w / 2, -h / 2, 5, h, { tl: 6, bl: 6, tr: 0, br: 0 });
    // Progress through the current stage, as a thin bar along the bottom.
    if (this.model.column !== 'live' && this.model.column !== 'backlog' && this.model.progress > 0) {
      g.fillStyle(look.color, 0.55);
      g.fillRect(-w / 2 + 5, h / 2 - 3, (w - 11) * this.model.progress, 3);
    }
    const border = this.selectedState
      ? colors.text
      : alarm
        ? colors.vermillion
        : isHeld(this.model.status)
          ? colors.orange
          : this.model.expedite
            ? colors.yellow
            : colors.border;
    g.lineStyle(this.selectedState || alarm ? 2 : 1, border, 1);
    g.strokeRoundedRect(-w / 2, -h / 2, w, h, 6);
    if (this.focusedState) {
      g.lineStyle(3, colors.focus, 1);
      g.strokeRoundedRect(-w / 2 - 4, -h / 2 - 4, w + 8, h + 8, 8);
    }
    this.title.setColor(css(colors.text));
  }
}
