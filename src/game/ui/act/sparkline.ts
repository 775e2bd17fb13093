import type Phaser from 'phaser';
import { colors } from '../theme';

export interface SparklineArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SparklineData {
  /** points[i] is the value at the end of hour i + 1; null where there is nothing to measure. */
  points: readonly (number | null)[];
  /** The act's length in hours: the line grows across the act as it is played. */
  endTick: number;
  /** Hours at which the player changed a policy. */
  markers: readonly number[];
  color: number;
}

/**
 * A trend over the act so far: one line (broken where there is no value), scaled from zero to its
 * highest value, with a tick at each policy change so the player can see what followed it.
 */
export function drawSparkline(
  g: Phaser.GameObjects.Graphics,
  area: SparklineArea,
  data: SparklineData,
): void {
  const { x, y, width, height } = area;
  const xOf = (hour: number) => x + (Math.min(hour, data.endTick) / Math.max(1, data.endTick)) * width;
  g.lineStyle(1, colors.border, 1);
  g.lineBetween(x, y + height, x + width, y + height);
  for (const tick of data.markers) {
    const mx = Math.round(xOf(tick)) + 0.5;
    g.lineStyle(1.5, colors.yellow, 0.9);
    g.lineBetween(mx, y - 1, mx, y + height);
    g.fillStyle(colors.yellow, 1);
    g.fillTriangle(mx - 3, y - 2, mx + 3, y - 2, mx, y + 2);
  }
  let top = 0;
  for (const value of data.points) if (value !== null && value > top) top = value;
  if (top <= 0) top = 1;
  const yOf = (value: number) => y + height - (value / top) * (height - 2) - 1;
  g.lineStyle(1.5, data.color, 1);
  // Runs of values are drawn as one path each; a gap (no value) breaks the line.
  let run = 0;
  let last: { px: number; py: number } | null = null;
  const finish = () => {
    if (run > 1) g.strokePath();
    // A lone value still shows, as a dot.
    const lone = last as { px: number; py: number } | null;
    if (run === 1 && lone) {
      g.fillStyle(data.color, 1);
      g.fillCircle(lone.px, lone.py, 1.5);
    }
    run = 0;
  };
  data.points.forEach((value, index) => {
    if (value === null) {
      finish();
      return;
    }
    const px = xOf(index + 1);
    const py = yOf(value);
    if (run === 0) {
      g.beginPath();
      g.moveTo(px, py);
    } else {
      g.lineTo(px, py);
    }
    run++;
    last = { px, py };
  });
  finish();
  const end = last as { px: number; py: number } | null;
  if (end) {
    g.fillStyle(data.color, 1);
    g.fillCircle(end.px, end.py, 2);
  }
}
