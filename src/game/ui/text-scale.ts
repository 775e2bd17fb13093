// The player's text size (Settings: 100, 125 or 150%) applied to a size in design pixels. Pure, so the
// rule is unit-tested without Phaser.

/**
 * A size given at 100% text, at the player's text size. Reading text grows by the whole factor; display
 * type is large already and grows less (none from 40 px up), so headings keep their place on the screen.
 */
export function scaledSize(size: number, scale: number): number {
  const share = Math.min(1, Math.max(0, (40 - size) / 22));
  return size * (1 + (scale - 1) * share);
}

/** The data key under which a text keeps its scale, so fitting never shrinks it below the player's size. */
export const TEXT_SCALE_KEY = 'textScale';
