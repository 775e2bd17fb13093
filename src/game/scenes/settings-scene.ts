import { SUPPORTED_LANGUAGES } from '../../i18n';
import { PAUSE_ON_REQUEST, TEXT_SIZES } from '../../platform/settings';
import { GuardedStorage } from '../../platform/storage';
import { iconKey } from '../icons';
import { SceneKey } from '../services';
import { drawBackdrop } from '../ui/backdrop';
import type { Button } from '../ui/button';
import { fitText } from '../ui/fit-text';
import { colors, DESIGN_WIDTH } from '../ui/theme';
import { Toast } from '../ui/toast';
import { BaseScene, type SceneText } from './base-scene';

/** Two pages, so every row keeps room for larger text: how the game looks and sounds, and how acts play. */
export enum SettingsPage {
  Display = 'display',
  Play = 'play',
}

const PANEL = { x: 200, y: 150, width: 880, height: 470 };
const TAB = { y: 124, width: 250, height: 44 };
const CONTROL_HEIGHT = 42;
const LABEL_X = PANEL.x + 40;
/** Labels and their hints wrap within this width; controls start right of it. */
const LABEL_WIDTH = 390;
const CONTROL_X = PANEL.x + 460;
const VOLUME_STEP = 0.1;

export class SettingsScene extends BaseScene {
  private returnTo: SceneKey = SceneKey.Title;
  private page: SettingsPage = SettingsPage.Display;

  constructor(services: ConstructorParameters<typeof BaseScene>[1]) {
    super(SceneKey.Settings, services);
  }

  protected override backTarget(): SceneKey {
    return this.returnTo;
  }

  protected build(data: Record<string, unknown>): void {
    this.returnTo = data.returnTo === SceneKey.ActSelect ? SceneKey.ActSelect : SceneKey.Title;
    this.page = data.page === SettingsPage.Play ? SettingsPage.Play : SettingsPage.Display;
    drawBackdrop(this);
    this.header(this.t('settings.heading'), () => this.go(this.returnTo));
    this.drawTabs(data);

    const panel = this.add.graphics();
    panel.fillStyle(colors.panel, 0.96);
    panel.fillRoundedRect(PANEL.x, PANEL.y, PANEL.width, PANEL.height, 14);
    panel.lineStyle(1.5, colors.border, 1);
    panel.strokeRoundedRect(PANEL.x, PANEL.y, PANEL.width, PANEL.height, 14);
    const rows = this.page === SettingsPage.Display ? 5 : 3;
    const step = PANEL.height / rows;
    const rowY = Array.from({ length: rows }, (_, row) => PANEL.y + step * (row + 0.5));
    for (const y of rowY.slice(1)) {
      panel.lineStyle(1, colors.border, 0.7);
      panel.lineBetween(PANEL.x + 24, y - step / 2, PANEL.x + PANEL.width - 24, y - step / 2);
    }
    if (this.page === SettingsPage.Display) this.buildDisplay(rowY);
    else this.buildPlay(rowY);

    const toast = this.track(new Toast(this, this.textRender, 560));
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
    const footerText = this.text(DESIGN_WIDTH / 2, PANEL.y + PANEL.height + 26, footer, 'caption', {
      color: this.services.sound.isAvailable && !notKept ? colors.textMuted : colors.orange,
    }).setOrigin(0.5);
    fitText(footerText, { width: PANEL.width, minSize: 11 });
    const keys = this.text(DESIGN_WIDTH / 2, 694, this.t('common.keyHint'), 'caption').setOrigin(0.5);
    fitText(keys, { width: DESIGN_WIDTH - 80, minSize: 10 });
  }

  /** The two pages' tabs: the chosen one drawn as selected; choosing the other rebuilds the scene on it. */
  private drawTabs(data: Record<string, unknown>): void {
    const pages = [SettingsPage.Display, SettingsPage.Play];
    pages.forEach((page, index) => {
      this.button({
        x: DESIGN_WIDTH / 2 + (index - 0.5) * (TAB.width + 12),
        y: TAB.y,
        width: TAB.width,
        height: TAB.height,
        compact: true,
        label: this.t(`settingsText.page.${page}`),
        selected: this.page === page,
        onActivate: () => {
          if (page === this.page) return;
          this.scene.restart({ ...data, page, focusIndex: this.focusGroup.focusedIndex });
        },
      });
    });
  }

  /** A row's name, with an optional hint under it; the pair is centred on the row and wraps at larger text. */
  private rowLabel(y: number, labelKey: string, hintKey?: string): SceneText {
    const label = this.text(LABEL_X, y, this.t(labelKey), 'label', { wrapWidth: LABEL_WIDTH }).setOrigin(
      0,
      0,
    );
    fitText(label, { width: LABEL_WIDTH, height: label.height * 2.2, minSize: 14, wrap: true });
    const hint = hintKey
      ? this.text(LABEL_X, y, this.t(hintKey), 'caption', { size: 12, wrapWidth: LABEL_WIDTH }).setOrigin(
          0,
          0,
        )
      : null;
    const gap = hint ? 4 : 0;
    const top = y - (label.height + gap + (hint?.height ?? 0)) / 2;
    label.setY(top);
    hint?.setY(top + label.height + gap);
    return label;
  }

  private buildDisplay(rowY: number[]): void {
    const settings = this.services.settings;
    const [languageY = 0, textY = 0, volumeY = 0, muteY = 0, motionY = 0] = rowY;

    // Language: one button per language, written in its own language.
    this.rowLabel(languageY, 'settings.language');
    SUPPORTED_LANGUAGES.forEach((language, index) => {
      this.button({
        x: CONTROL_X + 46 + index * 100,
        y: languageY,
        width: 94,
        height: CONTROL_HEIGHT,
        compact: true,
        label: this.t(`language.${language}`),
        // The language on screen: one that could not be downloaded is not shown as chosen.
        selected: this.services.translator.language === language,
        onActivate: () => settings.update({ language }),
      });
    });

    // Text size: each choice written at its own size would not fit; the scene rebuilds at the chosen one.
    this.rowLabel(textY, 'settingsText.label', 'settingsText.hint');
    TEXT_SIZES.forEach((size, index) => {
      this.button({
        x: CONTROL_X + 62 + index * 132,
        y: textY,
        width: 124,
        height: CONTROL_HEIGHT,
        compact: true,
        label: this.t('settingsText.percent', { percent: size }),
        selected: settings.value.textSize === size,
        onActivate: () => settings.update({ textSize: size }),
      });
    });

    // Master volume: − and + in steps of 10%, with a bar that shows the level.
    this.rowLabel(volumeY, 'settings.volume');
    const bar = this.add.graphics();
    const percent = this.text(CONTROL_X + 320, volumeY, '', 'label').setOrigin(0, 0.5);
    const drawVolume = () => {
      const volume = settings.value.volume;
      const left = CONTROL_X + 60;
      const width = 200;
      bar.clear();
      bar.fillStyle(colors.panelRaised, 1);
      bar.fillRoundedRect(left, volumeY - 6, width, 12, 6);
      bar.fillStyle(settings.value.muted ? colors.textFaint : colors.skyBlue, 1);
      if (volume > 0) bar.fillRoundedRect(left, volumeY - 6, Math.max(12, width * volume), 12, 6);
      percent.setText(this.t('settings.volumeValue', { percent: Math.round(volume * 100) }));
    };
    this.button({
      x: CONTROL_X + 24,
      y: volumeY,
      width: 46,
      height: CONTROL_HEIGHT,
      label: '',
      icon: iconKey('minus'),
      description: this.t('settings.volumeDown'),
      onActivate: () => settings.update({ volume: settings.value.volume - VOLUME_STEP }),
    });
    this.button({
      x: CONTROL_X + 290,
      y: volumeY,
      width: 46,
      height: CONTROL_HEIGHT,
      label: '',
      icon: iconKey('plus'),
      description: this.t('settings.volumeUp'),
      onActivate: () => settings.update({ volume: settings.value.volume + VOLUME_STEP }),
    });

    // Mute and reduced motion: toggles that say their state in words, not only in colour.
    this.rowLabel(muteY, 'settings.mute');
    const mute = this.toggle(muteY, () => settings.update({ muted: !settings.value.muted }));
    this.rowLabel(motionY, 'settings.reducedMotion', 'settings.reducedMotionHint');
    const motion = this.toggle(motionY, () =>
      settings.update({ reducedMotion: !settings.value.reducedMotion }),
    );

    const draw = () => {
      const value = settings.value;
      this.showToggle(mute, value.muted);
      this.showToggle(motion, value.reducedMotion);
      drawVolume();
    };
    draw();
    this.track(settings.subscribe(draw));
  }

  private buildPlay(rowY: number[]): void {
    const settings = this.services.settings;
    const [pauseY = 0, coachY = 0, mirrorY = 0] = rowY;

    // Requests arriving for triage: the clock can stop so a new player has time to decide.
    this.rowLabel(pauseY, 'house.pauseOnRequest', 'house.pauseOnRequestHint');
    const pauseOnRequest = this.button({
      x: CONTROL_X + 140,
      y: pauseY,
      width: 260,
      height: CONTROL_HEIGHT,
      compact: true,
      label: '',
      onActivate: () => {
        const at = PAUSE_ON_REQUEST.indexOf(settings.value.pauseOnRequest);
        settings.update({ pauseOnRequest: PAUSE_ON_REQUEST[(at + 1) % PAUSE_ON_REQUEST.length] });
      },
    });
    // Coach hints on the act's board: on by default, off for players who want to find things alone.
    this.rowLabel(coachY, 'cause.settings.coachHints', 'cause.settings.coachHintsHint');
    const coach = this.toggle(coachY, () => settings.update({ coachHints: !settings.value.coachHints }));
    // The accessible board: always there for screen readers; shown on screen for keyboard players.
    this.rowLabel(mirrorY, 'settingsMirror.label', 'settingsMirror.hint');
    const mirror = this.toggle(mirrorY, () =>
      settings.update({ showBoardMirror: !settings.value.showBoardMirror }),
    );

    const draw = () => {
      const value = settings.value;
      pauseOnRequest
        .setLabel(this.t(`house.pauseOnRequestWhen.${value.pauseOnRequest}`))
        .setSelected(value.pauseOnRequest !== 'never');
      this.showToggle(coach, value.coachHints);
      this.showToggle(mirror, value.showBoardMirror);
    };
    draw();
    this.track(settings.subscribe(draw));
  }

  private toggle(y: number, onActivate: () => void): Button {
    return this.button({
      x: CONTROL_X + 100,
      y,
      width: 180,
      height: CONTROL_HEIGHT,
      compact: true,
      label: '',
      onActivate,
    });
  }

  private showToggle(button: Button, on: boolean): void {
    button.setLabel(this.t(on ? 'common.on' : 'common.off')).setSelected(on);
  }
}
