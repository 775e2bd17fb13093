import type { SceneFactories } from '../scene-loader';
import { SceneKey } from '../services';
import { CreditsScene } from './credits-scene';
import { SettingsScene } from './settings-scene';

/** The Title's side menus: loaded when first opened (or while the Title is shown). */
export const MENU_SCENES: SceneFactories = {
  [SceneKey.Settings]: (services) => new SettingsScene(services),
  [SceneKey.Credits]: (services) => new CreditsScene(services),
};
