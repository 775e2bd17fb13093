// The geometry of what a scene shows, read from Phaser's live scene graph for the layout check
// (tests/e2e/layout.test.ts): every visible text, control, icon and panel box with its world bounds and
// its place in the drawing order. Only the test hook uses it.

import Phaser from 'phaser';
import { ICON_SHEET } from './icons';
import {
  type LayoutKind,
  type LayoutNode,
  type LayoutRect,
  type LayoutSnapshot,
  ownerOf,
} from './layout-geometry';
import { textScaleOf } from './ui/fit-text';
import { LAYOUT_BOX_PREFIX } from './ui/layout-box';
import { DESIGN_HEIGHT, DESIGN_WIDTH } from './ui/theme';

export type { LayoutKind, LayoutNode, LayoutRect, LayoutSnapshot } from './layout-geometry';

interface Walk {
  nodes: LayoutNode[];
  order: number;
  id: number;
  modalOrder: number | null;
}

const rectOf = (bounds: Phaser.Geom.Rectangle): LayoutRect => ({
  left: bounds.left,
  top: bounds.top,
  right: bounds.right,
  bottom: bounds.bottom,
});

/** The world rectangle of an object's input hit area (containers, zones and buttons have no texture). */
function hitRect(object: Phaser.GameObjects.GameObject): LayoutRect | null {
  const input = object.input;
  const area = input?.hitArea as Phaser.Geom.Rectangle | undefined;
  if (!(area instanceof Phaser.Geom.Rectangle)) return null;
  const transform = object as unknown as Phaser.GameObjects.Components.Transform & {
    displayOriginX?: number;
    displayOriginY?: number;
  };
  if (typeof transform.getWorldTransformMatrix !== 'function') return null;
  const matrix = transform.getWorldTransformMatrix();
  const ox = transform.displayOriginX ?? 0;
  const oy = transform.displayOriginY ?? 0;
  const corners = [
    [area.left - ox, area.top - oy],
    [area.right - ox, area.top - oy],
    [area.left - ox, area.bottom - oy],
    [area.right - ox, area.bottom - oy],
  ].map(([x, y]) => matrix.transformPoint(x ?? 0, y ?? 0));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

function anchorOf(object: Phaser.GameObjects.GameObject): { x: number; y: number } {
  const transform = object as unknown as Phaser.GameObjects.Components.Transform;
  if (typeof transform.getWorldTransformMatrix !== 'function') return { x: 0, y: 0 };
  const matrix = transform.getWorldTransformMatrix();
  return { x: matrix.tx, y: matrix.ty };
}

function shown(object: Phaser.GameObjects.GameObject): boolean {
  const look = object as unknown as { visible?: boolean; alpha?: number };
  return look.visible !== false && (look.alpha ?? 1) > 0.02;
}

const isModalShade = (rect: LayoutRect | null) =>
  rect !== null &&
  rect.left <= 0 &&
  rect.top <= 0 &&
  rect.right >= DESIGN_WIDTH &&
  rect.bottom >= DESIGN_HEIGHT;

function visit(objects: readonly Phaser.GameObjects.GameObject[], ancestors: number[], walk: Walk): void {
  for (const object of objects) {
    if (!shown(object)) continue;
    const order = walk.order++;
    const id = walk.id++;
    const push = (
      kind: LayoutKind,
      name: string,
      rect: LayoutRect,
      box: boolean,
      font?: LayoutNode['font'],
    ) =>
      walk.nodes.push({
        id,
        kind,
        name,
        rect,
        order,
        ancestors,
        box,
        anchor: anchorOf(object),
        owner: null,
        ...(font ? { font } : {}),
      });
    const interactive = object.input?.enabled === true;
    const hit = interactive ? hitRect(object) : null;
    if (interactive && isModalShade(hit)) {
      walk.modalOrder = order;
      continue;
    }
    if (object instanceof Phaser.GameObjects.Text) {
      if (object.text.trim() !== '') {
        const size =
          Number.parseFloat(String(object.style.fontSize)) * object.getWorldTransformMatrix().scaleY;
        push('text', object.text, rectOf(object.getBounds()), false, { size, scale: textScaleOf(object) });
      }
      continue;
    }
    if (object instanceof Phaser.GameObjects.Zone) {
      if (object.name.startsWith(LAYOUT_BOX_PREFIX))
        push('box', object.name.slice(LAYOUT_BOX_PREFIX.length), rectOf(object.getBounds()), true);
      else if (hit) push('control', object.name, hit, true);
      continue;
    }
    if (hit) {
      const labelled = object as unknown as { accessibleLabel?: string; label?: string };
      push('control', labelled.accessibleLabel ?? labelled.label ?? object.name, hit, true);
    } else if (object instanceof Phaser.GameObjects.Image) {
      // An icon is named by its frame in the icon sheet, other images by their texture.
      const name = object.texture.key === ICON_SHEET ? object.frame.name : object.texture.key;
      push('icon', name, rectOf(object.getBounds()), false);
    } else if (object instanceof Phaser.GameObjects.Container && object.width > 0 && object.height > 0) {
      const matrix = object.getWorldTransformMatrix();
      push(
        'box',
        object.name,
        {
          left: matrix.tx - object.displayOriginX,
          top: matrix.ty - object.displayOriginY,
          right: matrix.tx - object.displayOriginX + object.width,
          bottom: matrix.ty - object.displayOriginY + object.height,
        },
        true,
      );
    }
    if (object instanceof Phaser.GameObjects.Container) visit(object.list, [id, ...ancestors], walk);
  }
}

/** Every visible text, control, icon and box of the scenes on show, in drawing order. */
export function layoutSnapshot(scenes: readonly Phaser.Scene[]): LayoutSnapshot {
  const walk: Walk = { nodes: [], order: 0, id: 0, modalOrder: null };
  for (const scene of scenes) {
    scene.children.depthSort();
    visit(scene.children.list, [], walk);
  }
  // Above a modal shade, only what is also above it can hold a text: the board under a dialog cannot.
  const modal = walk.modalOrder ?? -1;
  const aboveModal = walk.nodes.filter((node) => node.order > modal);
  for (const node of walk.nodes) {
    if (node.kind !== 'text' && node.kind !== 'control') continue;
    node.owner = ownerOf(node, node.order > modal ? aboveModal : walk.nodes)?.id ?? null;
  }
  return {
    scene: scenes[0]?.scene.key ?? '',
    width: DESIGN_WIDTH,
    height: DESIGN_HEIGHT,
    nodes: walk.nodes,
    modalOrder: walk.modalOrder,
  };
}
