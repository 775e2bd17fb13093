// One look for charts, shared by the facilitator page and (later) the game's debrief: the game's
// Okabe–Ito palette and Inter, in three modes — on screen, on a projector (large, high contrast) and
// on paper (the printable handout).

import type { DoraBand } from '../scoring';
import { colors, css, FONT_FAMILY } from '../shared/theme';

export type ChartMode = 'screen' | 'projector' | 'print';

export interface ChartLook {
  font: { family: string; size: number; titleSize: number };
  text: string;
  muted: string;
  grid: string;
  /** The colour of ordinary points and bars. */
  point: string;
  pointRadius: number;
  /** One colour per DORA band (colour-blind safe; the band is always named too). */
  bands: Record<DoraBand, string>;
  /** Colours for the two groups a debrief sentence compares. */
  groups: [string, string];
}

export const BAND_CSS: Record<DoraBand, string> = {
  elite: css(colors.green),
  high: css(colors.skyBlue),
  medium: css(colors.orange),
  low: css(colors.vermillion),
};

/**
 * The look of a mode; `textScale` (the player's text size, 1–1.5) multiplies the fonts on screen and on
 * the projector. The handout keeps its print sizes, as the page's print stylesheet does.
 */
export function chartLook(mode: ChartMode, textScale = 1): ChartLook {
  if (mode === 'print') {
    return {
      font: { family: FONT_FAMILY, size: 11, titleSize: 13 },
      text: '#111111',
      muted: '#444444',
      grid: '#d0d0d0',
      point: css(colors.blue),
      pointRadius: 4,
      bands: {
        elite: css(colors.green),
        high: css(colors.blue),
        medium: css(colors.orange),
        low: css(colors.vermillion),
      },
      groups: [css(colors.blue), css(colors.vermillion)],
    };
  }
  const projector = mode === 'projector';
  return {
    font: {
      family: FONT_FAMILY,
      size: (projector ? 20 : 13) * textScale,
      titleSize: (projector ? 24 : 15) * textScale,
    },
    text: projector ? '#ffffff' : css(colors.text),
    muted: projector ? '#e0e0e0' : css(colors.textMuted),
    grid: projector ? '#5a5a5a' : css(colors.border),
    point: css(colors.skyBlue),
    pointRadius: projector ? 8 : 5,
    bands: BAND_CSS,
    groups: [css(colors.skyBlue), css(colors.orange)],
  };
}
