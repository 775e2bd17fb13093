// The layout check for the DOM parts (the debrief layer, the facilitator page), the same rules as the
// debrief check in layout.test.ts: every element with text of its own keeps that text inside its box
// (the closest element matching `box`, else the scope) and overlaps no other text. Text in a scrolling
// container is measured against what the container scrolls over: scrolled out of view is not outside.
// Visually hidden text (1 px, clipped: for screen readers) is not drawn, so it is not checked.
import type { Page } from 'playwright-core';

export interface DomLayoutScope {
  /** The element whose texts are checked (the first match). */
  scope: string;
  /** The boxes texts must stay in (the closest match around each text). */
  box: string;
  /** Names the problems (a tab, a page). */
  label: string;
}

/** Every text that leaves its box or overlaps another text, one line each (empty when it holds). */
export function domLayoutProblems(page: Page, where: DomLayoutScope): Promise<string[]> {
  return page.evaluate(({ scope, box, label }) => {
    const problems: string[] = [];
    const root = document.querySelector(scope);
    if (!root) return [`${label}: no ${scope}`];
    type Rect = { left: number; top: number; right: number; bottom: number };
    const rectOf = (element: Element): Rect => {
      const r = element.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    /** The area a box offers: its own rectangle, or what it scrolls over when it scrolls. */
    const areaOf = (element: Element): Rect => {
      const rect = rectOf(element);
      const style = getComputedStyle(element);
      const scrolls = /(auto|scroll)/.test(`${style.overflowX} ${style.overflowY}`);
      if (!scrolls) return rect;
      const left = rect.left - element.scrollLeft;
      const top = rect.top - element.scrollTop;
      return {
        left,
        top,
        right: Math.max(rect.right, left + element.scrollWidth),
        bottom: Math.max(rect.bottom, top + element.scrollHeight),
      };
    };
    const outside = (inner: Rect, outer: Rect) =>
      inner.left < outer.left - 1 ||
      inner.right > outer.right + 1 ||
      inner.top < outer.top - 1 ||
      inner.bottom > outer.bottom + 1;
    /** The nearest scrolling ancestor inside `limit` (the text's box), if any. */
    const scroller = (element: Element, limit: Element): Element | null => {
      for (let node = element.parentElement; node && node !== limit; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (/(auto|scroll)/.test(`${style.overflowX} ${style.overflowY}`)) return node;
      }
      return null;
    };
    const texts: { text: string; rect: DOMRect }[] = [];
    const ownText = (element: Element) =>
      [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join(' ');
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      const own = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
      if (!own || element.getClientRects().length === 0) continue;
      if (element.closest('option, script, style, [hidden], [aria-hidden="true"]')) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      const frame = element.getBoundingClientRect();
      // Visually hidden (a screen reader's caption): not drawn.
      if (frame.width <= 1 || frame.height <= 1) continue;
      // The element's own text nodes only: its children are checked as elements of their own (and a
      // visually hidden child, placed elsewhere, must not stretch the parent's text).
      let rect: DOMRect | null = null;
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() === '') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const part = range.getBoundingClientRect();
        if (part.width === 0 || part.height === 0) continue;
        if (!rect) rect = part;
        else {
          const left = Math.min(rect.left, part.left);
          const top = Math.min(rect.top, part.top);
          rect = new DOMRect(
            left,
            top,
            Math.max(rect.right, part.right) - left,
            Math.max(rect.bottom, part.bottom) - top,
          );
        }
      }
      if (!rect) continue;
      const inner = element.closest(box) ?? root;
      const scroll = inner === element ? null : scroller(element, inner);
      const area = scroll ? areaOf(scroll) : areaOf(inner);
      const text = ownText(element).trim().replace(/\s+/g, ' ').slice(0, 60);
      if (outside(rect, area)) problems.push(`${label}: "${text}" leaves its box`);
      if (scroll && outside(rectOf(scroll), areaOf(inner)))
        problems.push(`${label}: the scrolling box of "${text}" leaves its box`);
      texts.push({ text, rect });
    }
    texts.forEach((a, index) => {
      for (const b of texts.slice(index + 1)) {
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (w > 1.5 && h > 1.5 && !a.text.includes(b.text) && !b.text.includes(a.text))
          problems.push(`${label}: "${a.text}" overlaps "${b.text}"`);
      }
    });
    return problems;
  }, where);
}

/** The computed font size (CSS px) of the first element matching each selector; 0 when none. */
export function fontSizes(page: Page, selectors: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate((list) => {
    const sizes: Record<string, number> = {};
    for (const selector of list) {
      const element = document.querySelector(selector);
      sizes[selector] = element ? Number.parseFloat(getComputedStyle(element).fontSize) : 0;
    }
    return sizes;
  }, selectors);
}
