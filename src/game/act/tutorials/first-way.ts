import type { TutorialStep } from '../../ui/act/tutorial';

/** The First Way explains the whole board, one area at a time. */
export const FIRST_WAY_TUTORIAL: readonly TutorialStep[] = [
  {
    target: { x: 16, y: 68, width: 940, height: 528 },
    textKey: 'tutorial.firstWay.board',
    at: { x: 360, y: 300 },
  },
  {
    target: { x: 174, y: 68, width: 466, height: 50 },
    box: 'board:limits',
    textKey: 'tutorial.firstWay.wip',
  },
  {
    target: { x: 16, y: 606, width: 414, height: 106 },
    box: 'controls:incoming',
    textKey: 'tutorial.firstWay.triage',
  },
  {
    target: { x: 430, y: 606, width: 382, height: 106 },
    box: 'controls:release',
    textKey: 'tutorial.firstWay.release',
  },
  {
    target: { x: 972, y: 68, width: 292, height: 158 },
    box: 'constraint',
    textKey: 'tutorial.firstWay.constraint',
  },
  { target: { x: 972, y: 230, width: 292, height: 230 }, textKey: 'tutorial.firstWay.assign' },
  { target: { x: 240, y: 4, width: 1030, height: 54 }, textKey: 'tutorial.firstWay.hud' },
];
