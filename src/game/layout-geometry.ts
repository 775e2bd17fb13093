// What the layout check knows of a scene (no Phaser here, so node tests can use it too): nodes with
// world rectangles in drawing order, and which box each text and control belongs to.

export interface LayoutRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type LayoutKind = 'text' | 'control' | 'icon' | 'box';

export interface LayoutNode {
  id: number;
  kind: LayoutKind;
  /** The text, the control's label or description, the box's name, the icon's texture. */
  name: string;
  rect: LayoutRect;
  /** Drawing order: a higher number is drawn later (on top). */
  order: number;
  /** Ids of the containers this object sits in, nearest first. */
  ancestors: number[];
  /** True when the node's rectangle is a box that holds what is placed in it (a panel, a button, a card). */
  box: boolean;
  /** Where the object was placed (its origin point): what decides which box a text belongs to. */
  anchor: { x: number; y: number };
  /** Id of the box a text or control belongs to (see `ownerOf`); null: the screen. */
  owner: number | null;
  /** A text's size on screen, in design pixels, and the player's text size it was made at (1–1.5). */
  font?: { size: number; scale: number };
}

export interface LayoutSnapshot {
  scene: string;
  width: number;
  height: number;
  nodes: LayoutNode[];
  /** Drawing order of the topmost modal shade: everything drawn before it is covered. */
  modalOrder: number | null;
}

/** True when the point lies in the rectangle (edges included). */
export const contains = (r: LayoutRect, p: { x: number; y: number }) =>
  p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;

/**
 * The box a node belongs to: the nearest container it sits in that has a size (a button, a card), else
 * the panel box or control drawn before it (under it) that holds its anchor, the latest drawn first;
 * else none (the screen).
 */
export function ownerOf(node: LayoutNode, nodes: readonly LayoutNode[]): LayoutNode | null {
  for (const id of node.ancestors) {
    const ancestor = nodes.find((n) => n.id === id);
    if (ancestor?.box) return ancestor;
  }
  let best: LayoutNode | null = null;
  for (const candidate of nodes) {
    if (!candidate.box || candidate.order >= node.order || candidate.id === node.id) continue;
    if (node.ancestors.includes(candidate.id)) continue;
    if (!contains(candidate.rect, node.anchor)) continue;
    if (!best || candidate.order > best.order) best = candidate;
  }
  return best;
}
