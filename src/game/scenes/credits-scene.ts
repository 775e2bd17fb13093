import { SceneKey } from '../services';
import { drawBackdrop, drawEmblem } from '../ui/backdrop';
import { colors, DESIGN_WIDTH } from '../ui/theme';
import { BaseScene } from './base-scene';

const LINES = [
  'credits.inspiration',
  'credits.code',
  'credits.engine',
  'credits.font',
  'credits.icons',
  'credits.sound',
];

export class CreditsScene extends BaseScene {
  constructor(services: ConstructorParameters<typeof BaseScene>[1]) {
    super(SceneKey.Credits, services);
  }

  protected override backTarget(): SceneKey {
    return SceneKey.Title;
  }

  protected build(): void {
    drawBackdrop(this);
    const back = this.header(this.t('credits.heading'), () => this.go(SceneKey.Title));
    drawEmblem(this, DESIGN_WIDTH / 2, 170, 110);

    const panel = this.add.graphics();
    panel.fillStyle(colors.panel, 0.96);
    panel.fillRoundedRect(200, 250, 880, 400, 14);
    panel.lineStyle(1.5, colors.border, 1);
    panel.strokeRoundedRect(200, 250, 880, 400, 14);
    let y = 280;
    LINES.forEach((key, index) => {
      const line = this.text(240, y, this.t(key), index === 0 ? 'body' : 'body', {
        wrapWidth: 800,
        size: index === 0 ? 19 : 17,
        color: index === 0 ? colors.text : colors.textMuted,
      });
      y += line.height + (index === 0 ? 26 : 16);
    });
    this.focusGroup.focus(back);
  }
}
