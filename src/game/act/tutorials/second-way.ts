import type { TutorialStep } from '../../ui/act/tutorial';
import { MECHANICS_PANEL, SWITCHES } from './areas';

/** The Second Way only explains what is new: investments, change approval, stop-the-line. */
export const SECOND_WAY_TUTORIAL: readonly TutorialStep[] = [
  { target: MECHANICS_PANEL, box: 'mechanics', textKey: 'tutorial.secondWay.invest', at: { x: 530, y: 380 } },
  {
    target: MECHANICS_PANEL,
    box: 'mechanics',
    textKey: 'tutorial.secondWay.approval',
    at: { x: 530, y: 380 },
  },
  { target: SWITCHES, box: 'controls:switches', textKey: 'tutorial.secondWay.stopLine' },
];
