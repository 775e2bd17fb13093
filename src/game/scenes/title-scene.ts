import { SUPPORTED_LANGUAGES } from '../../i18n';
import { CALM_FRAME_RATE, limitFrameRate } from '../frame-rate';
import { ICON_SHEET, iconKey } from '../icons';
import { SceneKey } from '../services';
import { drawBackdrop, drawEmblem } from '../ui/backdrop';
import { setTextSize } from '../ui/fit-text';
import { markBox } from '../ui/layout-box';
import { colors, DESIGN_WIDTH } from '../ui/theme';
import { BaseScene } from './base-scene';

const WAYS = [
  { key: 'acts.firstWay.theme', icon: 'workflow', color: colors.skyBlue },
  { key: 'acts.secondWay.theme', icon: 'activity', color: colors.orange },
  { key: 'acts.thirdWay.theme', icon: 'flask-conical', color: colors.green },
] as const;

const LANES = ['backlog', 'dev', 'test', 'ops', 'live'] as const;
const CARD_COLORS = [colors.skyBlue, colors.purple, colors.orange, colors.vermillion, colors.green];

export class TitleScene extends BaseScene {
  /** A class link that names no known act is pointed out until the player leaves the Title. */
  private linkNoticePending = true;

  constructor(services: ConstructorParameters<typeof BaseScene>[1]) {
    super(SceneKey.Title, services);
  }

  protected build(): void {
    // Often left on screen (a projector while the class settles), its cards drifting 20–36 px a second:
    // at the calm rate they move under 1.2 px a frame (idle Title, main thread 380 → 240 ms a second).
    this.track(limitFrameRate(this.game.loop, CALM_FRAME_RATE));
    drawBackdrop(this);

    drawEmblem(this, 190, 196, 190);
    this.text(300, 150, this.t('app.name').toUpperCase(), 'display').setOrigin(0, 0.5);
    this.text(304, 214, this.t('app.tagline'), 'body', {
      color: colors.textMuted,
      wrapWidth: 470,
      size: 19,
    }).setOrigin(0, 0);

    // The Three Ways as a numbered path, not as buttons: they are what the acts teach, in order.
    this.text(120, 338, this.t('title.threeWays').toUpperCase(), 'caption', {
      size: 13,
      color: colors.textFaint,
    });
    this.drawWays(120, 386, 760);
    const hook = this.text(120, 440, this.t('title.hook'), 'body', {
      size: 16,
      color: colors.textMuted,
      wrapWidth: 700,
    });
    // Larger text takes more lines: the strip of moving cards starts below the hook, whatever its length.
    this.drawFlowStrip(Math.max(500, Math.ceil(hook.y + hook.height + 8)));

    const menuX = 1010;
    const play = this.button({
      x: menuX,
      y: 190,
      width: 300,
      height: 64,
      label: this.t('title.play'),
      icon: iconKey('play'),
      variant: 'primary',
      sound: 'confirm',
      onActivate: () => this.go(SceneKey.ActSelect),
    });
    this.button({
      x: menuX,
      y: 274,
      width: 300,
      label: this.t('title.settings'),
      icon: iconKey('settings'),
      onActivate: () => this.go(SceneKey.Settings, { returnTo: SceneKey.Title }),
    });
    this.button({
      x: menuX,
      y: 344,
      width: 300,
      label: this.t('title.credits'),
      icon: iconKey('info'),
      onActivate: () => this.go(SceneKey.Credits),
    });
    this.button({
      x: menuX - 78,
      y: 424,
      width: 144,
      height: 46,
      compact: true,
      label: this.t(`language.${this.services.translator.language}`),
      icon: iconKey('globe'),
      variant: 'ghost',
      onActivate: () => this.cycleLanguage(),
    });
    const sound = this.button({
      x: menuX + 78,
      y: 424,
      width: 144,
      height: 46,
      compact: true,
      label: '',
      icon: iconKey('volume-on'),
      variant: 'ghost',
      onActivate: () => this.toggleMute(),
    });
    const showSound = () => {
      const muted = this.services.settings.value.muted;
      sound.setIcon(iconKey(muted ? 'volume-off' : 'volume-on'));
      sound.setLabel(this.t(muted ? 'title.soundOff' : 'title.soundOn'));
    };
    showSound();
    this.track(this.services.settings.subscribe(showSound));

    this.text(DESIGN_WIDTH / 2, 694, this.t('common.keyHint'), 'caption', { align: 'center' }).setOrigin(0.5);
    this.text(DESIGN_WIDTH - 20, 694, this.t('app.version', { version: __APP_VERSION__ }), 'caption', {
      color: colors.textFaint,
    }).setOrigin(1, 0.5);

    this.focusGroup.focus(play);
    this.showLinkProblem();
    this.services.sound.playMusic('title-loop');
    this.services.testHook?.markReady();
  }

  /**
   * The Three Ways as badges joined by arrows, spaced by their names' widths (some languages name them
   * at length); the names shrink together if the row would pass `right`.
   */
  private drawWays(left: number, y: number, right: number): void {
    const labels = WAYS.map((way) =>
      this.text(0, y, this.t(way.key), 'label', { size: 18 }).setOrigin(0, 0.5),
    );
    const badge = 46;
    const arrow = 52;
    const total = () =>
      labels.reduce((sum, label) => sum + badge + label.width, 0) + arrow * (WAYS.length - 1);
    for (let size = 17.5; total() > right - left && size >= 13; size -= 0.5)
      for (const label of labels) setTextSize(label, size);
    const path = this.add.graphics();
    let x = left;
    WAYS.forEach((way, index) => {
      const label = labels[index];
      if (!label) return;
      if (index > 0) {
        path.lineStyle(2, colors.border, 1);
        path.lineBetween(x - arrow + 10, y, x - 12, y);
        path.fillStyle(colors.border, 1);
        path.fillTriangle(x - 12, y, x - 20, y - 5, x - 20, y + 5);
      }
      markBox(this, `way:${index}`, { x, y: y - 20, width: badge + label.width + 2, height: 40 });
      path.fillStyle(colors.panel, 0.95);
      path.fillCircle(x + 18, y, 18);
      path.lineStyle(2, way.color, 1);
      path.strokeCircle(x + 18, y, 18);
      this.add
        .image(x + 18, y, ICON_SHEET, iconKey(way.icon))
        .setDisplaySize(20, 20)
        .setTint(way.color);
      label.setX(x + badge).setDepth(1);
      x += badge + label.width + arrow;
    });
  }

  override go(key: SceneKey, data: Record<string, unknown> = {}): void {
    this.linkNoticePending = false;
    super.go(key, data);
  }

  /** `?seed=4711` without an act, or `?scenario=nope`: nothing starts, and the Title says why. */
  private showLinkProblem(): void {
    const { linkProblem, scenarioText } = this.services.launch;
    if (!linkProblem || !this.linkNoticePending) return;
    const key = linkProblem === 'unknown-scenario' ? 'links.unknownScenario' : 'links.noScenario';
    this.showNotice(this.t(key, { scenario: scenarioText }), { lasting: true });
  }

  private cycleLanguage(): void {
    const languages = SUPPORTED_LANGUAGES;
    const current = languages.indexOf(this.services.translator.language);
    const next = languages[(current + 1) % languages.length] ?? 'en';
    this.services.settings.update({ language: next });
  }

  /** A live miniature of the board: work cards flowing Backlog → Live beneath the menu. */
  private drawFlowStrip(top: number): void {
    const height = Math.min(150, 664 - top);
    const laneWidth = DESIGN_WIDTH / LANES.length;
    const strip = this.add.graphics();
    strip.fillStyle(colors.backgroundDeep, 0.55);
    strip.fillRect(0, top, DESIGN_WIDTH, height);
    strip.lineStyle(1, colors.border, 0.8);
    strip.lineBetween(0, top, DESIGN_WIDTH, top);
    strip.lineBetween(0, top + height, DESIGN_WIDTH, top + height);
    LANES.forEach((lane, index) => {
      if (index > 0) strip.lineBetween(index * laneWidth, top + 8, index * laneWidth, top + height - 8);
      this.text(index * laneWidth + 16, top + 12, this.t(`board.stages.${lane}`).toUpperCase(), 'caption', {
        color: colors.textFaint,
        size: 12,
      });
    });

    const rows = [50, 84, 118].map((at) => Math.round(top + (at / 150) * height));
    const cardWidth = 92;
    for (let i = 0; i < 9; i++) {
      const row = rows[i % rows.length] ?? top + 50;
      const color = CARD_COLORS[i % CARD_COLORS.length] ?? colors.skyBlue;
      const card = this.add.graphics();
      card.fillStyle(colors.panelRaised, 0.9);
      card.fillRoundedRect(-cardWidth / 2, -13, cardWidth, 26, 5);
      card.fillStyle(color, 1);
      card.fillRoundedRect(-cardWidth / 2, -13, 6, 26, { tl: 5, bl: 5, tr: 0, br: 0 });
      card.fillStyle(colors.textFaint, 0.8);
      card.fillRoundedRect(-cardWidth / 2 + 14, -4, 44 + ((i * 13) % 24), 8, 4);
      card.setPosition(((i * 137) % DESIGN_WIDTH) + 60, row);
      if (this.reducedMotion) continue;
      const duration = (DESIGN_WIDTH + 2 * cardWidth) * (28 + (i % 4) * 7);
      const tween = this.tweens.add({
        targets: card,
        x: { from: -cardWidth, to: DESIGN_WIDTH + cardWidth },
        duration,
        repeat: -1,
        ease: 'Linear',
      });
      // Start each card part-way along, so the strip is already busy on the first frame.
      tween.seek(((card.x + cardWidth) / (DESIGN_WIDTH + 2 * cardWidth)) * duration);
      this.track({ close: () => tween.remove() });
    }
  }
}
