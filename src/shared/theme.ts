/**
 * The colours and font both pages use (the game and its debrief through `game/ui/theme`, the facilitator
 * page directly): a flat "operations control room" on a dark slate, with the Okabe–Ito palette (safe for
 * the common forms of colour blindness) for everything that carries meaning. Meaning is never carried by
 * colour alone: icons and labels go with it. No Phaser, no DOM: plain numbers and strings.
 */
export const okabeIto = {
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  green: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  purple: 0xcc79a7,
} as const;

/**
 * Two Okabe–Ito hues are lightened for text on the dark board (WCAG AA, 4.5:1 on the panels): vermillion
 * and green. Both stay apart from the other accents under protanopia, deuteranopia and tritanopia;
 * tests/unit/shared/palette.test.ts measures both.
 */
const accents = {
  ...okabeIto,
  vermillion: 0xf86070,
  green: 0x00a678,
} as const;

export const colors = {
  background: 0x0f1720,
  backgroundDeep: 0x0a1017,
  panel: 0x17212b,
  panelRaised: 0x1f2b37,
  panelHover: 0x223244,
  border: 0x2a3a4a,
  text: 0xe6edf3,
  textMuted: 0x8aa0b4,
  textFaint: 0x7689a0,
  focus: accents.yellow,
  /** Darker than Okabe–Ito blue, so white-ish labels on it reach 4.5:1; hover darkens further. */
  primary: 0x0068a3,
  primaryHover: 0x005a8f,
  danger: accents.vermillion,
  success: accents.green,
  ...accents,
} as const;

/**
 * An accent for words that may sit on a hovered fill (the act cards' Way names): 15% toward white, which
 * keeps the hue and lifts green and purple from about 4.2:1 to 4.8:1 and more on the hover colour.
 */
export function accentText(color: number): number {
  const lift = (channel: number) => Math.round(channel + (255 - channel) * 0.15);
  return (lift((color >> 16) & 255) << 16) | (lift((color >> 8) & 255) << 8) | lift(color & 255);
}

export const css = (color: number): string => `#${color.toString(16).padStart(6, '0')}`;

export const rgba = (color: number, alpha: number): string =>
  `rgba(${(color >> 16) & 255}, ${(color >> 8) & 255}, ${color & 255}, ${alpha})`;

export const FONT_FAMILY = '"Inter Variable", "Segoe UI", system-ui, sans-serif';
