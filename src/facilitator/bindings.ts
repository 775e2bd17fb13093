// The facilitator page's words: every text and attribute bound to an i18n key is set now and again on
// each change of language (`applyAll`).
import type { Translator } from '../i18n';
import { el } from './dom';

export class Bindings {
  private readonly applies: (() => void)[] = [];

  constructor(private readonly translator: Translator) {}

  t(key: string, options?: Record<string, unknown>): string {
    return this.translator.t(key, options);
  }

  /** Runs `apply` now and on every change of language. */
  add(apply: () => void): void {
    apply();
    this.applies.push(apply);
  }

  text<E extends HTMLElement>(element: E, key: string): E {
    this.add(() => {
      element.textContent = this.t(key);
    });
    return element;
  }

  attr<E extends HTMLElement>(element: E, attr: string, key: string): E {
    this.add(() => element.setAttribute(attr, this.t(key)));
    return element;
  }

  button(key: string, onClick: () => void, className = 'button'): HTMLButtonElement {
    const button = this.text(el('button', { className, attrs: { type: 'button' } }), key);
    button.addEventListener('click', onClick);
    return button;
  }

  /** A labelled field: the label names the control by its id. */
  field(key: string, control: HTMLElement, id: string): HTMLElement {
    control.id = id;
    return el('div', { className: 'field' }, [this.text(el('label', { attrs: { for: id } }), key), control]);
  }

  applyAll(): void {
    for (const apply of this.applies) apply();
  }
}
