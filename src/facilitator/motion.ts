// Reduced motion on the facilitator page. The system's preference is a CSS media query; the game's own
// setting (shared through this browser's storage) sets a class on <html> that the stylesheet honours the
// same way. The class charts never animate here, whatever the setting (charts.ts: `animation: false`).
import type { Settings } from '../platform/settings';

export const REDUCED_MOTION_CLASS = 'reduced-motion';

interface SettingsSource {
  readonly value: Readonly<Pick<Settings, 'reducedMotion'>>;
  subscribe(listener: (settings: Settings) => void): { close(): void };
}

/** Keeps `root`'s reduced-motion class in step with the setting; `close()` stops following it. */
export function followReducedMotion(
  settings: SettingsSource,
  root: { classList: Pick<DOMTokenList, 'toggle'> },
): { close(): void } {
  const apply = (on: boolean) => root.classList.toggle(REDUCED_MOTION_CLASS, on);
  apply(settings.value.reducedMotion);
  return settings.subscribe((value) => apply(value.reducedMotion));
}
