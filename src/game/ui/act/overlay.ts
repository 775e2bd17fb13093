import Phaser from 'phaser';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { colors, DESIGN_HEIGHT, DESIGN_WIDTH, type TextOverrides, type TextRole } from '../theme';

/**
 * A modal panel over the board: a dimmed backdrop that swallows clicks and a framed card. Everything
 * it creates is destroyed with it, and its buttons leave the scene's focus order.
 */
export class Overlay {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly buttons: Button[] = [];
  /** Display depth: 2000 over the board; an overlay opened over another passes a higher one. */
  readonly depth: number;
  private readonly focusFirst: boolean;
  /** True once destroyed: work that finishes later (a chunk that loads, a QR code) checks it. */
  protected closed = false;

  constructor(
    readonly host: WidgetHost,
    readonly box: { x: number; y: number; width: number; height: number; accent: number },
    private readonly removeButton: (button: Button) => void,
    options: {
      shade?: { x: number; y: number; width: number; height: number };
      depth?: number;
      /** Which button takes the focus as it opens: the first (default), one chosen later, or none. */
      initialFocus?: 'first' | 'none';
    } = {},
  ) {
    this.depth = options.depth ?? 2000;
    this.focusFirst = options.initialFocus !== 'none';
    if (!this.focusFirst) host.blur();
    // The shade dims the screen and swallows clicks; a coach mark leaves a window over its target.
    const shade = host.scene.add.graphics();
    shade.fillStyle(colors.backgroundDeep, options.shade ? 0.55 : 0.72);
    const hole = options.shade;
    if (hole) {
      shade.fillRect(0, 0, DESIGN_WIDTH, hole.y);
      shade.fillRect(0, hole.y + hole.height, DESIGN_WIDTH, DESIGN_HEIGHT - hole.y - hole.height);
      shade.fillRect(0, hole.y, hole.x, hole.height);
      shade.fillRect(hole.x + hole.width, hole.y, DESIGN_WIDTH - hole.x - hole.width, hole.height);
    } else {
      shade.fillRect(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT);
    }
    shade.setInteractive(
      new Phaser.Geom.Rectangle(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT),
      Phaser.Geom.Rectangle.Contains,
    );
    const frame = host.scene.add.graphics();
    frame.fillStyle(colors.panel, 1);
    frame.fillRoundedRect(box.x, box.y, box.width, box.height, 12);
    frame.lineStyle(2, box.accent, 1);
    frame.strokeRoundedRect(box.x, box.y, box.width, box.height, 12);
    this.track(shade, frame);
  }

  track<T extends Phaser.GameObjects.GameObject>(first: T, ...more: Phaser.GameObjects.GameObject[]): T {
    for (const object of [first, ...more]) {
      (object as unknown as Phaser.GameObjects.Components.Depth).setDepth?.(
        this.depth + this.objects.length / 1000,
      );
      this.objects.push(object);
    }
    return first;
  }

  text(...args: Parameters<WidgetHost['text']>): Phaser.GameObjects.Text {
    return this.track(this.host.text(...args));
  }

  button(options: Parameters<WidgetHost['button']>[0]): Button {
    // Overlay buttons come first in the Tab order, and the first one takes the focus.
    const button = this.host.button(options, -1000 + this.buttons.length);
    if (this.buttons.length === 0 && this.focusFirst) this.host.focus(button);
    this.buttons.push(button);
    return this.track(button);
  }

  /**
   * The dialog as the accessible board reads it: its texts in drawing order and the same buttons (so
   * a choice made there is the very one the canvas makes), and whether its first button is the safe
   * default that takes the focus.
   */
  mirrorContent(): { texts: string[]; buttons: readonly Button[]; focusFirst: boolean } {
    const texts: string[] = [];
    for (const object of this.objects)
      if (object instanceof Phaser.GameObjects.Text && object.visible && object.text.trim())
        texts.push(object.text);
    return { texts, buttons: this.buttons, focusFirst: this.focusFirst };
  }

  destroy(): void {
    this.closed = true;
    for (const button of this.buttons) this.removeButton(button);
    for (const object of this.objects) object.destroy();
    this.objects.length = 0;
    this.buttons.length = 0;
  }
}

/** Draws a round avatar with an initial, for the story's characters. */
export function avatar(overlay: Overlay, x: number, y: number, initial: string, color: number): void {
  const g = overlay.track(overlay.host.scene.add.graphics());
  g.fillStyle(color, 1);
  g.fillCircle(x, y, 28);
  overlay.text(x, y, initial, 'heading', { size: 26, color: colors.backgroundDeep }).setOrigin(0.5);
}

/** How tall a text will be here: made, measured and thrown away (a dialog sizes its frame first). */
export function measureHeight(
  host: WidgetHost,
  content: string,
  role: TextRole,
  overrides: TextOverrides = {},
): number {
  const text = host.text(0, 0, content, role, overrides);
  const height = text.height;
  text.destroy();
  return height;
}

/**
 * Where a dialog goes once larger text has made it taller than at 100%: it grows around its middle,
 * but never past the screen's edges.
 */
export function grownBox(
  atFull: { x: number; y: number; width: number; height: number },
  height: number,
): { x: number; y: number; width: number; height: number } {
  const grown = Math.max(atFull.height, Math.min(DESIGN_HEIGHT - 16, height));
  const y = Math.max(8, Math.min(atFull.y - (grown - atFull.height) / 2, DESIGN_HEIGHT - 8 - grown));
  return { ...atFull, y, height: grown };
}
