export { copyText } from '../platform/clipboard';

// A tiny DOM builder. Text goes in through `textContent` only: names and pasted input are never HTML.
export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A name as the page shows it: plain text, isolated so right-to-left names cannot reorder the line. */
export function nameNode(name: string): HTMLElement {
  return el('bdi', { className: 'player-name', text: name, attrs: { dir: 'auto' } });
}

export function clear(element: Element): void {
  element.replaceChildren();
}

/** Saves text as a file the browser downloads (no server involved). */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { attrs: { href: url, download: filename } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
