import {
  noticeSetAsideAct,
  readActSave,
  readSetAsideAct,
  setAsideAct,
  setAsideReasonOf,
} from '../../platform/act-save';
import {
  noticeSetAsideLastRun,
  readLastRun,
  readSetAsideLastRun,
  setAsideLastRun,
} from '../../platform/last-run';
import { ACT_IDS, type ActId } from '../../platform/progress';
import type { SetAsideReason } from '../../platform/storage';
import { ActSession } from '../act/act-session';
import { ICON_SHEET, type IconName, iconKey } from '../icons';
import { SceneKey } from '../services';
import { drawBackdrop, drawStar } from '../ui/backdrop';
import { fitText } from '../ui/fit-text';
import { accentText, colors, DESIGN_WIDTH } from '../ui/theme';
import { Toast } from '../ui/toast';
import { ACT_SCENES } from './act-keys';
import { BaseScene } from './base-scene';

/** How each act looks on its card; its words come from `acts.<i18nKey>.*`. */
const ACT_CARDS: Record<ActId, { i18nKey: string; icon: IconName; color: number }> = {
  'first-way': { i18nKey: 'firstWay', icon: 'workflow', color: colors.skyBlue },
  'second-way': { i18nKey: 'secondWay', icon: 'activity', color: colors.orange },
  'third-way': { i18nKey: 'thirdWay', icon: 'flask-conical', color: colors.green },
  finale: { i18nKey: 'finale', icon: 'rocket', color: colors.purple },
};

const CARD_WIDTH = 270;
const CARD_HEIGHT = 360;
const CARD_GAP = 26;
const CARD_Y = 380;

export class ActSelectScene extends BaseScene {
  constructor(services: ConstructorParameters<typeof BaseScene>[1]) {
    super(SceneKey.ActSelect, services);
  }

  protected override backTarget(): SceneKey {
    return SceneKey.Title;
  }

  protected build(): void {
    drawBackdrop(this);
    this.services.sound.playMusic('title-loop');
    const toast = this.track(new Toast(this, this.textRender, 640));
    this.header(this.t('acts.heading'), () => this.go(SceneKey.Title));
    this.text(DESIGN_WIDTH / 2, 108, this.t('acts.subheading'), 'body', {
      color: colors.textMuted,
    }).setOrigin(0.5);

    const totalWidth = ACT_IDS.length * CARD_WIDTH + (ACT_IDS.length - 1) * CARD_GAP;
    const firstX = (DESIGN_WIDTH - totalWidth) / 2 + CARD_WIDTH / 2;
    let firstCard: ReturnType<typeof this.button> | null = null;
    // Larger text makes the cards taller (down into the room kept for the debrief buttons).
    const scale = this.textRender.scale;
    const cardHeight = Math.round(CARD_HEIGHT + 80 * (scale - 1));
    ACT_IDS.forEach((act, index) => {
      const look = ACT_CARDS[act];
      const name = this.t(`acts.${look.i18nKey}.name`);
      const unlocked = this.services.progress.isUnlocked(act);
      const storage = this.services.storage;
      const save = unlocked ? readActSave(storage, act) : null;
      const saved = save?.status === 'ok' ? save.saved : null;
      // A save that can't be resumed (another version of the game, damaged) is kept under its own key
      // and the card says so; the act starts afresh. Likewise a last run that can't be read.
      const reason = save ? setAsideReasonOf(save) : null;
      if (reason) setAsideAct(storage, act, reason);
      const setAside: SetAsideReason | null = reason ?? this.unnoticed(readSetAsideAct(storage, act));
      let lastRun = unlocked ? readLastRun(storage, act) : null;
      if (lastRun?.status === 'damaged') {
        setAsideLastRun(storage, act, 'damaged');
        lastRun = null;
      }
      const lastRunSetAside = unlocked && this.unnoticed(readSetAsideLastRun(storage, act)) !== null;
      const warn = !saved && (setAside !== null || lastRunSetAside);
      const x = firstX + index * (CARD_WIDTH + CARD_GAP);
      const card = this.button({
        x,
        y: CARD_Y,
        width: CARD_WIDTH,
        height: cardHeight,
        label: '',
        // The card draws its own texts; its name is what keyboard and screen reader users hear.
        description: unlocked ? name : `${name} (${this.t('common.locked')})`,
        sound: unlocked ? 'confirm' : 'error',
        onActivate: () => {
          if (!unlocked) {
            const previous = ACT_IDS[index - 1];
            const previousName = previous ? this.t(`acts.${ACT_CARDS[previous].i18nKey}.name`) : '';
            toast.show(this.t('acts.unlockHint', { act: previousName }), 'warning');
            return;
          }
          const actScene = ACT_SCENES[act];
          if (!actScene) {
            toast.show(this.t('common.comingSoon', { act: name }));
            return;
          }
          // A save that reads well but does not replay is set aside here, and the card says so.
          if (saved && !ActSession.resume(saved.log, saved.tick)) {
            setAsideAct(storage, act, 'replay');
            this.scene.restart({ focusIndex: this.focusGroup.focusedIndex });
            return;
          }
          // The player has read the card: what was set aside stays stored, but is not announced again.
          noticeSetAsideAct(storage, act);
          noticeSetAsideLastRun(storage, act);
          if (saved) this.go(actScene, { resume: true });
          else this.go(SceneKey.Briefing, { scenarioId: act });
        },
      });
      firstCard ??= card;
      // A finished act can be debriefed again from its last run.
      if (lastRun && (lastRun.status === 'ok' || lastRun.status === 'other-version')) {
        this.button({
          x,
          y: CARD_Y + cardHeight / 2 + 34,
          width: 190,
          height: 42,
          compact: true,
          label: this.t('debrief.open'),
          icon: iconKey('activity'),
          variant: 'ghost',
          // A run from another version opens the debrief's explanation instead of a replay.
          onActivate: () =>
            this.go(
              SceneKey.Debrief,
              lastRun.status === 'ok' ? { log: lastRun.run.log } : { scenarioId: act },
            ),
        });
      }

      const top = CARD_Y - cardHeight / 2;
      const bottom = CARD_Y + cardHeight / 2;
      const accent = this.add.graphics();
      accent.fillStyle(unlocked ? look.color : colors.textFaint, 1);
      accent.fillRoundedRect(x - CARD_WIDTH / 2, top, CARD_WIDTH, 8, { tl: 10, tr: 10, bl: 0, br: 0 });
      // Larger text takes room from the emblem, not from the words: the circle shrinks as text grows.
      const radius = Math.round(40 - 16 * (scale - 1));
      const iconY = top + 26 + radius;
      accent.fillStyle(colors.backgroundDeep, 1);
      accent.fillCircle(x, iconY, radius);
      accent.lineStyle(3, unlocked ? look.color : colors.textFaint, 1);
      accent.strokeCircle(x, iconY, radius);
      this.add
        .image(x, iconY, ICON_SHEET, iconKey(unlocked ? look.icon : 'lock'))
        .setDisplaySize(radius * 0.9, radius * 0.9)
        .setTint(unlocked ? look.color : colors.textFaint);
      const title = this.text(x, iconY + radius + 12, name, 'title', { align: 'center' }).setOrigin(0.5, 0);
      fitText(title, { width: CARD_WIDTH - 24, minSize: 16 });
      // The Way's name in the act's colour, lightened where the card's hover fill would dim it.
      const theme = this.text(
        x,
        title.y + title.height + 2,
        this.t(`acts.${look.i18nKey}.theme`).toUpperCase(),
        'caption',
        {
          color: unlocked ? accentText(look.color) : colors.textFaint,
          align: 'center',
        },
      ).setOrigin(0.5, 0);
      fitText(theme, { width: CARD_WIDTH - 24, minSize: 11 });

      // The footer, from the bottom up: the status line, the stars above it; the blurb takes what is left.
      let footerTop: number;
      if (unlocked) {
        const stars = this.services.progress.value[act]?.bestStars ?? 0;
        // An unfinished act says so (and the card resumes it); a save or last run that was set aside
        // says why; otherwise the best stars so far.
        const status = saved
          ? this.t('acts.inProgress', { day: Math.floor(saved.tick / 8) + 1 })
          : setAside
            ? this.t(`acts.setAside.${setAside}`)
            : lastRunSetAside
              ? this.t('acts.lastRunSetAside')
              : this.t('acts.stars', { count: stars });
        const statusText = this.text(x, bottom - 10, status, 'caption', {
          size: 12,
          color: saved ? colors.yellow : warn ? colors.orange : colors.textMuted,
          align: 'center',
          wrapWidth: CARD_WIDTH - 24,
        }).setOrigin(0.5, 1);
        const starsY = statusText.y - statusText.height - 16;
        for (let s = 0; s < 3; s++) drawStar(accent, x - 36 + s * 36, starsY, 14, s < stars);
        footerTop = starsY - 16;
      } else {
        const locked = this.text(x, bottom - 14, this.t('common.locked'), 'label', {
          color: colors.textFaint,
          size: 15,
        }).setOrigin(0.5, 1);
        footerTop = locked.y - locked.height;
      }
      const blurbTop = theme.y + theme.height + 10;
      const blurb = this.text(x, blurbTop, this.t(`acts.${look.i18nKey}.blurb`), 'body', {
        size: 16,
        align: 'center',
        wrapWidth: CARD_WIDTH - 32,
        color: colors.textMuted,
      }).setOrigin(0.5, 0);
      fitText(blurb, { width: CARD_WIDTH - 32, height: footerTop - 6 - blurbTop, minSize: 12, wrap: true });
    });
    if (firstCard) this.focusGroup.focus(firstCard);
    this.text(DESIGN_WIDTH / 2, 694, this.t('common.keyHint'), 'caption').setOrigin(0.5);
  }

  /** The reason of a set-aside value the player has not been shown yet. */
  private unnoticed(setAside: { reason: SetAsideReason; noticed: boolean } | null): SetAsideReason | null {
    return setAside && !setAside.noticed ? setAside.reason : null;
  }
}
