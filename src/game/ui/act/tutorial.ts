import Phaser from 'phaser';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { AREA_PREFIX, LAYOUT_BOX_PREFIX } from '../layout-box';
import { colors } from '../theme';
import { measureHeight, Overlay } from './overlay';

export interface TutorialStep {
  /** The area to point at, in design coordinates. */
  target: { x: number; y: number; width: number; height: number };
  /** i18n key of the explanation. */
  textKey: string;
  /** Where the explanation goes when the target is too big to stand beside (top-left corner). */
  at?: { x: number; y: number };
  /**
   * A panel or area marked on the board (see markBox, markArea) to point at where it is now: larger
   * text moves and grows panels, and `target` is only where it stands at 100%.
   */
  box?: string;
}

/** The current rectangle of a panel or area marked with markBox or markArea, if the scene has it. */
function markedBox(scene: Phaser.Scene, name: string): TutorialStep['target'] | null {
  const names = [`${LAYOUT_BOX_PREFIX}${name}`, `${AREA_PREFIX}${name}`];
  const zone = scene.children.list.find(
    (object) => object instanceof Phaser.GameObjects.Zone && names.includes(object.name),
  ) as Phaser.GameObjects.Zone | undefined;
  return zone ? { x: zone.x, y: zone.y, width: zone.width, height: zone.height } : null;
}

/**
 * Coach marks: one mechanic at a time, outlined on the board with a short explanation beside it.
 * The act stays paused while it is open; Skip ends it, and Settings can bring it back.
 */
export class Tutorial {
  private index = 0;
  private overlay: Overlay | null = null;

  constructor(
    private readonly host: WidgetHost,
    private readonly steps: readonly TutorialStep[],
    private readonly options: { onDone: () => void; removeButton: (button: Button) => void },
  ) {
    this.show();
  }

  get step(): number {
    return this.index;
  }

  /** The coach mark on show (the accessible board reads it as a dialog). */
  get current(): Overlay | null {
    return this.overlay;
  }

  private show(): void {
    this.overlay?.destroy();
    const step = this.steps[this.index];
    if (!step) {
      this.overlay = null;
      this.options.onDone();
      return;
    }
    const { host } = this;
    const target = (step.box ? markedBox(host.scene, step.box) : null) ?? step.target;
    // Put the explanation where it does not cover what it explains. Larger text: a wider box, and as
    // tall as its words need.
    const scale = host.textRender.scale;
    const width = Math.round(420 * (1 + (scale - 1) * 0.6));
    const bodyHeight = measureHeight(host, host.t(step.textKey), 'body', { size: 15, wrapWidth: width - 40 });
    const bodyTop = 40 + 12 * (scale - 1) * 2;
    const height = Math.max(190, Math.ceil(bodyTop + bodyHeight + 12 + 52));
    const below = target.y + target.height + 16 + height < 712;
    let x = step.at?.x ?? Math.min(1280 - width - 16, Math.max(16, target.x + target.width / 2 - width / 2));
    // A wider box (larger text) placed left of its target stays left of it.
    if (step.at && step.at.x < target.x && x + width > target.x - 8) x = Math.max(16, target.x - width - 16);
    const y = step.at?.y ?? (below ? target.y + target.height + 16 : Math.max(16, target.y - height - 16));
    const overlay = new Overlay(
      host,
      { x, y, width, height, accent: colors.yellow },
      this.options.removeButton,
      {
        shade: target,
      },
    );
    this.overlay = overlay;
    const ring = overlay.track(host.scene.add.graphics()) as Phaser.GameObjects.Graphics;
    ring.lineStyle(3, colors.yellow, 1);
    ring.strokeRoundedRect(target.x - 4, target.y - 4, target.width + 8, target.height + 8, 10);
    overlay
      .text(
        x + 20,
        y + 18,
        host.t('tutorial.step', { step: this.index + 1, steps: this.steps.length }),
        'caption',
        {
          size: 12,
          color: colors.yellow,
        },
      )
      .setOrigin(0, 0);
    overlay.text(x + 20, y + bodyTop, host.t(step.textKey), 'body', { size: 15, wrapWidth: width - 40 });
    const last = this.index === this.steps.length - 1;
    overlay.button({
      x: x + width - 90,
      y: y + height - 32,
      width: 150,
      height: 40,
      compact: true,
      label: host.t(last ? 'tutorial.done' : 'tutorial.next'),
      variant: 'primary',
      onActivate: () => {
        this.index++;
        this.show();
      },
    });
    if (!last) {
      overlay.button({
        x: x + 90,
        y: y + height - 32,
        width: 150,
        height: 40,
        compact: true,
        label: host.t('tutorial.skip'),
        variant: 'ghost',
        onActivate: () => {
          this.index = this.steps.length;
          this.show();
        },
      });
    }
  }

  destroy(): void {
    this.overlay?.destroy();
    this.overlay = null;
  }
}
