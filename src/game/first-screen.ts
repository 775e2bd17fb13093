import emblemSvg from '../../assets/emblem.svg?raw';
import { buildIconSheet, decodeIconSheet, type IconSheet } from './icon-sheet';
import { EMBLEM_TEXTURE } from './ui/backdrop';

/** The font must be ready before the first text is drawn, or Phaser rasterises the fallback font. */
// One variable font file serves every weight; asking for each weight the game draws keeps this true if
// the font ever comes as separate files again.
const FONT_FACES = ['400', '600', '700', '800'].map((weight) => `${weight} 18px "Inter Variable"`);
const FONT_TIMEOUT_MS = 3000;

/** What the first screen waits for, started as soon as the game's code runs (before Phaser boots). */
export interface FirstScreenAssets {
  /** Settles when the fonts are loaded, failed or took too long (the system font then takes over). */
  fonts: Promise<void>;
  sheet: IconSheet;
  /** The icon sheet, decoded; null when the browser could not decode it (the game draws without icons). */
  icons: Promise<HTMLImageElement | null>;
}

export function startFirstScreenAssets(): FirstScreenAssets {
  const fontsReady = Promise.all(FONT_FACES.map((face) => document.fonts.load(face)));
  const timeout = new Promise((resolve) => setTimeout(resolve, FONT_TIMEOUT_MS));
  const fonts = Promise.race([fontsReady, timeout])
    .catch(() => undefined)
    .then(() => {
      performance.mark('phoenix:fonts');
    });
  const sheet = buildIconSheet(emblemSvg, EMBLEM_TEXTURE);
  const icons = decodeIconSheet(sheet).then((image) => {
    performance.mark('phoenix:icons');
    return image;
  });
  return { fonts, sheet, icons };
}
