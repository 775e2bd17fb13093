import Phaser from 'phaser';
import type { NumberWords } from '../../i18n/format';
import { type BoardAnchor, glossaryEntry, termOf } from '../../i18n/glossary';
import { type Focusable, type FocusGroup, TAIL_ORDER } from './focus-group';
import { addText, colors, DESIGN_HEIGHT, DESIGN_WIDTH, type TextRender } from './theme';

const TIP = { width: 320, padding: 12, gap: 8, margin: 8 };
/** Above the board and its widgets, below modal overlays' own tips (there are none). */
const TIP_DEPTH = 2600;

export interface GlossaryTipsHost extends NumberWords {
  scene: Phaser.Scene;
  textRender: TextRender;
  focusGroup: FocusGroup;
}

/**
 * Tooltips for the glossary's terms where they stand on the board: pointer hover or keyboard focus on a
 * term's label shows its name and definition beside it. One per scene; its objects live in the scene's
 * display list and its focus stops leave the scene's focus group with it.
 */
export class GlossaryTips {
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly targets: TermTarget[] = [];
  private shown: TermTarget | null = null;

  constructor(private readonly host: GlossaryTipsHost) {
    const { scene, textRender } = host;
    this.ring = scene.add.graphics().setDepth(TIP_DEPTH);
    this.panel = scene.add.graphics().setDepth(TIP_DEPTH);
    const at = { x: 0, y: 0 };
    this.name = addText(scene, at, '', 'label', { size: 14, color: colors.yellow }, textRender).setDepth(
      TIP_DEPTH,
    );
    this.body = addText(
      scene,
      at,
      '',
      'body',
      { size: 13, wrapWidth: TIP.width * textRender.scale - 2 * TIP.padding },
      textRender,
    ).setDepth(TIP_DEPTH);
    // Set directly: setLineSpacing would draw the still empty text again; the first words use it.
    this.body.lineSpacing = 2;
    this.hide();
  }

  /** Gives `label` the tooltip of the term named at `anchor`; returns the label. */
  attach(label: Phaser.GameObjects.Text, anchor: BoardAnchor): Phaser.GameObjects.Text {
    const target = new TermTarget(this, label, anchor);
    this.targets.push(target);
    // Glossary terms come after every control in the Tab order: Tab reaches them without slowing play.
    this.host.focusGroup.add(target, TAIL_ORDER + this.targets.length);
    label.setInteractive({ cursor: 'help' });
    label.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => this.show(target));
    label.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => {
      if (!target.focused) this.hideFor(target);
    });
    label.once(Phaser.GameObjects.Events.DESTROY, () => this.detach(target));
    return label;
  }

  /** The shown tooltip's name and text (test hook); null when none is shown. */
  get current(): { anchor: BoardAnchor; name: string; text: string } | null {
    return this.shown ? { anchor: this.shown.anchor, name: this.name.text, text: this.body.text } : null;
  }

  show(target: TermTarget): void {
    const entry = glossaryEntry(termOf(target.anchor), this.host);
    this.shown = target;
    this.name.setText(entry.name);
    this.body.setText(entry.text);
    const bounds = target.label.getBounds();
    const height = TIP.padding * 2 + this.name.height + 4 + this.body.height;
    const x = Phaser.Math.Clamp(bounds.x, TIP.margin, DESIGN_WIDTH - TIP.width - TIP.margin);
    // Below the term when it fits, else above it.
    const below = bounds.bottom + TIP.gap;
    const y =
      below + height <= DESIGN_HEIGHT - TIP.margin
        ? below
        : Math.max(TIP.margin, bounds.y - TIP.gap - height);
    this.panel.clear();
    this.panel.fillStyle(colors.backgroundDeep, 0.97);
    this.panel.fillRoundedRect(x, y, TIP.width, height, 8);
    this.panel.lineStyle(1, colors.yellow, 1);
    this.panel.strokeRoundedRect(x, y, TIP.width, height, 8);
    this.name.setPosition(x + TIP.padding, y + TIP.padding);
    this.body.setPosition(x + TIP.padding, y + TIP.padding + this.name.height + 4);
    for (const object of [this.panel, this.name, this.body]) object.setVisible(true);
    this.drawRing();
  }

  hideFor(target: TermTarget): void {
    if (this.shown === target) this.hide();
    else this.drawRing();
  }

  /** The yellow focus ring around the term that has keyboard focus. */
  drawRing(): void {
    this.ring.clear();
    const focused = this.targets.find((t) => t.focused);
    if (!focused) return;
    const b = focused.label.getBounds();
    this.ring.lineStyle(2, colors.focus, 1);
    this.ring.strokeRoundedRect(b.x - 4, b.y - 3, b.width + 8, b.height + 6, 5);
  }

  private hide(): void {
    this.shown = null;
    for (const object of [this.panel, this.name, this.body]) object.setVisible(false);
    this.drawRing();
  }

  private detach(target: TermTarget): void {
    if (this.shown === target) this.hide();
    this.host.focusGroup.remove(target);
    const at = this.targets.indexOf(target);
    if (at >= 0) this.targets.splice(at, 1);
  }
}

/** A term's label as a keyboard stop: focus shows its tooltip, Enter does too. */
class TermTarget implements Focusable {
  focused = false;

  constructor(
    private readonly tips: GlossaryTips,
    readonly label: Phaser.GameObjects.Text,
    readonly anchor: BoardAnchor,
  ) {}

  get enabled(): boolean {
    return this.label.active && this.label.visible && this.label.text !== '';
  }

  /** What the test hook and assistive text call the focused stop: the word on the board. */
  get accessibleLabel(): string {
    return this.label.text;
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    if (focused) this.tips.show(this);
    else this.tips.hideFor(this);
  }

  activate(): void {
    this.tips.show(this);
  }
}
