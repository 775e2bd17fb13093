import Phaser from 'phaser';
import type { CardModel } from '../../act/board-model';
import { ICON_SHEET, iconKey } from '../../icons';
import { fitOrShorten, setTextSize } from '../fit-text';
import type { Focusable } from '../focus-group';
import { addText, colors, setTextColor, type TextRender } from '../theme';
import { EXPEDITE_LOOK, isHeld, STATUS_LOOK, WORK_LOOK } from './work-look';

export const CARD_WIDTH = 136;
/** A card's two lines at 100% text; larger text makes the card taller by the same factor. */
const CARD_HEIGHT = 48;
/** In a crowded column: the same two lines, tighter, so title, age and badges all stay readable. */
const COMPACT_CARD_HEIGHT = 34;
const TOKEN_GAP = 19;

/** A card's height at the player's text size (1, 1.25 or 1.5), full or compact. */
export function cardHeight(textScale: number, compact: boolean): number {
  return Math.round((compact ? COMPACT_CARD_HEIGHT : CARD_HEIGHT) * textScale);
}

export interface CardViewOptions {
  textRender: TextRender;
  /** Words the card needs, already translated by the scene. */
  title: (card: CardModel) => string;
  /** The title by its number alone, for a card too narrow for its words (larger text, long languages). */
  titleShort: (card: CardModel) => string;
  age: (card: CardModel) => string;
  /** The age alone ("2.5 d"), for a line too narrow for "age 2.5 d" (larger text, several badges). */
  ageShort: (card: CardModel) => string;
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
  private readonly expediteIcon: Phaser.GameObjects.Image;
  private focusedState = false;
  private selectedState = false;
  private hovered = false;
  private pulse: Phaser.Tweens.Tween | null = null;
  private compactState = false;

  /**
   * `compact`: the card's size where it first stands. A card is laid out once, at that size, with its
   * words: each later change of size or words draws its texts again (an act's first build drew every
   * card's title three times: made empty, given its words, made compact).
   */
  constructor(
    scene: Phaser.Scene,
    model: CardModel,
    private readonly options: CardViewOptions,
    compact = false,
  ) {
    super(scene, 0, 0);
    this.model = model;
    this.compactState = compact;
    this.background = scene.add.graphics();
    this.scale1 = options.textRender.scale;
    this.icon = scene.add
      .image(-CARD_WIDTH / 2 + 20, this.line1, ICON_SHEET, iconKey(WORK_LOOK[model.type].icon))
      .setDisplaySize(this.iconSize, this.iconSize);
    this.title = addText(
      scene,
      { x: -CARD_WIDTH / 2 + 20 + this.iconSize / 2 + 5, y: this.line1 },
      options.title(model),
      'label',
      { size: this.titleSize },
      options.textRender,
    ).setOrigin(0, 0.5);
    this.age = addText(
      scene,
      { x: -CARD_WIDTH / 2 + 14, y: this.line2 },
      options.age(model),
      'caption',
      { size: this.ageSize },
      options.textRender,
    ).setOrigin(0, 0.5);
    this.tokens = scene.add.graphics();
    this.statusIcon = scene.add
      .image(CARD_WIDTH / 2 - 14, -9, ICON_SHEET, iconKey('bug'))
      .setDisplaySize(this.iconSize, this.iconSize)
      .setVisible(false);
    this.expediteIcon = scene.add
      .image(0, 0, ICON_SHEET, iconKey(EXPEDITE_LOOK.icon))
      .setTint(EXPEDITE_LOOK.color)
      .setVisible(false);
    this.add([
      this.background,
      this.icon,
      this.title,
      this.age,
      this.tokens,
      this.statusIcon,
      this.expediteIcon,
    ]);
    this.setSize(CARD_WIDTH, this.cardHeight);
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

  /** The player's text size: lines, icons and badges grow with it. */
  private readonly scale1: number;

  private get cardHeight(): number {
    return cardHeight(this.scale1, this.compactState);
  }

  private get iconSize(): number {
    return Math.round((this.compactState ? 12 : 14) * Math.sqrt(this.scale1));
  }

  /** Line 1: icon and title; line 2: age, status and the people on it. Compact rows keep both. */
  setCompact(compact: boolean): this {
    if (compact === this.compactState) return this;
    this.compactState = compact;
    const h = this.cardHeight;
    this.setSize(CARD_WIDTH, h);
    (this.input?.hitArea as Phaser.Geom.Rectangle | undefined)?.setSize(CARD_WIDTH, h);
    this.icon.setPosition(-CARD_WIDTH / 2 + 20, this.line1).setDisplaySize(this.iconSize, this.iconSize);
    this.title.setY(this.line1);
    setTextSize(this.age.setY(this.line2), this.ageSize);
    this.drawTokens();
    this.fitTitle();
    this.redraw();
    return this;
  }

  private get line1(): number {
    return (this.compactState ? -7 : -9) * this.scale1;
  }

  private get line2(): number {
    return (this.compactState ? 8 : 10) * this.scale1;
  }

  private get titleSize(): number {
    return this.compactState ? 11.5 : 12;
  }

  private get ageSize(): number {
    return this.compactState ? 10 : 11;
  }

  private fitTitle(): void {
    this.title.setText(this.options.title(this.model));
    setTextSize(this.title, this.titleSize);
    fitOrShorten(this.title, this.options.titleShort(this.model), {
      width: CARD_WIDTH / 2 - 8 - this.title.x,
      minSize: 9.5,
    });
  }

  setSelected(selected: boolean): void {
    if (this.selectedState === selected) return;
    this.selectedState = selected;
    this.redraw();
  }

  setModel(model: CardModel): void {
    this.model = model;
    this.fitTitle();
    this.expediteIcon.setVisible(model.expedite);
    const look = WORK_LOOK[model.type];
    this.icon.setTint(look.color);
    const status = STATUS_LOOK[model.status] ?? null;
    this.statusIcon.setVisible(status !== null);
    if (status)
      this.statusIcon
        .setTexture(ICON_SHEET, iconKey(status.icon))
        .setDisplaySize(this.iconSize, this.iconSize)
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

  /**
   * The badges stand on the second line, right to left: the people on the card, its status, and the
   * flame of an expedited card. The age takes what they leave of the line (its number alone if need be).
   */
  private placeStatus(): void {
    let right = this.tokensLeft;
    for (const badge of [this.statusIcon, this.expediteIcon]) {
      if (!badge.visible) continue;
      badge
        .setDisplaySize(this.iconSize, this.iconSize)
        .setPosition(right - 2 - this.iconSize / 2, this.line2);
      right -= this.iconSize + 4;
    }
    this.age.setText(this.options.age(this.model));
    setTextSize(this.age, this.ageSize);
    fitOrShorten(this.age, this.options.ageShort(this.model), { width: right - 2 - this.age.x, minSize: 9 });
  }

  private tokensLeft = CARD_WIDTH / 2 - 4;

  private drawTokens(): void {
    this.drawnTokens = this.tokenKey();
    const g = this.tokens;
    g.clear();
    let used = 0;
    const right = CARD_WIDTH / 2 - 12;
    const y = this.line2;
    // People's tokens grow less than the text: the line keeps room for the age and the badges.
    const radius = (this.compactState ? 7 : 8) * Math.sqrt(this.scale1);
    const gap = TOKEN_GAP * Math.sqrt(this.scale1);
    let x = right;
    if (this.model.needsConstraint && this.model.column !== 'live') {
      // The constraint flag: an orange ring with the constraint engineer's initial.
      const working = this.model.assignees.includes(this.options.constraintStaffId);
      g.fillStyle(working ? colors.orange : colors.backgroundDeep, 1);
      g.fillCircle(x, y, radius);
      g.lineStyle(2, colors.orange, 1);
      g.strokeCircle(x, y, radius);
      this.tokenLabel(used++, x, this.options.initials(this.options.constraintStaffId), working);
      x -= gap;
    }
    for (const staffId of this.model.assignees) {
      if (staffId === this.options.constraintStaffId) continue;
      g.fillStyle(colors.skyBlue, 1);
      g.fillCircle(x, y, radius);
      this.tokenLabel(used++, x, this.options.initials(staffId), true);
      x -= gap;
    }
    for (const [index, label] of this.tokenLabels.entries()) label.setVisible(index < used);
    this.tokensLeft = x + gap - radius - 2;
    this.placeStatus();
  }

  /**
   * The `index`th token's initial. Labels are kept and changed rather than made anew: a new text is a
   * canvas of its own, and people move on and off cards all the time.
   */
  private tokenLabel(index: number, x: number, initial: string, filled: boolean): void {
    const size = this.compactState ? 9 : 10;
    const color = filled ? colors.backgroundDeep : colors.orange;
    const kept = this.tokenLabels[index];
    if (kept) {
      setTextSize(setTextColor(kept.setText(initial), color), size)
        .setPosition(x, this.line2)
        .setVisible(true);
      return;
    }
    const label = addText(
      this.scene,
      { x, y: this.line2 },
      initial,
      'label',
      { size, color },
      this.options.textRender,
    ).setOrigin(0.5);
    this.add(label);
    this.tokenLabels.push(label);
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
  }
}
