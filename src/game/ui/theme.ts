/**
 * One visual identity for the whole game: a flat "operations control room" on a dark slate, with
 * the Okabe–Ito palette (safe for the common forms of colour blindness) for everything that carries
 * meaning. Meaning is never carried by colour alone: icons and labels go with it.
 */
import { FontMetricsMemo } from './text-metrics';
export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;

export const okabeIto = {
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  green: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  purple: 0xcc79a7,
} as const;

export const colors = {
  background: 0x0f1720,
  backgroundDeep: 0x0a1017,
  panel: 0x17212b,
  panelRaised: 0x1f2b37,
  panelHover: 0x26384a,
  border: 0x2a3a4a,
  text: 0xe6edf3,
  textMuted: 0x8aa0b4,
  textFaint: 0x5d7185,
  focus: okabeIto.yellow,
  primary: okabeIto.blue,
  primaryHover: 0x1386c8,
  danger: okabeIto.vermillion,
  success: okabeIto.green,
  ...okabeIto,
} as const;

export const css = (color: number): string => `#${color.toString(16).padStart(6, '0')}`;

export const FONT_FAMILY = 'Inter, "Segoe UI", system-ui, sans-serif';

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
