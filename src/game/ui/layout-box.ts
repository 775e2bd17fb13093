import type Phaser from 'phaser';

/** Names of the invisible zones that mark a panel's box for the layout check. */
export const LAYOUT_BOX_PREFIX = 'layout-box:';

/**
 * Marks a region drawn as a panel (a bar's section, a column, a dialog's frame) as the box that holds
 * the texts placed in it. It draws nothing; the test hook's layout snapshot reads it, so a text that
 * leaves its panel, or a panel that a control covers, is found in every language.
 */
export function markBox(
  scene: Phaser.Scene,
  name: string,
  box: { x: number; y: number; width: number; height: number },
): Phaser.GameObjects.Zone {
  return scene.add
    .zone(box.x, box.y, box.width, box.height)
    .setOrigin(0, 0)
    .setName(`${LAYOUT_BOX_PREFIX}${name}`);
}
