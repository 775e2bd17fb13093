import Phaser from 'phaser';
import { SoundService } from '../audio/sound-service';
import { createTranslator } from '../i18n';
import { followLanguageSetting } from '../i18n/follow-language';
import { registerOfflineCopy } from '../platform/offline-copy';
import { ProgressStore } from '../platform/progress';
import { hasSoftwareWebGL } from '../platform/renderer';
import { browserSettings } from '../platform/settings';
import { browserStorage } from '../platform/storage';
import { TutorialStore } from '../platform/tutorials';
import { parseLaunchOptions } from '../platform/url-params';
import { followTextSize } from '../shared/text-size';
import { AfterTitle } from './after-title';
import { startFirstScreenAssets } from './first-screen';
import { SceneLoader } from './scene-loader';
import { BootScene } from './scenes/boot-scene';
import { TitleScene } from './scenes/title-scene';
import type { GameServices } from './services';
import { TestHookController } from './test-hook';
import { DESIGN_HEIGHT, DESIGN_WIDTH } from './ui/theme';
import { ViewportController } from './viewport-controller';

declare global {
  interface Window {
    __phoenix?: TestHookController['api'];
  }
}

/** `?renderer=` forces one; by default WebGL with a GPU, Canvas where WebGL is software-rendered. */
function chooseRenderer(requested: 'auto' | 'canvas' | 'webgl'): number {
  if (requested === 'canvas') return Phaser.CANVAS;
  if (requested === 'webgl') return Phaser.WEBGL;
  return hasSoftwareWebGL(document) ? Phaser.CANVAS : Phaser.AUTO;
}

/** A scene start or stop is queued for the game's next step (Phaser then builds the scene in that step). */
function sceneQueued(game: Phaser.Game): boolean {
  // Phaser 4.2.1 keeps the queued starts and stops in a private list until its next step.
  return ((game.scene as unknown as { _queue?: unknown[] })._queue?.length ?? 0) > 0;
}

/** Creates the game inside `parent`; the page's query string chooses test hook and renderer. */
export async function startGame(parent: HTMLElement, search = window.location.search): Promise<Phaser.Game> {
  performance.mark('phoenix:start');
  // Fonts and icons first: they load and decode while i18n starts and Phaser boots.
  const firstScreen = startFirstScreenAssets();
  const launch = parseLaunchOptions(search);
  const storage = browserStorage();
  const settings = browserSettings(storage);
  const translator = await createTranslator({
    language: settings.value.language,
    reportMissing: import.meta.env.DEV,
  });
  performance.mark('phoenix:translator');
  const sound = new SoundService();
  sound.setVolume(settings.value.volume);
  sound.setMuted(settings.value.muted);
  const viewport = new ViewportController(() => ({
    width: parent.clientWidth || window.innerWidth,
    height: parent.clientHeight || window.innerHeight,
    devicePixelRatio: window.devicePixelRatio || 1,
  }));
  const scenes = new SceneLoader();
  // After the first screen: the other scenes' code (asked for already, below), then the sound, then
  // the offline copy.
  const afterTitle = new AfterTitle({
    code: () => scenes.prefetch(),
    sound: async () => (await import('../audio/load-audio')).loadAudio(sound),
    offline: async () => void (await registerOfflineCopy()),
    busy: () => scenes.loadingCode || sceneQueued(game),
  });
  const testHook = launch.e2e ? new TestHookController(translator, settings, scenes, sound) : null;
  const services: GameServices = {
    settings,
    progress: new ProgressStore(storage),
    storage,
    tutorials: new TutorialStore(storage),
    launch,
    translator,
    sound,
    viewport,
    scenes,
    afterTitle,
    testHook,
  };

  const applyDocumentLanguage = () => {
    document.documentElement.lang = translator.language;
    document.title = translator.t('app.name');
  };
  applyDocumentLanguage();
  const settingsSubscription = settings.subscribe((value) => {
    sound.setVolume(value.volume);
    sound.setMuted(value.muted);
  });
  const languageSetting = followLanguageSetting(settings, translator);
  const languageSubscription = translator.onLanguageChanged(applyDocumentLanguage);
  // The DOM parts (debrief, accessible board, notices) size their text from the page's root.
  const textSizeSubscription = followTextSize(settings, document.documentElement);

  const scale = viewport.renderScale;
  const game = new Phaser.Game({
    type: chooseRenderer(launch.renderer),
    parent,
    width: DESIGN_WIDTH * scale,
    height: DESIGN_HEIGHT * scale,
    backgroundColor: '#0a1017',
    banner: false,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: { antialias: true, antialiasGL: false },
    input: { keyboard: { target: window } },
    // All sound goes through Howler: Phaser must not build an AudioContext of its own (a browser that
    // refuses one would stop the game from starting).
    audio: { noAudio: true },
    // Only what the first screen needs; SceneLoader adds the others when first asked for.
    scene: [new BootScene(services, firstScreen), new TitleScene(services)],
  });

  scenes.attach(game, services);
  // The other scenes' code is asked for now, while Boot and the Title build: this module runs only once
  // the first load has arrived, so the network is free, and the code is evaluated after the Title is up
  // (bench:load: the Title no later, an act asked for at once playable 0.1–0.2 s sooner). AfterTitle then
  // waits for it before the sound.
  void scenes.prefetch();
  performance.mark('phoenix:game');
  // The game resizes its canvas first; the scenes, which subscribe later, then re-zoom onto it.
  const viewportSubscription = viewport.subscribe((next) =>
    game.scale.setGameSize(DESIGN_WIDTH * next, DESIGN_HEIGHT * next),
  );
  const onResize = () => viewport.refresh();
  window.addEventListener('resize', onResize);
  // A hidden tab is silent (the act pauses itself; see ActScene).
  const onVisibility = () => sound.setHidden(document.visibilityState === 'hidden');
  document.addEventListener('visibilitychange', onVisibility);
  onVisibility();
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    window.removeEventListener('resize', onResize);
    document.removeEventListener('visibilitychange', onVisibility);
    viewportSubscription.close();
    settingsSubscription.close();
    languageSetting.close();
    languageSubscription.close();
    textSizeSubscription.close();
    afterTitle.cancel();
    sound.destroy();
    if (window.__phoenix === testHook?.api) delete window.__phoenix;
  });

  if (testHook) {
    testHook.attach(game);
    window.__phoenix = testHook.api;
  }
  return game;
}
