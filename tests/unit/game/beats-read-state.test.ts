import { describe, expect, it } from 'vitest';
import { advance, createRun, dispatch, optionMoot, type Run } from '../../../src/engine/index';
import { answerWithoutAsking } from '../../../src/game/act/story-state';
import { scenarios } from '../../../src/scenarios/index';

const beatOf = (run: Run, id: string) => run.state.storyBeats.find((beat) => beat.id === id)!;

describe('story beats read the state', () => {
  it('does not ask the mentor’s "freeze the projects?" when they are already frozen', () => {
    const run = createRun({ scenario: scenarios['first-way'], seed: 3 });
    const freeze = beatOf(run, 'freeze-proposal');
    expect(answerWithoutAsking(run.state, freeze)).toBeNull();
    expect(dispatch(run, { type: 'projectFreeze', on: true }).ok).toBe(true);
    expect(answerWithoutAsking(run.state, freeze)).toBe('freeze');
  });

  it('asks no question about an investment already made (or under way)', () => {
    const run = createRun({ scenario: scenarios['second-way'], seed: 8 });
    const calling = beatOf(run, 'customers-calling');
    expect(answerWithoutAsking(run.state, calling)).toBeNull();
    expect(dispatch(run, { type: 'invest', investment: 'telemetry' }).ok).toBe(true);
    expect(answerWithoutAsking(run.state, calling)).toBe('invest-telemetry');
    for (let i = 0; i < 80 && !run.state.telemetry; i++) advance(run);
    expect(answerWithoutAsking(run.state, calling)).toBe('invest-telemetry');
  });

  it('still asks when only the other option is already so (the auditor wants the board back)', () => {
    const run = createRun({ scenario: scenarios.finale, seed: 2 });
    const auditor = beatOf(run, 'auditor-returns');
    dispatch(run, { type: 'setChangeApproval', mode: 'peer-review' });
    expect(answerWithoutAsking(run.state, auditor)).toBeNull();
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
