import { DESIGN_HEIGHT, DESIGN_WIDTH } from './theme';

/**
 * Crispness at any size: the canvas is drawn at the screen's real pixel density, and every scene's
 * camera zooms the 1280×720 design space onto it. Text is rasterised at the same factor.
 * Returns the render scale for a parent box and device pixel ratio, in steps of 0.25, 1–3.
 */
export function renderScaleFor(parentWidth: number, parentHeight: number, devicePixelRatio: number): number {
  const fit = Math.min(parentWidth / DESIGN_WIDTH, parentHeight / DESIGN_HEIGHT) * (devicePixelRatio || 1);
  if (!Number.isFinite(fit) || fit <= 0) return 1;
  return Math.min(3, Math.max(1, Math.ceil(fit * 4) / 4));
}
