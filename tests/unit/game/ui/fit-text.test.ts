import type Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { fitText } from '../../../../src/game/ui/fit-text';

/**
 * A stand-in for a Phaser text: as wide as its characters at the font size (plus padding, as Phaser
 * pads its canvas), one line high, or wrapped at its word-wrap width. Counts the redraws a style
 * change costs.
 */
function fakeText(content: string, fontSize: number, padding = 2) {
  const style = { fontSize: `${fontSize}px`, wordWrapWidth: null as number | null };
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
    setWordWrapWidth(width: number | null) {
      style.wordWrapWidth = width;
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
});
