import { SceneKey } from '../services';
import { BaseScene } from './base-scene';

/** The font must be ready before the first text is drawn, or Phaser rasterises the fallback font. */
const FONT_FACES = ['400 18px Inter', '600 18px Inter', '700 18px Inter', '800 18px Inter'];
const FONT_TIMEOUT_MS = 3000;

export class BootScene extends BaseScene {
  constructor(services: ConstructorParameters<typeof BaseScene>[1]) {
    super(SceneKey.Boot, services);
  }

  /** Passed through in a moment: a notice is shown by the next scene. */
  protected override showsNotices(): boolean {
    return false;
  }

  protected build(): void {
    const fontsReady = Promise.all(FONT_FACES.map((face) => document.fonts.load(face)));
    const timeout = new Promise((resolve) => setTimeout(resolve, FONT_TIMEOUT_MS));
    // A missing font is not fatal: the system sans-serif in the font stack takes over.
    void Promise.race([fontsReady, timeout])
      .catch(() => undefined)
      .then(() => {
        performance.mark('phoenix:fonts');
        if (this.scene.isActive()) this.scene.start(SceneKey.Preload);
      });
  }
}
