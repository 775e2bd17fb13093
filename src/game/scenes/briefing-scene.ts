import type { ScenarioId } from '../../engine';
import { getScenario } from '../../scenarios';
import { BRIEFINGS } from '../act/briefings';
import { iconKey } from '../icons';
import { SceneKey } from '../services';
import { drawBackdrop, drawEmblem } from '../ui/backdrop';
import { fitText } from '../ui/fit-text';
import { colors, DESIGN_WIDTH } from '../ui/theme';
import { ACT_SCENES } from './act-keys';
import { BaseScene } from './base-scene';

const CARD = { x: 240, y: 170, width: 800, height: 330 };

/** A few short story cards before an act; skippable. Ends by starting the act with its seed. */
export class BriefingScene extends BaseScene {
  /** The class link's unusable seed has been pointed out (once per page load). */
  private linkSeedNoticeShown = false;

  constructor(services: ConstructorParameters<typeof BaseScene>[1]) {
    super(SceneKey.Briefing, services);
  }

  protected override backTarget(): SceneKey {
    return SceneKey.ActSelect;
  }

  protected build(data: Record<string, unknown>): void {
    const scenarioId = (typeof data.scenarioId === 'string' ? data.scenarioId : 'first-way') as ScenarioId;
    const scenario = getScenario(scenarioId);
    const actScene = ACT_SCENES[scenarioId];
    const cards = BRIEFINGS[scenarioId] ?? [];
    const page = typeof data.page === 'number' ? Math.min(Math.max(0, data.page), cards.length - 1) : 0;
    const start = () => {
      if (actScene) this.go(actScene, { seed: data.seed });
    };
    if (!scenario || !actScene || cards.length === 0) {
      start();
      return;
    }
    const card = cards[page];
    if (!card) return;
    drawBackdrop(this);
    this.services.sound.playMusic('title-loop');
    drawEmblem(this, DESIGN_WIDTH / 2, 92, 80);
    this.text(DESIGN_WIDTH / 2, 146, this.t(scenario.titleKey).toUpperCase(), 'label', {
      size: 15,
      color: colors.textMuted,
    }).setOrigin(0.5);

    // A class link whose seed can't be used: say so, and start nothing until the player chooses.
    const { launch } = this.services;
    if (!this.linkSeedNoticeShown && launch.seedProblem && launch.scenario === scenarioId) {
      this.linkSeedNoticeShown = true;
      this.buildSeedNotice(launch.seedProblem, launch.seedText ?? '', () =>
        this.scene.restart({ scenarioId, page: 0, focusIndex: -1 }),
      );
      return;
    }

    const g = this.add.graphics();
    g.fillStyle(colors.panel, 0.97);
    // Larger text makes the card taller, into the room above the buttons.
    const cardHeight = Math.round(CARD.height + 60 * (this.textRender.scale - 1));
    g.fillRoundedRect(CARD.x, CARD.y, CARD.width, cardHeight, 14);
    g.lineStyle(2, card.character.color, 1);
    g.strokeRoundedRect(CARD.x, CARD.y, CARD.width, cardHeight, 14);
    g.fillStyle(card.character.color, 1);
    g.fillCircle(CARD.x + 76, CARD.y + 76, 40);
    const name = this.t(`characters.${card.character.id}.name`);
    this.text(CARD.x + 76, CARD.y + 76, name.slice(0, 1), 'heading', {
      color: colors.backgroundDeep,
    }).setOrigin(0.5);
    // Name above the line, role below it: they never meet at any text size.
    const nameText = this.text(CARD.x + 140, CARD.y + 80, name, 'title').setOrigin(0, 1);
    fitText(nameText, { width: CARD.width - 180, minSize: 16 });
    const role = this.text(
      CARD.x + 140,
      CARD.y + 82,
      this.t(`characters.${card.character.id}.role`),
      'caption',
      {
        color: card.character.color,
      },
    );
    fitText(role, { width: CARD.width - 180, minSize: 11 });
    const goal = scenario.goal;
    const bodyTop = Math.max(CARD.y + 140, role.y + role.height + 16);
    const body = this.text(
      CARD.x + 48,
      bodyTop,
      this.t(card.textKey, {
        features: goal.featuresShipped,
        days: goal.byDay,
        outageHours: goal.maxOutageHours,
      }),
      'body',
      { size: 20, wrapWidth: CARD.width - 96 },
    );
    fitText(body, {
      width: CARD.width - 96,
      height: CARD.y + cardHeight - 20 - bodyTop,
      minSize: 14,
      wrap: true,
    });
    // Page dots.
    cards.forEach((_, index) => {
      g.fillStyle(index === page ? colors.text : colors.border, 1);
      g.fillCircle(DESIGN_WIDTH / 2 - (cards.length - 1) * 10 + index * 20, CARD.y + cardHeight + 24, 5);
    });

    const last = page === cards.length - 1;
    const next = this.button({
      x: DESIGN_WIDTH / 2 + 150,
      y: 600,
      width: 260,
      height: 56,
      label: this.t(last ? 'briefing.start' : 'briefing.next'),
      icon: iconKey('play'),
      variant: 'primary',
      sound: 'confirm',
      onActivate: () => (last ? start() : this.scene.restart({ ...data, page: page + 1, focusIndex: -1 })),
    });
    this.button({
      x: DESIGN_WIDTH / 2 - 150,
      y: 600,
      width: 260,
      height: 56,
      label: this.t('briefing.skip'),
      variant: 'secondary',
      onActivate: start,
    });
    this.focusGroup.focus(next);
    this.services.testHook?.markReady();
    this.text(DESIGN_WIDTH / 2, 694, this.t('common.keyHint'), 'caption').setOrigin(0.5);
  }

  private buildSeedNotice(problem: string, seedText: string, playRandom: () => void): void {
    const g = this.add.graphics();
    g.fillStyle(colors.panel, 0.97);
    g.fillRoundedRect(CARD.x, CARD.y, CARD.width, CARD.height + 40, 14);
    g.lineStyle(2, colors.danger, 1);
    g.strokeRoundedRect(CARD.x, CARD.y, CARD.width, CARD.height + 40, 14);
    this.text(CARD.x + 48, CARD.y + 56, this.t('briefing.badSeed.heading'), 'title', {
      color: colors.danger,
      wrapWidth: CARD.width - 96,
    }).setOrigin(0, 0.5);
    const notice = this.text(
      CARD.x + 48,
      CARD.y + 110,
      `${this.t(`briefing.badSeed.${problemKey(problem)}`, { seed: seedText })}\n\n${this.t('briefing.badSeed.hint')}`,
      'body',
      { size: 20, wrapWidth: CARD.width - 96 },
    );
    fitText(notice, { width: CARD.width - 96, height: CARD.height + 40 - 110, minSize: 14, wrap: true });
    const back = this.button({
      x: DESIGN_WIDTH / 2 - 170,
      y: 600,
      width: 300,
      height: 56,
      label: this.t('common.back'),
      variant: 'secondary',
      onActivate: () => this.go(SceneKey.ActSelect),
    });
    this.button({
      x: DESIGN_WIDTH / 2 + 170,
      y: 600,
      width: 300,
      height: 56,
      label: this.t('briefing.badSeed.random'),
      icon: iconKey('play'),
      variant: 'primary',
      sound: 'confirm',
      onActivate: playRandom,
    });
    this.focusGroup.focus(back);
    this.services.testHook?.markReady();
    this.text(DESIGN_WIDTH / 2, 694, this.t('common.keyHint'), 'caption').setOrigin(0.5);
  }
}

function problemKey(problem: string): 'empty' | 'notANumber' | 'outOfRange' {
  if (problem === 'empty') return 'empty';
  return problem === 'out-of-range' ? 'outOfRange' : 'notANumber';
}
