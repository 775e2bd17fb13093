import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  batchChartConfig,
  type ChartText,
  doraChartConfig,
  improvementChartConfig,
  practiceChartConfig,
} from '../../../src/facilitator/charts';
import { followReducedMotion, REDUCED_MOTION_CLASS } from '../../../src/facilitator/motion';
import type { Settings } from '../../../src/platform/settings';

const CSS = readFileSync(new URL('../../../src/facilitator/facilitator.css', import.meta.url), 'utf8');

const text: ChartText = {
  locale: 'en',
  t: (key) => key,
  number: (value) => String(value),
  hours: (value) => `${value} h`,
  percent: (value) => `${value * 100}%`,
  practice: (name) => name,
  points: (value) => String(value),
};

describe('motion on the facilitator page', () => {
  it('follows the game’s reduced-motion setting with a class on the root, until closed', () => {
    const listeners = new Set<(settings: Settings) => void>();
    const settings = {
      value: { reducedMotion: true },
      subscribe(listener: (s: Settings) => void) {
        listeners.add(listener);
        return { close: () => listeners.delete(listener) };
      },
    };
    const classes = new Set<string>();
    const root = {
      classList: {
        toggle: (name: string, on?: boolean) => {
          if (on) classes.add(name);
          else classes.delete(name);
          return Boolean(on);
        },
      },
    };
    const handle = followReducedMotion(settings, root);
    expect(classes.has(REDUCED_MOTION_CLASS)).toBe(true);
    for (const listener of listeners) listener({ reducedMotion: false } as Settings);
    expect(classes.has(REDUCED_MOTION_CLASS)).toBe(false);
    handle.close();
    expect(listeners.size).toBe(0);
  });

  it('never animates its charts, in any mode', () => {
    for (const mode of ['screen', 'projector', 'print'] as const) {
      for (const config of [
        batchChartConfig([], mode, text),
        improvementChartConfig([], mode, text),
        doraChartConfig([], mode, text),
        practiceChartConfig([], mode, text),
      ]) {
        expect(config.options?.animation).toBe(false);
      }
    }
  });

  it('has no transition or animation outside the reduced-motion guards, and both guards stop them', () => {
    const guardStart = CSS.indexOf('@media (prefers-reduced-motion: reduce)');
    expect(guardStart).toBeGreaterThan(0);
    const guarded = CSS.slice(guardStart);
    expect(guarded).toContain(`html.${REDUCED_MOTION_CLASS} *`);
    expect(guarded.match(/transition: none !important/g)).toHaveLength(2);
    expect(guarded.match(/animation: none !important/g)).toHaveLength(2);
    expect(CSS.slice(0, guardStart)).not.toMatch(/\b(transition|animation)(-[a-z-]+)?\s*:/);
  });
});
