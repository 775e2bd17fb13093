import type Phaser from 'phaser';

export interface FitOptions {
  /** The width the text may take, in design pixels. */
  width: number;
  /** The height it may take (wrapped lines count); none: one line is assumed to fit. */
  height?: number;
  /** The smallest font size worth reading here. */
  minSize?: number;
  /** Wrap onto more lines once the smallest size is still too wide (needs `height`). */
  wrap?: boolean;
}

/**
 * Makes a text fit its box in every language: first a smaller font, down to `minSize`; then, where
 * there is height for it, more lines. Returns true when it fits. Words are never cut off.
 */
export function fitText(text: Phaser.GameObjects.Text, options: FitOptions): boolean {
  const minSize = options.minSize ?? 10;
  const fits = () =>
    text.width <= options.width + 0.5 &&
    (options.height === undefined || text.height <= options.height + 0.5);
  text.setWordWrapWidth(null);
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
