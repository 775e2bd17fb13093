import Phaser from 'phaser';
import { hasIcon, ICON_SHEET } from '../icons';
import { colors, DESIGN_HEIGHT, DESIGN_WIDTH } from './theme';

/** The control-room floor every menu scene stands on: a deep slate with a faint blueprint grid. */
export function drawBackdrop(scene: Phaser.Scene): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillGradientStyle(colors.backgroundDeep, colors.backgroundDeep, colors.background, colors.panel, 1);
  g.fillRect(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT);
  g.lineStyle(1, colors.border, 0.35);
  for (let x = 0; x <= DESIGN_WIDTH; x += 40) g.lineBetween(x, 0, x, DESIGN_HEIGHT);
  for (let y = 0; y <= DESIGN_HEIGHT; y += 40) g.lineBetween(0, y, DESIGN_WIDTH, y);
  g.lineStyle(1, colors.border, 0.7);
  for (let x = 0; x <= DESIGN_WIDTH; x += 200) g.lineBetween(x, 0, x, DESIGN_HEIGHT);
  return g;
}

export const EMBLEM_TEXTURE = 'emblem';

/**
 * The Phoenix Ops mark: the flame of assets/emblem.svg rising out of a status ring, with a soft
 * halo made of translucent discs (works with both renderers, no shader needed).
 */
export function drawEmblem(
  scene: Phaser.Scene,
  x: number,
  y: number,
  size: number,
): Phaser.GameObjects.Container {
  const halo = scene.add.graphics();
  for (let i = 5; i >= 1; i--) {
    halo.fillStyle(colors.vermillion, 0.03 * (6 - i));
    halo.fillCircle(0, 0, size * (0.42 + i * 0.05));
  }
  const ring = scene.add.graphics();
  ring.fillStyle(colors.panel, 1);
  ring.fillCircle(0, 0, size * 0.42);
  ring.lineStyle(size * 0.035, colors.orange, 1);
  ring.beginPath();
  ring.arc(0, 0, size * 0.42, Phaser.Math.DegToRad(-60), Phaser.Math.DegToRad(240), false);
  ring.strokePath();
  const parts: Phaser.GameObjects.GameObject[] = [halo, ring];
  if (hasIcon(scene.textures, EMBLEM_TEXTURE)) {
    parts.push(
      scene.add.image(0, -size * 0.06, ICON_SHEET, EMBLEM_TEXTURE).setDisplaySize(size * 0.82, size * 0.82),
    );
  }
  return scene.add.container(x, y, parts);
}

/** A five-pointed star: filled when earned, an outline when not (shape tells, not only colour). */
export function drawStar(
  graphics: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  radius: number,
  earned: boolean,
): void {
  const points: Phaser.Math.Vector2[] = [];
  for (let i = 0; i < 10; i++) {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? radius : radius * 0.45;
    points.push(new Phaser.Math.Vector2(x + Math.cos(angle) * r, y + Math.sin(angle) * r));
  }
  if (earned) {
    graphics.fillStyle(colors.yellow, 1);
    graphics.fillPoints(points, true);
  } else {
    graphics.lineStyle(2, colors.textMuted, 0.9);
    graphics.strokePoints(points, true, true);
  }
}
