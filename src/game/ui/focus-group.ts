import type Phaser from 'phaser';
import type { Disposable } from '../services';
import { firstDelivery } from './key-events';

/** Orders from here on form the Tab order's tail: they stay after every control, even ones added later. */
export const TAIL_ORDER = 1_000_000;

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
  private readonly order = new Map<Focusable, number>();
  private index = -1;
  private sequence = 0;
  private readonly keyboard: Phaser.Input.Keyboard.KeyboardPlugin | null;
  private readonly onKeyDown = (event: KeyboardEvent) => this.handleKey(event);
  /** Keys that activate the focused control; an act uses Space for pause, so it keeps only Enter. */
  private activateKeys: readonly string[] = ['Enter', ' '];
  private readonly fresh = firstDelivery();

  constructor(scene: Phaser.Scene) {
    this.keyboard = scene.input.keyboard;
    this.keyboard?.on('keydown', this.onKeyDown);
  }

  setActivateKeys(keys: readonly string[]): void {
    this.activateKeys = keys;
  }

  /**
   * Adds a control; `order` places it in the Tab sequence (default: after everything added so far),
   * so controls made later, such as cards, can still sit where they belong.
   */
  add<T extends Focusable>(item: T, order = this.sequence): T {
    if (order < TAIL_ORDER) this.sequence = Math.max(this.sequence, order) + 1;
    const focused = this.items[this.index];
    this.order.set(item, order);
    let at = this.items.length;
    while (at > 0 && (this.order.get(this.items[at - 1]!) ?? 0) > order) at--;
    this.items.splice(at, 0, item);
    if (focused) this.index = this.items.indexOf(focused);
    return item;
  }

  remove(item: Focusable): void {
    const at = this.items.indexOf(item);
    if (at < 0) return;
    const focused = this.items[this.index];
    this.items.splice(at, 1);
    this.order.delete(item);
    if (focused === item) {
      this.index = -1;
      if (this.items.length > 0) this.focus(Math.min(at, this.items.length - 1));
    } else if (focused) {
      this.index = this.items.indexOf(focused);
    }
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

  /** Nothing focused: Enter activates nothing until Tab or an arrow picks a control (from the first). */
  blur(): void {
    this.items[this.index]?.setFocused(false);
    this.index = -1;
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
    this.order.clear();
    this.index = -1;
  }

  private handleKey(event: KeyboardEvent): void {
    if (!this.fresh(event)) return;
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
      default:
        if (!this.activateKeys.includes(event.key)) return;
        if (!event.repeat) this.focused?.activate();
        break;
    }
    event.preventDefault();
  }
}
