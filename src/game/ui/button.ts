import Phaser from 'phaser';
import type { SoundName } from '../../audio/sound-service';
import { hasIcon, ICON_SHEET } from '../icons';
import { fitText, setTextSize } from './fit-text';
import type { Focusable } from './focus-group';
import { addText, colors, setTextColor, type TextRender } from './theme';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost';

export interface ButtonOptions {
  x: number;
  y: number;
  width: number;
  height?: number;
  label: string;
  /** Texture key of a white icon (see Preload); tinted to the label's colour. */
  icon?: string;
  variant?: ButtonVariant;
  /** Draws the button as chosen (radio rows, toggles). */
  selected?: boolean;
  enabled?: boolean;
  /** Sound played on activation; hover always plays the soft hover tick. */
  sound?: SoundName;
  onActivate: () => void;
  onHover?: () => void;
  /** Plays UI sounds; the scene passes its sound service in. */
  playSound: (name: SoundName) => void;
  textRender: TextRender;
  /** Smaller type for compact rows. */
  compact?: boolean;
  /** Exact label size in design pixels (overrides `compact`). */
  fontSize?: number;
  /** What an icon-only button does, for the test hook and assistive text. */
  description?: string;
}

const fills: Record<ButtonVariant, { idle: number; hover: number; border: number }> = {
  primary: { idle: colors.primary, hover: colors.primaryHover, border: colors.skyBlue },
  secondary: { idle: colors.panelRaised, hover: colors.panelHover, border: colors.border },
  ghost: { idle: colors.background, hover: colors.panelRaised, border: colors.background },
};

/**
 * A rounded button with an optional icon, a hover state, a pressed state and a focus ring that
 * keyboard users can see. Mouse and keyboard end in the same `activate()`.
 */
export class Button extends Phaser.GameObjects.Container implements Focusable {
  private readonly background: Phaser.GameObjects.Graphics;
  private readonly ring: Phaser.GameObjects.Graphics;
  /** Made with the first words: an icon-only button has no text (each text is a canvas to make). */
  private labelText: Phaser.GameObjects.Text | null = null;
  private readonly iconImage: Phaser.GameObjects.Image | null;
  private hovered = false;
  private pressed = false;
  private focusedState = false;
  private selectedState: boolean;
  private enabledState: boolean;
  private readonly options: Required<Pick<ButtonOptions, 'variant' | 'height'>> & ButtonOptions;

  constructor(scene: Phaser.Scene, options: ButtonOptions) {
    super(scene, options.x, options.y);
    this.options = { variant: 'secondary', height: 52, ...options };
    this.selectedState = options.selected ?? false;
    this.enabledState = options.enabled ?? true;
    const { width, height } = this.options;

    this.background = scene.add.graphics();
    this.ring = scene.add.graphics();
    this.iconImage =
      options.icon && hasIcon(scene.textures, options.icon)
        ? scene.add.image(0, 0, ICON_SHEET, options.icon).setDisplaySize(22, 22)
        : null;
    this.add([this.background, this.ring, ...(this.iconImage ? [this.iconImage] : [])]);
    if (options.label !== '') this.addLabel(options.label);
    this.layoutContent();

    this.setSize(width, height);
    this.setInteractive({ useHandCursor: true });
    this.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
      if (!this.enabledState) return;
      this.hovered = true;
      this.options.onHover?.();
      this.options.playSound('hover');
      this.redraw();
    });
    this.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => {
      this.hovered = false;
      this.pressed = false;
      this.redraw();
    });
    this.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, () => {
      if (!this.enabledState) return;
      this.pressed = true;
      this.redraw();
    });
    this.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => {
      if (!this.pressed) return;
      this.pressed = false;
      this.redraw();
      this.activate();
    });
    this.redraw();
    scene.add.existing(this);
  }

  get enabled(): boolean {
    return this.enabledState && this.visible;
  }

  get label(): string {
    return this.labelText?.text ?? '';
  }

  /** The visible label, or the icon-only button's description. */
  get accessibleLabel(): string {
    return this.label || this.options.description || '';
  }

  activate(): void {
    if (!this.enabled) {
      this.options.playSound('error');
      return;
    }
    this.options.playSound(this.options.sound ?? 'click');
    this.options.onActivate();
  }

  setFocused(focused: boolean): void {
    this.focusedState = focused;
    this.redraw();
  }

  setSelected(selected: boolean): this {
    this.selectedState = selected;
    this.redraw();
    return this;
  }

  setEnabled(enabled: boolean): this {
    this.enabledState = enabled;
    this.redraw();
    return this;
  }

  setLabel(label: string): this {
    // The same words: fitting them again would draw the label twice more (reset, then shrink).
    if (label === this.label) return this;
    if (this.labelText) this.labelText.setText(label);
    else this.addLabel(label);
    this.layoutContent();
    return this;
  }

  private addLabel(label: string): void {
    // Alignment in the style: each style setter afterwards would draw the label again.
    const text = addText(
      this.scene,
      { x: 0, y: this.pressed ? 2 : 0 },
      label,
      'label',
      { size: this.labelSize, align: 'center', color: this.textColor },
      this.options.textRender,
    ).setOrigin(0.5);
    this.labelText = text;
    this.add(text);
  }

  /** Swaps the icon (the button must have been made with one). */
  setIcon(key: string): this {
    if (this.iconImage && hasIcon(this.scene.textures, key)) {
      this.iconImage.setTexture(ICON_SHEET, key).setDisplaySize(22, 22);
    }
    return this;
  }

  /** The label's full size; `fitLabel` shrinks (and, in tall buttons, wraps) it to the button. */
  private get labelSize(): number {
    return this.options.fontSize ?? (this.options.compact ? 16 : 19);
  }

  /** False when the label could not fit the button even at its smallest size. */
  labelFits = true;

  private fitLabel(): void {
    const { width, height } = this.options;
    const padding = Math.min(12, Math.max(4, width * 0.06));
    this.labelFits = true;
    const labelText = this.labelText;
    if (!labelText) return;
    setTextSize(labelText, this.labelSize);
    // A label emptied later has no words to fit: shrinking it would measure and draw it a dozen times.
    if (labelText.text === '') return;
    const iconRoom = this.iconImage ? this.iconImage.displayWidth + 10 : 0;
    this.labelFits = fitText(labelText, {
      width: width - 2 * padding - iconRoom,
      height: height - 4,
      minSize: this.labelSize <= 13 ? 9.5 : Math.min(this.labelSize, 11),
      wrap: height >= 40,
    });
  }

  private layoutContent(): void {
    this.fitLabel();
    const { iconImage, labelText } = this;
    if (!iconImage || !labelText || labelText.text === '') {
      labelText?.setPosition(0, 0);
      iconImage?.setX(0);
      return;
    }
    const gap = 10;
    const total = iconImage.displayWidth + gap + labelText.width;
    const left = -total / 2;
    iconImage.setX(left + iconImage.displayWidth / 2);
    labelText.setX(left + iconImage.displayWidth + gap + labelText.width / 2);
  }

  private get textColor(): number {
    return this.enabledState ? colors.text : colors.textFaint;
  }

  private redraw(): void {
    const { width, height, variant } = this.options;
    const palette = fills[variant];
    const active = this.hovered || this.focusedState;
    const fill = this.selectedState ? colors.primary : active ? palette.hover : palette.idle;
    const border = this.selectedState ? colors.skyBlue : active ? colors.textMuted : palette.border;
    const radius = Math.min(10, height / 2);
    const offsetY = this.pressed ? 2 : 0;

    this.background.clear();
    if (variant !== 'ghost' || active || this.selectedState) {
      this.background.fillStyle(colors.backgroundDeep, 0.6);
      this.background.fillRoundedRect(-width / 2, -height / 2 + 3, width, height, radius);
    }
    this.background.fillStyle(fill, 1);
    this.background.fillRoundedRect(-width / 2, -height / 2 + offsetY, width, height, radius);
    this.background.lineStyle(1.5, border, 1);
    this.background.strokeRoundedRect(-width / 2, -height / 2 + offsetY, width, height, radius);

    this.ring.clear();
    if (this.focusedState) {
      this.ring.lineStyle(3, colors.focus, 1);
      this.ring.strokeRoundedRect(
        -width / 2 - 5,
        -height / 2 - 5 + offsetY,
        width + 10,
        height + 10,
        radius + 4,
      );
    }

    const textColor = this.textColor;
    if (this.labelText) setTextColor(this.labelText, textColor).setY(offsetY);
    this.iconImage?.setTint(textColor).setY(offsetY);
    this.setAlpha(this.enabledState ? 1 : 0.7);
  }
}
