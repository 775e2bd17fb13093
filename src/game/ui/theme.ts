/**
 * One visual identity for the whole game: the colours and font of `shared/theme` (the facilitator page
 * uses them too), the canvas's text roles and timings.
 */
import { colors, css, FONT_FAMILY } from '../../shared/theme';

export { accentText, colors, css, FONT_FAMILY, okabeIto, rgba } from '../../shared/theme';

import { fontMetrics, fontString } from './text-metrics';
import { scaledSize, TEXT_SCALE_KEY } from './text-scale';

export { scaledSize } from './text-scale';
export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;

/**
 * For text the player types (a name may be in any script): Inter's other subsets, which only the game's
 * page declares, as a family of their own (src/game/fonts.css), come before the system's fonts.
 */
export const TYPED_TEXT_FONT_FAMILY =
  '"Inter Variable", "Inter Variable Extended", "Segoe UI", system-ui, sans-serif';

export type TextRole = 'display' | 'heading' | 'title' | 'body' | 'label' | 'caption';

const roles: Record<TextRole, { size: number; weight: string; color: number }> = {
  display: { size: 76, weight: '800', color: colors.text },
  heading: { size: 36, weight: '700', color: colors.text },
  title: { size: 22, weight: '700', color: colors.text },
  body: { size: 18, weight: '400', color: colors.text },
  label: { size: 18, weight: '600', color: colors.text },
  caption: { size: 14, weight: '400', color: colors.textMuted },
};

export interface TextOverrides {
  color?: number;
  align?: 'left' | 'center' | 'right';
  wrapWidth?: number;
  /** The size at 100% text, in design pixels; the player's text size multiplies it. */
  size?: number;
}

/** How a scene draws text: the screen's pixel density and the player's text size (1, 1.25 or 1.5). */
export interface TextRender {
  resolution: number;
  scale: number;
}

export { TEXT_SCALE_KEY } from './text-scale';

export function textStyle(
  role: TextRole,
  overrides: TextOverrides & { scale?: number } = {},
): Phaser.Types.GameObjects.Text.TextStyle {
  const spec = roles[role];
  const fontSize = `${scaledSize(overrides.size ?? spec.size, overrides.scale ?? 1)}px`;
  const metrics = fontMetrics.get(fontString(spec.weight, fontSize, FONT_FAMILY));
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

/** A text in a role, at the player's text size, rasterised at the screen's density. */
export function addText(
  scene: Phaser.Scene,
  at: { x: number; y: number },
  content: string,
  role: TextRole,
  overrides: TextOverrides,
  render: TextRender,
): Phaser.GameObjects.Text {
  // The resolution goes in the style: every style setter redraws the text, so setResolution after
  // add.text would draw each text twice.
  return scene.add
    .text(at.x, at.y, content, {
      ...textStyle(role, { ...overrides, scale: render.scale }),
      resolution: render.resolution,
    })
    .setData(TEXT_SCALE_KEY, render.scale);
}

/**
 * Sets a text's colour. Phaser draws a text again on every `setColor`, even to the colour it has: a
 * board that re-colours its texts on each refresh would redraw them all, every refresh.
 */
export function setTextColor(text: Phaser.GameObjects.Text, color: number): Phaser.GameObjects.Text {
  const value = css(color);
  return text.style.color === value ? text : text.setColor(value);
}

/** Durations in ms; zero under reduced motion is applied by callers via `motion()`. */
export const timing = { hover: 120, focus: 120, sceneFade: 220, toast: 2600 } as const;
