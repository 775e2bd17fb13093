export { copyText } from '../platform/clipboard';

import { el } from '../shared/dom';

export { type Child, type ElementOptions, el } from '../shared/dom';

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
