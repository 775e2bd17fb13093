// The acts, as data. The engine knows nothing of them; the game, the CLI and the tests look them up here.
import type { Scenario, ScenarioId } from '../engine/types';
import { finale } from './finale';
import { firstWay } from './first-way';
import { secondWay } from './second-way';
import { thirdWay } from './third-way';

export type { Scenario, ScenarioId } from '../engine/types';
export { ENGINE_VERSION } from '../engine/version';

export const scenarios: Readonly<Record<ScenarioId, Scenario>> = {
  'first-way': firstWay,
  'second-way': secondWay,
  'third-way': thirdWay,
  finale,
};

export const SCENARIO_IDS = Object.keys(scenarios) as ScenarioId[];

export function getScenario(id: string): Scenario | undefined {
  return Object.hasOwn(scenarios, id) ? scenarios[id as ScenarioId] : undefined;
}
