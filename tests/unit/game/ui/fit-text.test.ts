import type Phaser from 'phaser';
import { describe, expect, it, vi } from 'vitest';
import { fitText } from '../../../../src/game/ui/fit-text';

// In the browser, a line's width is measured on a canvas without drawing the text; here the stand-in
// below answers (without Phaser's padding), and a text without `unwrappedAt` gets no answer, as in Node.
vi.mock('../../../../src/game/ui/text-metrics', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../src/game/ui/text-metrics')>()),
  unwrappedWidth: (text: { unwrappedAt?: (size: number) => number }, size: number) =>
    text.unwrappedAt?.(size),
}));

/**
 * A stand-in for a Phaser text: as wide as its characters at the font size (plus padding, as Phaser
 * pads its canvas), one line high, or wrapped at its word-wrap width. Counts the redraws a style
 * change costs.
 */
function fakeText(content: string, fontSize: number, padding = 2, measurable = false) {
  const style = {
    fontSize: `${fontSize}px`,
    wordWrapWidth: null as number | null,
    wordWrapUseAdvanced: false,
  };
  const lineWidth = (text: string, size: number) => text.length * size * 0.55 + padding;
  const lines = () => {
    const size = Number.parseFloat(style.fontSize);
    if (style.wordWrapWidth === null) return [content];
    const result: string[] = [];
    let line = '';
    for (const word of content.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && lineWidth(next, size) > style.wordWrapWidth) {
        result.push(line);
        line = word;
      } else line = next;
    }
    return [...result, line];
  };
  const fake = {
    style,
    redraws: 0,
    unwrappedAt: measurable ? (size: number) => lineWidth(content, size) - padding : undefined,
    getData: () => 1,
    get width() {
      const size = Number.parseFloat(style.fontSize);
      return Math.max(...lines().map((line) => lineWidth(line, size)));
    },
    get height() {
      return lines().length * Number.parseFloat(style.fontSize) * 1.2 + padding;
    },
    setFontSize(size: number) {
      style.fontSize = `${size}px`;
      fake.redraws++;
      return fake;
    },
    setWordWrapWidth(width: number | null, advanced = false) {
      style.wordWrapWidth = width;
      style.wordWrapUseAdvanced = advanced;
      fake.redraws++;
      return fake;
    },
  };
  return fake;
}

const asText = (fake: ReturnType<typeof fakeText>) => fake as unknown as Phaser.GameObjects.Text;

/** The size the plain half-pixel search finds: the largest start − n × 0.5 that fits, or the floor. */
function steppedSize(content: string, start: number, width: number, minSize: number): number {
  const fake = fakeText(content, start);
  let size = start;
  while (fake.width > width + 0.5 && size > minSize) {
    size = Math.max(minSize, size - 0.5);
    fake.setFontSize(size);
  }
  return size;
}

describe('fitText', () => {
  it('leaves a text that fits as it is, without redrawing it', () => {
    const text = fakeText('Deploy', 16);
    expect(fitText(asText(text), { width: 200 })).toBe(true);
    expect(text.style.fontSize).toBe('16px');
    expect(text.redraws).toBe(0);
  });

  it('finds the size the half-pixel search finds, in a few redraws instead of one per step', () => {
    for (const [content, start, width] of [
      ['Durchlaufzeit für Änderungen', 18, 150],
      ['Lead time for changes', 16, 120],
      ['Opérations', 22.5, 80],
      ['Fallo', 13, 31],
    ] as const) {
      const text = fakeText(content, start);
      const steps = (start - steppedSize(content, start, width, 8)) / 0.5;
      expect(fitText(asText(text), { width, minSize: 8 })).toBe(true);
      expect(Number.parseFloat(text.style.fontSize)).toBe(steppedSize(content, start, width, 8));
      expect(text.redraws).toBeLessThanOrEqual(3);
      expect(text.redraws).toBeLessThan(steps);
    }
  });

  it('stops at the floor and says the text does not fit', () => {
    const text = fakeText('Unterbrechungsfreie Bereitstellung', 16);
    expect(fitText(asText(text), { width: 60, minSize: 10 })).toBe(false);
    expect(text.style.fontSize).toBe('10px');
  });

  it('wraps onto more lines at the largest size that fits both ways once the floor is too wide', () => {
    const text = fakeText('Tiempo de entrega de los cambios', 16);
    expect(fitText(asText(text), { width: 90, height: 60, minSize: 12, wrap: true })).toBe(true);
    expect(text.style.wordWrapWidth).toBe(90);
    expect(text.height).toBeLessThanOrEqual(60.5);
    expect(text.width).toBeLessThanOrEqual(90.5);
  });

  it('wraps a text too wide for one line even at the floor without trying one line first', () => {
    const content = 'Telemetry, automated tests and stop-the-line arrive in the Second Way';
    const measured = fakeText(content, 12, 2, true).setWordWrapWidth(160, true);
    measured.redraws = 0;
    expect(fitText(asText(measured), { width: 160, height: 80, minSize: 9.5, wrap: true })).toBe(true);
    // One redraw: the wrap becomes the plain wrap the fitting uses; the size stays.
    expect(measured.redraws).toBe(1);
    expect(measured.style).toMatchObject({
      fontSize: '12px',
      wordWrapWidth: 160,
      wordWrapUseAdvanced: false,
    });
    // Where nothing can be measured, one line is tried first, to the same result.
    const unmeasured = fakeText(content, 12).setWordWrapWidth(160, true);
    unmeasured.redraws = 0;
    expect(fitText(asText(unmeasured), { width: 160, height: 80, minSize: 9.5, wrap: true })).toBe(true);
    expect(unmeasured.style).toEqual(measured.style);
    expect(unmeasured.redraws).toBeGreaterThan(3);
  });

  it('still prefers one line at a smaller size where the floor would fit on one line', () => {
    const text = fakeText('Batch size per release', 14, 2, true);
    expect(fitText(asText(text), { width: 90, height: 60, minSize: 6, wrap: true })).toBe(true);
    expect(text.style.wordWrapWidth).toBeNull();
    expect(Number.parseFloat(text.style.fontSize)).toBeLessThan(14);
  });
});
