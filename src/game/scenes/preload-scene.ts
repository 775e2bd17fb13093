import Phaser from 'phaser';
import actLoopUrl from '../../../assets/audio/act-loop.wav?url';
import alarmUrl from '../../../assets/audio/alarm.wav?url';
import backUrl from '../../../assets/audio/back.wav?url';
import clickUrl from '../../../assets/audio/click.wav?url';
import confirmUrl from '../../../assets/audio/confirm.wav?url';
import deployUrl from '../../../assets/audio/deploy.wav?url';
import errorUrl from '../../../assets/audio/error.wav?url';
import hoverUrl from '../../../assets/audio/hover.wav?url';
import shipUrl from '../../../assets/audio/ship.wav?url';
import storyUrl from '../../../assets/audio/story.wav?url';
import titleLoopUrl from '../../../assets/audio/title-loop.wav?url';
import emblemSvg from '../../../assets/emblem.svg?raw';
import type { AudioName, AudioSource } from '../../audio/sound-service';
import { ICON_NAMES, ICON_TEXTURE_SIZE, iconKey, whiteIconSvg } from '../icons';
import { SceneKey } from '../services';
import { hideSplash, splashProgress } from '../splash';
import { EMBLEM_TEXTURE } from '../ui/backdrop';
import { colors, DESIGN_HEIGHT, DESIGN_WIDTH } from '../ui/theme';
import { BaseScene } from './base-scene';

const AUDIO_FILES: Record<AudioName, string> = {
  hover: hoverUrl,
  click: clickUrl,
  confirm: confirmUrl,
  back: backUrl,
  error: errorUrl,
  deploy: deployUrl,
  alarm: alarmUrl,
  story: storyUrl,
  ship: shipUrl,
  'title-loop': titleLoopUrl,
  'act-loop': actLoopUrl,
};

/**
 * Fetches every sound in the background and hands them to the sound service as they arrive (music asked
 * for before then starts when it lands). A sound that fails to load stays silent.
 */
async function loadAudio(sound: { register(sources: readonly AudioSource[]): void }): Promise<void> {
  await Promise.all(
    (Object.entries(AUDIO_FILES) as [AudioName, string][]).map(async ([name, url]) => {
      try {
        const response = await fetch(url);
        if (!response.ok) return;
        sound.register([{ name, data: await response.arrayBuffer(), mime: 'audio/wav' }]);
      } catch {
        // offline without the cached file, or a blocked request: that sound stays silent
      }
    }),
  );
}

const BAR_WIDTH = 520;
const BAR_HEIGHT = 14;

/** Loads every icon and sound through Phaser's loader, with a progress bar that tracks it. */
export class PreloadScene extends BaseScene {
  private objectUrls: string[] = [];

  constructor(services: ConstructorParameters<typeof BaseScene>[1]) {
    super(SceneKey.Preload, services);
  }

  /** Passed through in a moment: a notice is shown by the next scene. */
  protected override showsNotices(): boolean {
    return false;
  }

  protected build(): void {
    const centerX = DESIGN_WIDTH / 2;
    const barY = DESIGN_HEIGHT / 2 + 40;
    this.text(centerX, DESIGN_HEIGHT / 2 - 40, this.t('app.name'), 'heading').setOrigin(0.5);
    const label = this.text(
      centerX,
      barY + 34,
      this.t('common.loading', { percent: 0 }),
      'caption',
    ).setOrigin(0.5);
    const warning = this.text(centerX, barY + 64, '', 'caption', { color: colors.orange }).setOrigin(0.5);
    const bar = this.add.graphics();
    const drawBar = (progress: number) => {
      bar.clear();
      bar.fillStyle(colors.panelRaised, 1);
      bar.fillRoundedRect(
        centerX - BAR_WIDTH / 2,
        barY - BAR_HEIGHT / 2,
        BAR_WIDTH,
        BAR_HEIGHT,
        BAR_HEIGHT / 2,
      );
      if (progress > 0) {
        bar.fillStyle(colors.orange, 1);
        bar.fillRoundedRect(
          centerX - BAR_WIDTH / 2,
          barY - BAR_HEIGHT / 2,
          Math.max(BAR_HEIGHT, BAR_WIDTH * progress),
          BAR_HEIGHT,
          BAR_HEIGHT / 2,
        );
      }
      label.setText(this.t('common.loading', { percent: Math.round(progress * 100) }));
      splashProgress(progress);
    };
    drawBar(0);

    for (const name of ICON_NAMES) {
      this.load.svg(iconKey(name), this.blobUrl(whiteIconSvg(name)), {
        width: ICON_TEXTURE_SIZE,
        height: ICON_TEXTURE_SIZE,
      });
    }
    this.load.svg(EMBLEM_TEXTURE, this.blobUrl(emblemSvg), { width: 384, height: 384 });
    // Sound is not needed to see or use the Title: it loads after it (finish()), never blocking it.

    this.load.on(Phaser.Loader.Events.PROGRESS, drawBar);
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, () => warning.setText(this.t('common.loadFailed')));
    this.load.once(Phaser.Loader.Events.COMPLETE, () => this.finish());
    this.track({
      close: () => {
        this.load.off(Phaser.Loader.Events.PROGRESS, drawBar);
        this.load.off(Phaser.Loader.Events.FILE_LOAD_ERROR);
        this.load.off(Phaser.Loader.Events.COMPLETE);
        for (const url of this.objectUrls) URL.revokeObjectURL(url);
        this.objectUrls = [];
      },
    });
    this.load.start();
  }

  /** SVG text → object URL (Phaser's loader cannot read Vite's URL-encoded SVG data URIs). */
  private blobUrl(svg: string): string {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    this.objectUrls.push(url);
    return url;
  }

  private finish(): void {
    performance.mark('phoenix:preloaded');
    hideSplash();
    void loadAudio(this.services.sound);
    // A shared link (?scenario=…&seed=…) goes straight to that act's briefing.
    const { scenario, seed } = this.services.launch;
    if (scenario) this.go(SceneKey.Briefing, { scenarioId: scenario, seed: seed ?? undefined });
    else this.go(SceneKey.Title);
  }
}
