import type Phaser from 'phaser';

/** Phaser measures a font with this string (TextStyle's default `testString`). */
const TEST_STRING = '|MÉqgy';

interface FontMetrics {
  ascent: number;
  descent: number;
  fontSize: number;
}

/**
 * A font's vertical metrics, measured once per font as Phaser's MeasureText does (canvas
 * `measureText` bounding box), then handed to every Text in its style. Phaser otherwise creates a
 * canvas and measures for each Text: about a third of the Title's build time. The memo holds results
 * of a pure measurement, not game state; nothing is measured before the fonts have loaded (Boot waits
 * for them). Undefined where there is no canvas (Node): Phaser then measures as usual.
 */
export class FontMetricsMemo {
  private readonly known = new Map<string, FontMetrics>();
  private context: CanvasRenderingContext2D | null | undefined;

  get(font: string): FontMetrics | undefined {
    const cached = this.known.get(font);
    if (cached) return cached;
    const context = this.canvasContext();
    if (!context) return undefined;
    context.font = font;
    const measured = context.measureText(TEST_STRING);
    if (!('actualBoundingBoxAscent' in measured)) return undefined;
    const metrics = {
      ascent: measured.actualBoundingBoxAscent,
      descent: measured.actualBoundingBoxDescent,
      fontSize: measured.actualBoundingBoxAscent + measured.actualBoundingBoxDescent,
    };
    this.known.set(font, metrics);
    return metrics;
  }

  /** How wide the widest of these lines is in this font, measured on the memo's canvas (nothing is drawn); undefined in Node. */
  widestLine(font: string, lines: readonly string[]): number | undefined {
    const context = this.canvasContext();
    if (!context) return undefined;
    context.font = font;
    return Math.max(0, ...lines.map((line) => context.measureText(line).width));
  }

  private canvasContext(): CanvasRenderingContext2D | null {
    if (this.context === undefined) {
      this.context =
        typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    }
    return this.context;
  }
}

/** A font as Phaser's TextStyle spells it (its `_font`): the memo's key. */
export function fontString(weight: string, size: string, family: string): string {
  return [weight, size, family].join(' ').trim();
}

/** The memo every text style of the game reads. */
export const fontMetrics = new FontMetricsMemo();

/** The fields Phaser's TextStyle keeps but does not type: the font string and its metrics. */
type TextStyleInternals = Phaser.GameObjects.Text['style'] & {
  _font: string;
  metrics: FontMetrics | undefined;
};

/**
 * Sets a text's font size in pixels. Phaser's `setFontSize` measures the font again on every call, on
 * a canvas from its pool (profiled: 13 ms of an act's first build, as fitted texts step down in size);
 * this gives the style the font's memoised metrics instead, as the style option `metrics` does when a
 * text is made, and draws once.
 */
export function setFontSize(text: Phaser.GameObjects.Text, size: number): Phaser.GameObjects.Text {
  const style = text.style as TextStyleInternals;
  const fontSize = `${size}px`;
  if (style.fontSize === fontSize) return text;
  const font = fontString(style.fontStyle, fontSize, style.fontFamily);
  const metrics = fontMetrics.get(font);
  if (!metrics) return text.setFontSize(size);
  style.fontSize = fontSize;
  style._font = font;
  style.metrics = metrics;
  style.update(false);
  return text;
}

/**
 * How wide a text's longest line would be at this font size without wrapping, measured without drawing
 * it (Phaser adds its padding to this); undefined where there is no canvas (Node).
 */
export function unwrappedWidth(text: Phaser.GameObjects.Text, size: number): number | undefined {
  const style = text.style as TextStyleInternals;
  const font = fontString(style.fontStyle, `${size}px`, style.fontFamily);
  return fontMetrics.widestLine(font, text.text.split(/\r\n|\r|\n/));
}
