import { openIncidentDecisions, parsePolicy, resolvePolicy } from '../../engine';
import { scoreAct } from '../../scoring';
import { warmUpActs } from '../act/warm-up';
import type { SceneFactories } from '../scene-loader';
import { type GameServices, SceneKey } from '../services';
import { ActSelectScene } from './act-select-scene';
import { BriefingScene } from './briefing-scene';
import { DebriefScene } from './debrief-scene';
import { FirstWayScene } from './first-way-scene';
import { FinaleScene, SecondWayScene, ThirdWayScene } from './later-acts';

/** Everything past the Title that needs the engine: the act list, briefings, the acts, the debrief. */
export const PLAY_SCENES: SceneFactories = {
  [SceneKey.ActSelect]: (services) => new ActSelectScene(services),
  [SceneKey.Briefing]: (services) => new BriefingScene(services),
  [SceneKey.FirstWay]: (services) => new FirstWayScene(services),
  [SceneKey.SecondWay]: (services) => new SecondWayScene(services),
  [SceneKey.ThirdWay]: (services) => new ThirdWayScene(services),
  [SceneKey.Finale]: (services) => new FinaleScene(services),
  [SceneKey.Debrief]: (services) => new DebriefScene(services),
};

/** What the test hook needs of the engine and scoring, loaded with the acts (not with the Title). */
export const ACT_TOOLS = { openIncidentDecisions, parsePolicy, resolvePolicy, scoreAct };
export type ActTools = typeof ACT_TOOLS;

/** Fills the caches an act's first build reads (font metrics, number formats), once the code is here. */
export const warmUpPlay = (services: GameServices): void =>
  warmUpActs(services.translator, services.settings.value.textSize / 100);
