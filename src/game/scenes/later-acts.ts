import { SceneKey } from '../services';
import type { TutorialStep } from '../ui/act/tutorial';
import { ActScene } from './act-scene';

// Every act is the shared board plus what its Way unlocks (the mechanics panel and the control bar
// show each tool as its mechanic appears); an act scene only names its scenario and its new tutorial.

const MECHANICS_PANEL = { x: 972, y: 363, width: 292, height: 233 };
const SWITCHES = { x: 812, y: 606, width: 278, height: 106 };

/** Act 2 — Feedback: tests, telemetry, stop-the-line, peer review versus the change board. */
export class SecondWayScene extends ActScene {
  protected readonly scenarioId = 'second-way' as const;

  constructor(services: ConstructorParameters<typeof ActScene>[1]) {
    super(SceneKey.SecondWay, services);
  }

  protected override tutorialSteps(): TutorialStep[] {
    return [
      { target: MECHANICS_PANEL, textKey: 'tutorial.secondWay.invest', at: { x: 530, y: 380 } },
      { target: MECHANICS_PANEL, textKey: 'tutorial.secondWay.approval', at: { x: 530, y: 380 } },
      { target: SWITCHES, textKey: 'tutorial.secondWay.stopLine' },
    ];
  }
}

/** Act 3 — Learning: improvement time, technical debt, and improvement experiments. */
export class ThirdWayScene extends ActScene {
  protected readonly scenarioId = 'third-way' as const;

  constructor(services: ConstructorParameters<typeof ActScene>[1]) {
    super(SceneKey.ThirdWay, services);
  }

  protected override tutorialSteps(): TutorialStep[] {
    return [
      { target: MECHANICS_PANEL, textKey: 'tutorial.thirdWay.improvement', at: { x: 530, y: 380 } },
      { target: MECHANICS_PANEL, textKey: 'tutorial.thirdWay.experiments', at: { x: 530, y: 380 } },
    ];
  }
}

/** The finale — the launch: everything at once, under a hard deadline. */
export class FinaleScene extends ActScene {
  protected readonly scenarioId = 'finale' as const;

  constructor(services: ConstructorParameters<typeof ActScene>[1]) {
    super(SceneKey.Finale, services);
  }

  protected override tutorialSteps(): TutorialStep[] {
    return [{ target: { x: 890, y: 4, width: 214, height: 54 }, textKey: 'tutorial.finale.deadline' }];
  }
}
