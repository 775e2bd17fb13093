import type Phaser from 'phaser';

/** Names of the invisible zones that mark a panel's box for the layout check. */
export const LAYOUT_BOX_PREFIX = 'layout-box:';

/**
 * Marks a region drawn as a panel (a bar's section, a column, a dialog's frame) as the box that holds
 * the texts placed in it. It draws nothing; the test hook's layout snapshot reads it, so a text that
 * leaves its panel, or a panel that a control covers, is found in every language.
 */
export function markBox(scene: Phaser.Scene, name: string, box: Rect): Phaser.GameObjects.Zone {
  return markZone(scene, `${LAYOUT_BOX_PREFIX}${name}`, box);
}

/** Names of the invisible zones that say where a part of a scene is (for tutorials to point at). */
export const AREA_PREFIX = 'area:';

/**
 * Marks where a part of a scene is now — the columns' headers, say, which grow with larger text — for
 * a tutorial step to point at. Unlike markBox it holds no texts, so the layout check ignores it.
 */
export function markArea(scene: Phaser.Scene, name: string, area: Rect): Phaser.GameObjects.Zone {
  return markZone(scene, `${AREA_PREFIX}${name}`, area);
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An invisible, named zone over a rectangle (top-left origin): it draws nothing and takes no input. */
function markZone(scene: Phaser.Scene, name: string, rect: Rect): Phaser.GameObjects.Zone {
  return scene.add.zone(rect.x, rect.y, rect.width, rect.height).setOrigin(0, 0).setName(name);
}
