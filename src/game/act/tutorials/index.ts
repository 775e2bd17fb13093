import type { ScenarioId } from '../../../engine';
import type { TutorialStep } from '../../ui/act/tutorial';
import { FINALE_TUTORIAL } from './finale';
import { FIRST_WAY_TUTORIAL } from './first-way';
import { SECOND_WAY_TUTORIAL } from './second-way';
import { THIRD_WAY_TUTORIAL } from './third-way';

/** Each act's coach marks: the First Way explains the board; later acts only what is new. */
export const TUTORIALS: Record<ScenarioId, readonly TutorialStep[]> = {
  'first-way': FIRST_WAY_TUTORIAL,
  'second-way': SECOND_WAY_TUTORIAL,
  'third-way': THIRD_WAY_TUTORIAL,
  finale: FINALE_TUTORIAL,
};
