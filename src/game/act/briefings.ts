import type { ScenarioId } from '../../engine';
import type { Character } from '../ui/act/story-card';
import { CHARACTERS } from './story-speakers';

export interface BriefingCard {
  character: Character;
  /** i18n key of what they say; the act's goal numbers are passed as parameters. */
  textKey: string;
}

/** Before each act: the mentor names the Way, the business states the goal, the cast sets the scene. */
export const BRIEFINGS: Record<ScenarioId, BriefingCard[]> = {
  'first-way': [
    { character: CHARACTERS.ceo, textKey: 'briefing.firstWay.ceo' },
    { character: CHARACTERS.constraint, textKey: 'briefing.firstWay.constraint' },
    { character: CHARACTERS.mentor, textKey: 'briefing.firstWay.mentor' },
    { character: CHARACTERS.owner, textKey: 'briefing.firstWay.goal' },
  ],
  'second-way': [
    { character: CHARACTERS.owner, textKey: 'briefing.secondWay.owner' },
    { character: CHARACTERS.constraint, textKey: 'briefing.secondWay.constraint' },
    { character: CHARACTERS.mentor, textKey: 'briefing.secondWay.mentor' },
    { character: CHARACTERS.owner, textKey: 'briefing.secondWay.goal' },
  ],
  'third-way': [
    { character: CHARACTERS.ceo, textKey: 'briefing.thirdWay.ceo' },
    { character: CHARACTERS.constraint, textKey: 'briefing.thirdWay.constraint' },
    { character: CHARACTERS.mentor, textKey: 'briefing.thirdWay.mentor' },
    { character: CHARACTERS.owner, textKey: 'briefing.thirdWay.goal' },
  ],
  finale: [
    { character: CHARACTERS.ceo, textKey: 'briefing.finale.ceo' },
    { character: CHARACTERS.owner, textKey: 'briefing.finale.owner' },
    { character: CHARACTERS.mentor, textKey: 'briefing.finale.mentor' },
  ],
};
