import { SceneKey } from '../services';
import { ActScene } from './act-scene';

/** Act 1 — Flow: the shared board with WIP limits, batch size, triage, freeze and the constraint. */
export class FirstWayScene extends ActScene {
  protected readonly scenarioId = 'first-way' as const;

  constructor(services: ConstructorParameters<typeof ActScene>[1]) {
    super(SceneKey.FirstWay, services);
  }
}
