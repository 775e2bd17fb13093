// The HTML splash in index.html paints before any script runs; the boot steps drive its bar, and it
// goes once the first scene is drawn underneath. Absent (tests, other pages): these do nothing.
const FADE_MS = 180;

export function splashProgress(fraction: number): void {
  const bar = document.getElementById('splash-bar');
  if (bar) bar.style.transform = `scaleX(${Math.max(0.04, Math.min(1, fraction))})`;
}

/**
 * Removes the splash (fading it out over the scene, which already takes input: the splash lets
 * pointer events through). Returns false when there was none.
 */
export function hideSplash(fade = false): boolean {
  const splash = document.querySelector<HTMLElement>('#splash:not([data-leaving])');
  if (!splash) return false;
  splash.dataset.leaving = 'true';
  if (!fade) {
    splash.remove();
    return true;
  }
  splash.style.transition = `opacity ${FADE_MS}ms ease-out`;
  splash.style.opacity = '0';
  window.setTimeout(() => splash.remove(), FADE_MS + 40);
  return true;
}
