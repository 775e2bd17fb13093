import { SceneKey } from '../services';
import { drawBackdrop, drawEmblem } from '../ui/backdrop';
import { setTextSize } from '../ui/fit-text';
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
    // Larger text: a smaller emblem and a taller panel, and the lines shrink together only if still needed.
    const grow = this.textRender.scale - 1;
    drawEmblem(this, DESIGN_WIDTH / 2, 170 - 60 * grow, 110 - 80 * grow);
    const panelTop = 250 - 100 * grow;
    const panelBottom = 650 + 10 * grow;
    const panel = this.add.graphics();
    panel.fillStyle(colors.panel, 0.96);
    panel.fillRoundedRect(200, panelTop, 880, panelBottom - panelTop, 14);
    panel.lineStyle(1.5, colors.border, 1);
    panel.strokeRoundedRect(200, panelTop, 880, panelBottom - panelTop, 14);
    const lines = LINES.map((key, index) =>
      this.text(240, 0, this.t(key), 'body', {
        wrapWidth: 800,
        size: index === 0 ? 19 : 17,
        color: index === 0 ? colors.text : colors.textMuted,
      }),
    );
    const place = () => {
      let y = panelTop + 30;
      lines.forEach((line, index) => {
        line.setY(y);
        y += line.height + (index === 0 ? 26 : 16) * (1 - grow);
      });
      return y - 16 * (1 - grow);
    };
    for (let shrink = 0; place() > panelBottom - 20 && shrink < 8; shrink++)
      lines.forEach((line, index) => {
        setTextSize(line, (index === 0 ? 19 : 17) - (shrink + 1) * 0.5);
      });
    this.focusGroup.focus(back);
  }
}
