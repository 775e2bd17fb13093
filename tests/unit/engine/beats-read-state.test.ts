import { describe, expect, it } from 'vitest';
import { advance, createRun, dispatch, optionMoot, type Run } from '../../../src/engine/index';
import { scenarios } from '../../../src/scenarios/index';

function runTo(run: Run, tick: number): void {
  while (run.state.tick < tick) {
    advance(run);
    // Answer every beat with its default at once, so later beats can open.
    const pending = run.state.pendingBeat;
    if (pending) {
      const beat = run.state.storyBeats.find((b) => b.id === pending.beatId)!;
      dispatch(run, { type: 'chooseStoryOption', beatId: beat.id, optionId: beat.defaultOptionId });
    }
  }
}

const beatEvents = (run: Run) =>
  run.events.flatMap((event) => (event.type === 'story-beat' ? [event.beatId] : []));

describe('story beats read the state', () => {
  it('skips the mentor asking to freeze projects when they are already frozen', () => {
    const asked = createRun({ scenario: scenarios['first-way'], seed: 3 });
    runTo(asked, 90);
    expect(beatEvents(asked)).toContain('freeze-proposal');

    const frozen = createRun({ scenario: scenarios['first-way'], seed: 3 });
    expect(dispatch(frozen, { type: 'projectFreeze', on: true }).ok).toBe(true);
    runTo(frozen, 90);
    expect(beatEvents(frozen)).not.toContain('freeze-proposal');
    expect(frozen.state.firedBeats).toContain('freeze-proposal');
    // Its default ("keep them going") did not unfreeze what the player froze.
    expect(frozen.state.settings.projectFreeze).toBe(true);
  });

  it('asks no question about an investment already made', () => {
    const run = createRun({ scenario: scenarios['second-way'], seed: 8 });
    expect(dispatch(run, { type: 'invest', investment: 'telemetry' }).ok).toBe(true);
    runTo(run, 30);
    expect(beatEvents(run)).not.toContain('customers-calling');
  });

  it('calls an option moot only when every effect is a command already in effect', () => {
    const state = createRun({ scenario: scenarios.finale, seed: 1 }).state;
    const blitz = state.storyBeats.find((beat) => beat.id === 'marketing-blitz')!;
    const [goBig, automate] = blitz.options;
    expect(optionMoot(state, goBig!)).toBe(false); // scaling arrivals is never "already so"
    delete state.investments['deploy-automation'];
    expect(optionMoot(state, automate!)).toBe(false);
    state.investments['deploy-automation'] = 'done';
    expect(optionMoot(state, automate!)).toBe(true);
    expect(optionMoot(state, { id: 'nothing', labelKey: 'x', effects: [] })).toBe(false);
  });
});
