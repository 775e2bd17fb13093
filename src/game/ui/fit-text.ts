import type Phaser from 'phaser';
import { setFontSize, unwrappedWidth } from './text-metrics';
import { scaledSize, TEXT_SCALE_KEY } from './text-scale';

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
  let size = Number.parseFloat(String(text.style.fontSize));
  const start = size;
  const wrapped = options.wrap === true && options.height !== undefined;
  // A text too wide for one line even at the smallest size goes straight to wrapping: trying one line
  // first draws it again at each size tried (the First Way's paragraph was drawn ten times, now six).
  const oneLineAtFloor = wrapped ? unwrappedWidth(text, minSize) : undefined;
  if (oneLineAtFloor === undefined || oneLineAtFloor <= options.width + 0.5) {
    const fitsOnOneLine = fitOneLine(text, {
      start,
      minSize,
      fits,
      width: options.width,
      height: options.height,
    });
    if (fitsOnOneLine || !wrapped) return fitsOnOneLine;
  }
  // Wrapped: the largest size whose lines fit both ways. Each style setter redraws the text: wrap only
  // a text that is not wrapped this way already.
  if (text.style.wordWrapWidth !== options.width || text.style.wordWrapUseAdvanced)
    text.setWordWrapWidth(options.width, false);
  for (size = start; size >= minSize; size -= 0.5) {
    setFontSize(text, size);
    if (fits()) return true;
  }
  return fits();
}

/** The one-line half of fitText: a smaller font, down to the floor. Returns true when it fits. */
function fitOneLine(
  text: Phaser.GameObjects.Text,
  options: { start: number; minSize: number; fits: () => boolean; width: number; height?: number },
): boolean {
  const { start, minSize, fits } = options;
  // Each style setter redraws the text: unwrap only a text that is wrapped.
  if (text.style.wordWrapWidth !== null) text.setWordWrapWidth(null);
  let size = start;
  if (!fits() && size > minSize) {
    // A text's width and height grow in proportion to its font size: go straight to the size that
    // should just fit (each size tried is a measure and a redraw), then step down from there if need be.
    const ratio = Math.min(
      options.width / text.width,
      options.height === undefined ? Number.POSITIVE_INFINITY : options.height / text.height,
    );
    // On the same half-pixel steps from the start size as the loop below. A text's padding makes the
    // estimate a little large (the loop then takes a step or two); the rounding up of its canvas to
    // whole pixels can make it half a pixel small, which nobody sees.
    const estimate = Math.max(minSize, start - Math.ceil((start - start * ratio) / 0.5) * 0.5);
    if (estimate < size) {
      size = estimate;
      setFontSize(text, size);
    }
  }
  while (!fits() && size > minSize) {
    size = Math.max(minSize, size - 0.5);
    setFontSize(text, size);
  }
  return fits();
}

/** Sets a text's size given at 100% text: the player's text size multiplies it. */
export function setTextSize(text: Phaser.GameObjects.Text, size: number): Phaser.GameObjects.Text {
  return setFontSize(text, scaledSize(size, textScaleOf(text)));
}

/**
 * Fits a text; where even its smallest size does not fit (larger text, a long language), it says the
 * shorter `short` instead, at its own size again. The full words stay where the text is explained (its
 * glossary tip, the accessible board).
 */
export function fitOrShorten(text: Phaser.GameObjects.Text, short: string, options: FitOptions): boolean {
  const size = Number.parseFloat(String(text.style.fontSize));
  if (fitText(text, options)) return true;
  setFontSize(text.setText(short), size);
  return fitText(text, options);
}
