import type { Disposable } from './services';
import { renderScaleFor } from './ui/viewport';

/** Tracks the render scale for the game's parent element and tells scenes when it changes. */
export class ViewportController {
  private scale: number;
  private readonly listeners = new Set<(scale: number) => void>();

  constructor(private readonly measure: () => { width: number; height: number; devicePixelRatio: number }) {
    const box = measure();
    this.scale = renderScaleFor(box.width, box.height, box.devicePixelRatio);
  }

  get renderScale(): number {
    return this.scale;
  }

  /** Re-measures; returns true (and notifies) when the render scale changed. */
  refresh(): boolean {
    const box = this.measure();
    const next = renderScaleFor(box.width, box.height, box.devicePixelRatio);
    if (next === this.scale) return false;
    this.scale = next;
    for (const listener of [...this.listeners]) listener(next);
    return true;
  }

  subscribe(listener: (scale: number) => void): Disposable {
    this.listeners.add(listener);
    return { close: () => this.listeners.delete(listener) };
  }
}
