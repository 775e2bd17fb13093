// QR codes drawn locally (uqr: no network, no canvas needed): a module matrix for the game to draw, an
// SVG data URL for the facilitator page.
import { encode, renderSVG } from 'uqr';

/** The module matrix (true = dark) with a quiet zone, or null when the text is too long for a QR code. */
export function qrMatrix(text: string, border = 2): boolean[][] | null {
  try {
    return encode(text, { ecc: 'L', boostEcc: true, border }).data;
  } catch {
    return null;
  }
}

/** An `<img>`-ready SVG of the QR code, or null when the text is too long for one. */
export function qrSvgDataUrl(text: string, colors = { dark: '#000000', light: '#ffffff' }): string | null {
  try {
    const svg = renderSVG(text, {
      ecc: 'L',
      boostEcc: true,
      border: 2,
      pixelSize: 8,
      blackColor: colors.dark,
      whiteColor: colors.light,
    });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  } catch {
    return null;
  }
}
