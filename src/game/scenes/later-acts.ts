import { SceneKey } from '../services';
import { ActScene } from './act-scene';

// Every act is the shared board plus what its Way unlocks (the mechanics panel and the control bar
// show each tool as its mechanic appears); its tutorial lives in act/tutorials/.

/** Act 2 — Feedback: tests, telemetry, stop-the-line, peer review versus the change board. */
export class SecondWayScene extends ActScene {
  protected readonly scenarioId = 'second-way' as const;

  constructor(services: ConstructorParameters<typeof ActScene>[1]) {
    super(SceneKey.SecondWay, services);
  }
}

/** Act 3 — Learning: improvement time, technical debt, and improvement experiments. */
export class ThirdWayScene extends ActScene {
  protected readonly scenarioId = 'third-way' as const;

  constructor(services: ConstructorParameters<typeof ActScene>[1]) {
    super(SceneKey.ThirdWay, services);
  }
}

/** The finale — the launch: everything at once, under a hard deadline. */
export class FinaleScene extends ActScene {
  protected readonly scenarioId = 'finale' as const;

  constructor(services: ConstructorParameters<typeof ActScene>[1]) {
    super(SceneKey.Finale, services);
  }
}
