// The HTML splash in index.html paints before any script runs; the loader drives its bar, and it goes
// once the game can draw by itself. Absent (tests, other pages): these do nothing.
export function splashProgress(fraction: number): void {
  const bar = document.getElementById('splash-bar');
  if (bar) bar.style.transform = `scaleX(${Math.max(0.04, Math.min(1, fraction))})`;
}

export function hideSplash(): void {
  document.getElementById('splash')?.remove();
}
