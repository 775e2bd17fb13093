import type Phaser from 'phaser';
import type { Disposable } from '../services';

export interface Focusable {
  readonly enabled: boolean;
  setFocused(focused: boolean): void;
  activate(): void;
}

/**
 * Keyboard navigation for one scene: Tab / Shift+Tab and the arrow keys move a visible focus ring
 * through the scene's controls in reading order; Enter or Space activates the focused one.
 */
export class FocusGroup implements Disposable {
  private readonly items: Focusable[] = [];
  private index = -1;
  private readonly keyboard: Phaser.Input.Keyboard.KeyboardPlugin | null;
  private readonly onKeyDown = (event: KeyboardEvent) => this.handleKey(event);

  constructor(scene: Phaser.Scene) {
    this.keyboard = scene.input.keyboard;
    this.keyboard?.on('keydown', this.onKeyDown);
  }

  add<T extends Focusable>(item: T): T {
    this.items.push(item);
    return item;
  }

  get focusedIndex(): number {
    return this.index;
  }

  get focused(): Focusable | undefined {
    return this.items[this.index];
  }

  focus(target: Focusable | number): void {
    const next = typeof target === 'number' ? target : this.items.indexOf(target);
    if (next < 0 || next >= this.items.length || !this.items[next]?.enabled) return;
    if (next === this.index) return;
    this.items[this.index]?.setFocused(false);
    this.index = next;
    this.items[next]?.setFocused(true);
  }

  move(step: 1 | -1): void {
    const count = this.items.length;
    if (count === 0) return;
    let next = this.index < 0 ? (step === 1 ? -1 : 0) : this.index;
    for (let tries = 0; tries < count; tries++) {
      next = (next + step + count) % count;
      if (this.items[next]?.enabled) {
        this.focus(next);
        return;
      }
    }
  }

  close(): void {
    this.keyboard?.off('keydown', this.onKeyDown);
    this.items.length = 0;
    this.index = -1;
  }

  private handleKey(event: KeyboardEvent): void {
    switch (event.key) {
      case 'Tab':
        this.move(event.shiftKey ? -1 : 1);
        break;
      case 'ArrowDown':
      case 'ArrowRight':
        this.move(1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        this.move(-1);
        break;
      case 'Enter':
      case ' ':
        if (!event.repeat) this.focused?.activate();
        break;
      default:
        return;
    }
    event.preventDefault();
  }
}
