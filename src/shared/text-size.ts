// The player's text size on the page's DOM parts (the debrief layer, the accessible board, the
// facilitator page): one CSS custom property on a root element that their stylesheets multiply every
// font size by, so the whole page grows at once and a setting changed elsewhere applies at once.
import type { Settings, TextSize } from '../platform/settings';

/** The custom property the DOM layers' font sizes are multiplied by (1, 1.25 or 1.5). */
export const TEXT_SCALE_PROPERTY = '--phx-text-scale';
/** The attribute naming the size in percent, for the rules that re-flow a layout at larger sizes. */
export const TEXT_SIZE_ATTRIBUTE = 'data-text-size';

/** The factor a text size multiplies the design's font sizes by. */
export function textScale(size: TextSize): number {
  return size / 100;
}

/** A CSS length of `px` design pixels at the page's text size (1 where nothing sets the property). */
export function scaledPx(px: number): string {
  return `calc(${px}px * var(${TEXT_SCALE_PROPERTY}, 1))`;
}

interface TextSizeRoot {
  style: Pick<CSSStyleDeclaration, 'setProperty'>;
  setAttribute(name: string, value: string): void;
}

/** Puts a text size on `root`: its scale in the custom property, its percent in the attribute. */
export function applyTextSize(root: TextSizeRoot, size: TextSize): void {
  root.style.setProperty(TEXT_SCALE_PROPERTY, String(textScale(size)));
  root.setAttribute(TEXT_SIZE_ATTRIBUTE, String(size));
}

interface SettingsSource {
  readonly value: Readonly<Pick<Settings, 'textSize'>>;
  subscribe(listener: (settings: Settings) => void): { close(): void };
}

/** Keeps `root`'s text size in step with the setting; `close()` stops following it. */
export function followTextSize(settings: SettingsSource, root: TextSizeRoot): { close(): void } {
  let current = settings.value.textSize;
  applyTextSize(root, current);
  return settings.subscribe((value) => {
    if (value.textSize === current) return;
    current = value.textSize;
    applyTextSize(root, current);
  });
}
