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
    if (this.context === undefined) {
      this.context =
        typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    }
    const context = this.context;
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
}
