import type { FirstScreenAssets } from '../first-screen';
import { addIconTextures } from '../icon-sheet';
import { SceneKey } from '../services';
import { splashProgress } from '../splash';
import { BaseScene } from './base-scene';

/**
 * Gets the first screen ready while the HTML splash shows: the fonts and the icons (one SVG sheet,
 * both started before Phaser booted) and, for a class link, the briefing's code. Then the Title (or
 * the link's briefing) replaces the splash. Sound and the other scenes load after that.
 */
export class BootScene extends BaseScene {
  constructor(
    services: ConstructorParameters<typeof BaseScene>[1],
    private readonly assets: FirstScreenAssets,
  ) {
    super(SceneKey.Boot, services);
  }

  /** Passed through in a moment: a notice is shown by the next scene. */
  protected override showsNotices(): boolean {
    return false;
  }

  protected build(): void {
    let done = 0;
    const stepDone = () => {
      done++;
      splashProgress(0.4 + 0.6 * (done / 3));
    };
    splashProgress(0.4);
    const { fonts, icons, sheet } = this.assets;
    const iconsAdded = icons
      .then((image) => {
        if (image) addIconTextures(this.textures, sheet, image);
        // Not fatal: buttons and the Title draw without their icons.
        else console.warn('[boot] the icons could not be drawn');
      })
      .finally(stepDone);
    // A shared link (?scenario=…&seed=…) goes straight to that act's briefing.
    const { scenario, seed } = this.services.launch;
    const next = scenario ? SceneKey.Briefing : SceneKey.Title;
    const nextData = scenario ? { scenarioId: scenario, seed: seed ?? undefined } : {};
    const code = this.services.scenes.ensure(next).then(
      () => true,
      () => false,
    );
    void Promise.all([fonts.finally(stepDone), iconsAdded, code.finally(stepDone)]).then(([, , loaded]) => {
      if (!this.scene.isActive()) return;
      if (loaded) this.startScene(next, nextData);
      else this.startScene(SceneKey.Title);
    });
  }
}
