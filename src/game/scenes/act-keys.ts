import type { ScenarioId } from '../../engine';
import { SceneKey } from '../services';

/** Scene keys of the acts, by scenario. */
export const ACT_SCENES: Partial<Record<ScenarioId, SceneKey>> = {
  'first-way': SceneKey.FirstWay,
  'second-way': SceneKey.SecondWay,
  'third-way': SceneKey.ThirdWay,
  finale: SceneKey.Finale,
};
