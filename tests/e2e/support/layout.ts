// The layout check: from a scene's geometry (window.__phoenix.layout()), every text that leaves its box
// or overlaps another text, an icon or a control, and every control that overlaps another or leaves its
// box. Pure functions, so a unit test can show that each rule fails when it should.
import {
  contains,
  type LayoutNode,
  type LayoutRect,
  type LayoutSnapshot,
} from '../../../src/game/layout-geometry';

export { ownerOf } from '../../../src/game/layout-geometry';

/** Rounding and anti-aliasing: what a pixel and a half does not see is not a defect. */
const TOLERANCE = 1.5;

const round = (value: number) => Math.round(value);
const describeRect = (r: LayoutRect) =>
  `[${round(r.left)},${round(r.top)}–${round(r.right)},${round(r.bottom)}]`;
const describe = (node: LayoutNode) =>
  `${node.kind} "${node.name.replace(/\s+/g, ' ')}" ${describeRect(node.rect)}`;

function overlap(a: LayoutRect, b: LayoutRect): boolean {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > TOLERANCE && height > TOLERANCE;
}

function inside(inner: LayoutRect, outer: LayoutRect): boolean {
  return (
    inner.left >= outer.left - TOLERANCE &&
    inner.top >= outer.top - TOLERANCE &&
    inner.right <= outer.right + TOLERANCE &&
    inner.bottom <= outer.bottom + TOLERANCE
  );
}

/** The box a node belongs to, as the snapshot says (a modal's box or the screen when none). */
function boxOf(node: LayoutNode, nodes: readonly LayoutNode[]): LayoutNode | null {
  return node.owner === null ? null : (nodes.find((n) => n.id === node.owner) ?? null);
}

/** Everything wrong with a scene's layout, one line each (an empty list when it holds). */
export interface LayoutExpectations {
  /** The player's text size (1, 1.25 or 1.5): every text is made at it, and none is fitted below its floor. */
  textScale?: number;
}

/** The smallest size any text may be fitted down to at 100% (the fitters' lowest floor). */
const SMALLEST_TEXT = 8.5;

export function layoutProblems(snapshot: LayoutSnapshot, expected: LayoutExpectations = {}): string[] {
  const modal = snapshot.modalOrder ?? -1;
  // What a modal shade covers is dimmed and cannot be used: only what is drawn above it is checked.
  const nodes = snapshot.nodes.filter((n) => n.order > modal);
  const screen: LayoutRect = { left: 0, top: 0, right: snapshot.width, bottom: snapshot.height };
  const problems: string[] = [];
  const related = (a: LayoutNode, b: LayoutNode) => a.ancestors.includes(b.id) || b.ancestors.includes(a.id);

  const texts = nodes.filter((n) => n.kind === 'text');
  const controls = nodes.filter((n) => n.kind === 'control');
  const icons = nodes.filter((n) => n.kind === 'icon');

  for (const node of [...texts, ...controls]) {
    const owner = boxOf(node, snapshot.nodes);
    const box = owner?.rect ?? screen;
    if (!inside(node.rect, box))
      problems.push(`${describe(node)} leaves ${owner ? describe(owner) : 'the screen'}`);
  }
  // A panel's box is found among what was made before a text: a box made after the texts it frames
  // holds none of them, and a text that runs past it goes unseen (the constraint card did).
  for (const text of texts) {
    if (text.owner !== null) continue;
    const later = nodes.find(
      (n) => n.kind === 'box' && n.order > text.order && !related(n, text) && contains(n.rect, text.anchor),
    );
    if (later) problems.push(`${describe(text)} lies in ${describe(later)}, made after it: not held to it`);
  }
  const scale = expected.textScale ?? 1;
  for (const text of texts) {
    if (!text.font) continue;
    if (Math.abs(text.font.scale - scale) > 0.001)
      problems.push(`${describe(text)} is made at ${text.font.scale * 100}% text, not ${scale * 100}%`);
    else if (text.font.size < SMALLEST_TEXT * scale - 0.01)
      problems.push(
        `${describe(text)} is ${text.font.size}px, below ${SMALLEST_TEXT * scale}px at ${scale * 100}% text`,
      );
  }
  texts.forEach((text, index) => {
    const owner = boxOf(text, snapshot.nodes);
    for (const other of texts.slice(index + 1)) {
      if (overlap(text.rect, other.rect)) problems.push(`${describe(text)} overlaps ${describe(other)}`);
    }
    for (const control of controls) {
      if (control.id === owner?.id || related(text, control)) continue;
      if (overlap(text.rect, control.rect)) problems.push(`${describe(text)} overlaps ${describe(control)}`);
    }
    for (const icon of icons) {
      if (overlap(text.rect, icon.rect)) problems.push(`${describe(text)} overlaps ${describe(icon)}`);
    }
  });
  controls.forEach((control, index) => {
    for (const other of controls.slice(index + 1)) {
      if (related(control, other)) continue;
      if (overlap(control.rect, other.rect))
        problems.push(`${describe(control)} overlaps ${describe(other)}`);
    }
  });
  return problems;
}
