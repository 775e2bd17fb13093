/**
 * One visual identity for the whole game: the colours and font of `shared/theme` (the facilitator page
 * uses them too), the canvas's text roles and timings.
 */
import { colors, css, FONT_FAMILY } from '../../shared/theme';

export { colors, css, FONT_FAMILY, okabeIto, rgba } from '../../shared/theme';

import { FontMetricsMemo } from './text-metrics';
export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;

export type TextRole = 'display' | 'heading' | 'title' | 'body' | 'label' | 'caption';

const roles: Record<TextRole, { size: number; weight: string; color: number }> = {
  display: { size: 76, weight: '800', color: colors.text },
  heading: { size: 36, weight: '700', color: colors.text },
  title: { size: 22, weight: '700', color: colors.text },
  body: { size: 18, weight: '400', color: colors.text },
  label: { size: 18, weight: '600', color: colors.text },
  caption: { size: 14, weight: '400', color: colors.textMuted },
};

const fontMetrics = new FontMetricsMemo();

export function textStyle(
  role: TextRole,
  overrides: { color?: number; align?: 'left' | 'center' | 'right'; wrapWidth?: number; size?: number } = {},
): Phaser.Types.GameObjects.Text.TextStyle {
  const spec = roles[role];
  const fontSize = `${overrides.size ?? spec.size}px`;
  const metrics = fontMetrics.get(`${spec.weight} ${fontSize} ${FONT_FAMILY}`);
  return {
    fontFamily: FONT_FAMILY,
    fontSize,
    fontStyle: spec.weight,
    ...(metrics ? { metrics } : {}),
    color: css(overrides.color ?? spec.color),
    align: overrides.align ?? 'left',
    ...(overrides.wrapWidth ? { wordWrap: { width: overrides.wrapWidth, useAdvancedWrap: true } } : {}),
  };
}

/** Durations in ms; zero under reduced motion is applied by callers via `motion()`. */
export const timing = { hover: 120, focus: 120, sceneFade: 220, toast: 2600 } as const;
