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
import { type IconName, iconKey } from '../icons';
import { SceneKey } from '../services';
import { drawBackdrop, drawStar } from '../ui/backdrop';
import { colors, DESIGN_WIDTH } from '../ui/theme';
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
    const toast = this.track(new Toast(this, this.services.viewport.renderScale, 640));
    this.header(this.t('acts.heading'), () => this.go(SceneKey.Title));
    this.text(DESIGN_WIDTH / 2, 108, this.t('acts.subheading'), 'body', {
      color: colors.textMuted,
    }).setOrigin(0.5);

    const totalWidth = ACT_IDS.length * CARD_WIDTH + (ACT_IDS.length - 1) * CARD_GAP;
    const firstX = (DESIGN_WIDTH - totalWidth) / 2 + CARD_WIDTH / 2;
    let firstCard: ReturnType<typeof this.button> | null = null;
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
        height: CARD_HEIGHT,
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
          y: CARD_Y + CARD_HEIGHT / 2 + 38,
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

      const top = CARD_Y - CARD_HEIGHT / 2;
      const accent = this.add.graphics();
      accent.fillStyle(unlocked ? look.color : colors.textFaint, 1);
      accent.fillRoundedRect(x - CARD_WIDTH / 2, top, CARD_WIDTH, 8, { tl: 10, tr: 10, bl: 0, br: 0 });
      accent.fillStyle(colors.backgroundDeep, 1);
      accent.fillCircle(x, top + 78, 40);
      accent.lineStyle(3, unlocked ? look.color : colors.textFaint, 1);
      accent.strokeCircle(x, top + 78, 40);
      this.add
        .image(x, top + 78, iconKey(unlocked ? look.icon : 'lock'))
        .setDisplaySize(36, 36)
        .setTint(unlocked ? look.color : colors.textFaint);
      this.text(x, top + 146, name, 'title', { align: 'center' }).setOrigin(0.5);
      this.text(x, top + 176, this.t(`acts.${look.i18nKey}.theme`).toUpperCase(), 'caption', {
        color: unlocked ? look.color : colors.textFaint,
        align: 'center',
      }).setOrigin(0.5);
      this.text(x, top + 204, this.t(`acts.${look.i18nKey}.blurb`), 'body', {
        size: 16,
        align: 'center',
        wrapWidth: CARD_WIDTH - 40,
        color: colors.textMuted,
      }).setOrigin(0.5, 0);

      const footerY = top + CARD_HEIGHT - 36;
      if (unlocked) {
        const stars = this.services.progress.value[act]?.bestStars ?? 0;
        // Two lines of explanation under the stars when a save was set aside: lift them.
        const starsY = footerY - (warn ? 16 : 4);
        for (let s = 0; s < 3; s++) drawStar(accent, x - 36 + s * 36, starsY, 14, s < stars);
        // An unfinished act says so (and the card resumes it); a save or last run that was set aside
        // says why; otherwise the best stars so far.
        const status = saved
          ? this.t('acts.inProgress', { day: Math.floor(saved.tick / 8) + 1 })
          : setAside
            ? this.t(`acts.setAside.${setAside}`)
            : lastRunSetAside
              ? this.t('acts.lastRunSetAside')
              : this.t('acts.stars', { count: stars });
        this.text(x, footerY + (warn ? 16 : 24), status, 'caption', {
          size: 12,
          color: saved ? colors.yellow : warn ? colors.orange : colors.textMuted,
          align: 'center',
          wrapWidth: CARD_WIDTH - 24,
        }).setOrigin(0.5);
      } else {
        this.text(x, footerY, this.t('common.locked'), 'label', {
          color: colors.textFaint,
          size: 15,
        }).setOrigin(0.5);
      }
    });
    if (firstCard) this.focusGroup.focus(firstCard);
    this.text(DESIGN_WIDTH / 2, 694, this.t('common.keyHint'), 'caption').setOrigin(0.5);
  }

  /** The reason of a set-aside value the player has not been shown yet. */
  private unnoticed(setAside: { reason: SetAsideReason; noticed: boolean } | null): SetAsideReason | null {
    return setAside && !setAside.noticed ? setAside.reason : null;
  }
}
