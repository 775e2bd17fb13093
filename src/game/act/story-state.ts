import { optionMoot, type SimState, type StoryBeat } from '../../engine';

/**
 * The answer a beat needs no question for: its proposal (first option) when that is already in effect —
 * the advice already followed, the investment already made. Computed from the state for every beat, so
 * the card is not shown and the proposal is logged as chosen (it changes nothing). Null: ask the player.
 */
export function answerWithoutAsking(state: SimState, beat: StoryBeat): string | null {
  const proposal = beat.options[0];
  return proposal && optionMoot(state, proposal) ? proposal.id : null;
}
