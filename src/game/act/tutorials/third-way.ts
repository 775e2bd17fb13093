import type { TutorialStep } from '../../ui/act/tutorial';
import { MECHANICS_PANEL } from './areas';

/** The Third Way explains improvement time and experiments. */
export const THIRD_WAY_TUTORIAL: readonly TutorialStep[] = [
  {
    target: MECHANICS_PANEL,
    box: 'mechanics',
    textKey: 'tutorial.thirdWay.improvement',
    at: { x: 530, y: 380 },
  },
  {
    target: MECHANICS_PANEL,
    box: 'mechanics',
    textKey: 'tutorial.thirdWay.experiments',
    at: { x: 530, y: 380 },
  },
];
