import type Phaser from 'phaser';
import { scaledSize, TEXT_SCALE_KEY } from './theme';

export interface FitOptions {
  /** The width the text may take, in design pixels. */
  width: number;
  /** The height it may take (wrapped lines count); none: one line is assumed to fit. */
  height?: number;
  /** The smallest font size worth reading here, at 100% text (the text's own scale multiplies it). */
  minSize?: number;
  /** Wrap onto more lines once the smallest size is still too wide (needs `height`). */
  wrap?: boolean;
}

/** The player's text size this text was made at (1 when it was made without one). */
export function textScaleOf(text: Phaser.GameObjects.Text): number {
  const scale = text.getData(TEXT_SCALE_KEY) as unknown;
  return typeof scale === 'number' && scale > 0 ? scale : 1;
}

/**
 * Makes a text fit its box in every language: first a smaller font, down to `minSize`; then, where
 * there is height for it, more lines. Returns true when it fits. Words are never cut off.
 */
export function fitText(text: Phaser.GameObjects.Text, options: FitOptions): boolean {
  const minSize = scaledSize(options.minSize ?? 10, textScaleOf(text));
  const fits = () =>
    text.width <= options.width + 0.5 &&
    (options.height === undefined || text.height <= options.height + 0.5);
  // Each style setter redraws the text: unwrap only a text that is wrapped.
  if (text.style.wordWrapWidth !== null) text.setWordWrapWidth(null);
  let size = Number.parseFloat(String(text.style.fontSize));
  const start = size;
  while (!fits() && size > minSize) {
    size = Math.max(minSize, size - 0.5);
    text.setFontSize(size);
  }
  if (fits() || !options.wrap || options.height === undefined) return fits();
  // Wrapped: the largest size whose lines fit both ways.
  text.setWordWrapWidth(options.width, false);
  for (size = start; size >= minSize; size -= 0.5) {
    text.setFontSize(size);
    if (fits()) return true;
  }
  return fits();
}

/** Sets a text's size given at 100% text: the player's text size multiplies it. */
export function setTextSize(text: Phaser.GameObjects.Text, size: number): Phaser.GameObjects.Text {
  return text.setFontSize(scaledSize(size, textScaleOf(text)));
}

/**
 * Fits a text; where even its smallest size does not fit (larger text, a long language), it says the
 * shorter `short` instead, at its own size again. The full words stay where the text is explained (its
 * glossary tip, the accessible board).
 */
export function fitOrShorten(text: Phaser.GameObjects.Text, short: string, options: FitOptions): boolean {
  const size = Number.parseFloat(String(text.style.fontSize));
  if (fitText(text, options)) return true;
  text.setText(short).setFontSize(size);
  return fitText(text, options);
}
