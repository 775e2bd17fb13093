import { SUPPORTED_LANGUAGES } from '../../i18n';
import { PAUSE_ON_REQUEST } from '../../platform/settings';
import { GuardedStorage } from '../../platform/storage';
import { iconKey } from '../icons';
import { SceneKey } from '../services';
import { drawBackdrop } from '../ui/backdrop';
import { colors, DESIGN_WIDTH } from '../ui/theme';
import { Toast } from '../ui/toast';
import { BaseScene } from './base-scene';

const PANEL = { x: 240, y: 108, width: 800, height: 500 };
const ROW_STEP = 68;
const CONTROL_HEIGHT = 42;
const LABEL_X = PANEL.x + 40;
const CONTROL_X = PANEL.x + 420;
const VOLUME_STEP = 0.1;

export class SettingsScene extends BaseScene {
  private returnTo: SceneKey = SceneKey.Title;

  constructor(services: ConstructorParameters<typeof BaseScene>[1]) {
    super(SceneKey.Settings, services);
  }

  protected override backTarget(): SceneKey {
    return this.returnTo;
  }

  protected build(data: Record<string, unknown>): void {
    this.returnTo = data.returnTo === SceneKey.ActSelect ? SceneKey.ActSelect : SceneKey.Title;
    const settings = this.services.settings;
    drawBackdrop(this);

    this.header(this.t('settings.heading'), () => this.go(this.returnTo));

    const panel = this.add.graphics();
    panel.fillStyle(colors.panel, 0.96);
    panel.fillRoundedRect(PANEL.x, PANEL.y, PANEL.width, PANEL.height, 14);
    panel.lineStyle(1.5, colors.border, 1);
    panel.strokeRoundedRect(PANEL.x, PANEL.y, PANEL.width, PANEL.height, 14);
    // Seven rows: what the player hears and reads, then how the act plays and what helps them play it.
    const rowY = Array.from({ length: 7 }, (_, row) => PANEL.y + 40 + row * ROW_STEP);
    for (const y of rowY.slice(1)) {
      panel.lineStyle(1, colors.border, 0.7);
      panel.lineBetween(PANEL.x + 24, y - ROW_STEP / 2, PANEL.x + PANEL.width - 24, y - ROW_STEP / 2);
    }

    // Language: one button per language, written in its own language (four fit in the panel).
    this.text(LABEL_X, rowY[0] ?? 0, this.t('settings.language'), 'label').setOrigin(0, 0.5);
    SUPPORTED_LANGUAGES.forEach((language, index) => {
      this.button({
        x: CONTROL_X + 24 + index * 92,
        y: rowY[0] ?? 0,
        width: 86,
        height: CONTROL_HEIGHT,
        compact: true,
        label: this.t(`language.${language}`),
        selected: settings.value.language === language,
        onActivate: () => settings.update({ language }),
      });
    });

    // Master volume: − and + in steps of 10%, with a bar that shows the level.
    this.text(LABEL_X, rowY[1] ?? 0, this.t('settings.volume'), 'label').setOrigin(0, 0.5);
    const bar = this.add.graphics();
    const percent = this.text(CONTROL_X + 300, rowY[1] ?? 0, '', 'label').setOrigin(0, 0.5);
    const drawVolume = () => {
      const volume = settings.value.volume;
      const left = CONTROL_X + 60;
      const width = 180;
      bar.clear();
      bar.fillStyle(colors.panelRaised, 1);
      bar.fillRoundedRect(left, (rowY[1] ?? 0) - 6, width, 12, 6);
      bar.fillStyle(settings.value.muted ? colors.textFaint : colors.skyBlue, 1);
      if (volume > 0) bar.fillRoundedRect(left, (rowY[1] ?? 0) - 6, Math.max(12, width * volume), 12, 6);
      percent.setText(this.t('settings.volumeValue', { percent: Math.round(volume * 100) }));
    };
    this.button({
      x: CONTROL_X + 24,
      y: rowY[1] ?? 0,
      width: 46,
      height: CONTROL_HEIGHT,
      label: '',
      icon: iconKey('minus'),
      description: this.t('settings.volumeDown'),
      onActivate: () => settings.update({ volume: settings.value.volume - VOLUME_STEP }),
    });
    this.button({
      x: CONTROL_X + 276,
      y: rowY[1] ?? 0,
      width: 46,
      height: CONTROL_HEIGHT,
      label: '',
      icon: iconKey('plus'),
      description: this.t('settings.volumeUp'),
      onActivate: () => settings.update({ volume: settings.value.volume + VOLUME_STEP }),
    });

    // Mute and reduced motion: toggles that say their state in words, not only in colour.
    this.text(LABEL_X, rowY[2] ?? 0, this.t('settings.mute'), 'label').setOrigin(0, 0.5);
    const mute = this.button({
      x: CONTROL_X + 80,
      y: rowY[2] ?? 0,
      width: 156,
      height: CONTROL_HEIGHT,
      compact: true,
      label: '',
      onActivate: () => settings.update({ muted: !settings.value.muted }),
    });
    this.text(LABEL_X, (rowY[3] ?? 0) - 15, this.t('settings.reducedMotion'), 'label').setOrigin(0, 0.5);
    this.text(LABEL_X, (rowY[3] ?? 0) - 2, this.t('settings.reducedMotionHint'), 'caption', {
      size: 12,
      wrapWidth: 360,
    }).setOrigin(0, 0);
    const motion = this.button({
      x: CONTROL_X + 80,
      y: rowY[3] ?? 0,
      width: 156,
      height: CONTROL_HEIGHT,
      compact: true,
      label: '',
      onActivate: () => settings.update({ reducedMotion: !settings.value.reducedMotion }),
    });
    // Requests arriving for triage: the clock can stop so a new player has time to decide.
    this.text(LABEL_X, (rowY[4] ?? 0) - 15, this.t('house.pauseOnRequest'), 'label').setOrigin(0, 0.5);
    this.text(LABEL_X, (rowY[4] ?? 0) - 2, this.t('house.pauseOnRequestHint'), 'caption', {
      size: 12,
      wrapWidth: 360,
    }).setOrigin(0, 0);
    const pauseOnRequest = this.button({
      x: CONTROL_X + 120,
      y: rowY[4] ?? 0,
      width: 236,
      height: CONTROL_HEIGHT,
      compact: true,
      label: '',
      onActivate: () => {
        const at = PAUSE_ON_REQUEST.indexOf(settings.value.pauseOnRequest);
        settings.update({ pauseOnRequest: PAUSE_ON_REQUEST[(at + 1) % PAUSE_ON_REQUEST.length] });
      },
    });
    // Coach hints on the act's board: on by default, off for players who want to find things alone.
    this.text(LABEL_X, (rowY[5] ?? 0) - 15, this.t('cause.settings.coachHints'), 'label').setOrigin(0, 0.5);
    this.text(LABEL_X, (rowY[5] ?? 0) - 2, this.t('cause.settings.coachHintsHint'), 'caption', {
      size: 12,
      wrapWidth: 360,
    }).setOrigin(0, 0);
    const coach = this.button({
      x: CONTROL_X + 80,
      y: rowY[5] ?? 0,
      width: 156,
      height: CONTROL_HEIGHT,
      compact: true,
      label: '',
      onActivate: () => settings.update({ coachHints: !settings.value.coachHints }),
    });
    // The accessible board: always there for screen readers; shown on screen for keyboard players.
    this.text(LABEL_X, (rowY[6] ?? 0) - 15, this.t('settingsMirror.label'), 'label').setOrigin(0, 0.5);
    this.text(LABEL_X, (rowY[6] ?? 0) - 2, this.t('settingsMirror.hint'), 'caption', {
      size: 12,
      wrapWidth: 360,
    }).setOrigin(0, 0);
    const mirror = this.button({
      x: CONTROL_X + 80,
      y: rowY[6] ?? 0,
      width: 156,
      height: CONTROL_HEIGHT,
      compact: true,
      label: '',
      onActivate: () => settings.update({ showBoardMirror: !settings.value.showBoardMirror }),
    });
    const drawToggles = () => {
      const value = settings.value;
      pauseOnRequest
        .setLabel(this.t(`house.pauseOnRequestWhen.${value.pauseOnRequest}`))
        .setSelected(value.pauseOnRequest !== 'never');
      coach.setLabel(this.t(value.coachHints ? 'common.on' : 'common.off')).setSelected(value.coachHints);
      mirror
        .setLabel(this.t(value.showBoardMirror ? 'common.on' : 'common.off'))
        .setSelected(value.showBoardMirror);
      mute.setLabel(this.t(value.muted ? 'common.on' : 'common.off')).setSelected(value.muted);
      motion
        .setLabel(this.t(value.reducedMotion ? 'common.on' : 'common.off'))
        .setSelected(value.reducedMotion);
      drawVolume();
    };
    drawToggles();
    this.track(settings.subscribe(drawToggles));

    const toast = this.track(new Toast(this, this.services.viewport.renderScale, 560));
    this.button({
      x: DESIGN_WIDTH - 170,
      y: 60,
      width: 250,
      height: 46,
      compact: true,
      label: this.t('settings.replayTutorials'),
      variant: 'ghost',
      onActivate: () => {
        this.services.tutorials.reset();
        toast.show(this.t('settings.tutorialsReset'));
      },
    });
    // Say what is true: settings are kept only where the browser lets the game store them.
    const storage = this.services.storage;
    const notKept = storage instanceof GuardedStorage && storage.failed;
    const footer = !this.services.sound.isAvailable
      ? this.t('settings.audioUnavailable')
      : notKept
        ? this.t('settings.notSaved')
        : this.t('settings.saved');
    this.text(DESIGN_WIDTH / 2, PANEL.y + PANEL.height + 30, footer, 'caption', {
      color: this.services.sound.isAvailable && !notKept ? colors.textMuted : colors.orange,
    }).setOrigin(0.5);
    this.text(DESIGN_WIDTH / 2, 694, this.t('common.keyHint'), 'caption').setOrigin(0.5);
  }
}
