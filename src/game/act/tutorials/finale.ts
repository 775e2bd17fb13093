import type { TutorialStep } from '../../ui/act/tutorial';

/** The finale only points at its deadline. */
export const FINALE_TUTORIAL: readonly TutorialStep[] = [
  { target: { x: 890, y: 4, width: 214, height: 54 }, textKey: 'tutorial.finale.deadline' },
];
