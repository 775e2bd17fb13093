import { describe, expect, it } from 'vitest';
import { advance, createRun, dispatch, type Run } from '../../../src/engine';
import { BoardInsights, type BoardMessage, NOTE_SHOWN_HOURS } from '../../../src/game/act/board-insights';
import { getScenario } from '../../../src/scenarios';

const firstWay = getScenario('first-way')!;

function hour(run: Run): void {
  const pending = run.state.pendingBeat;
  if (pending) {
    const beat = run.state.storyBeats.find((b) => b.id === pending.beatId)!;
    dispatch(run, { type: 'chooseStoryOption', beatId: beat.id, optionId: beat.defaultOptionId });
  }
  advance(run);
}

/** Plays to `until`, giving the board an update every hour, and returns what it showed each hour. */
function watch(run: Run, insights: BoardInsights, until: number): (BoardMessage | null)[] {
  const seen: (BoardMessage | null)[] = [];
  while (run.state.tick < until) {
    seen.push(insights.update(run).message);
    hour(run);
  }
  return seen;
}

describe('the board insights', () => {
  it('shows the note a day after a change, for a day, in place of a hint', () => {
    const run = createRun({ scenario: firstWay, seed: 4711 });
    const insights = new BoardInsights(firstWay, () => true, 0);
    watch(run, insights, 40);
    dispatch(run, { type: 'setBatchSize', size: 2 });
    expect(insights.update(run).markers).toEqual([40]);
    const seen = watch(run, insights, 70);
    const noteHours = seen.flatMap((m, i) => (m?.kind === 'note' ? [40 + i] : []));
    expect(noteHours[0]).toBe(48);
    expect(noteHours).toHaveLength(NOTE_SHOWN_HOURS);
    expect(noteHours.every((h, i) => h === 48 + i)).toBe(true);
  });

  it('once closed, a note does not come back, and nothing old shows after a resume', () => {
    const run = createRun({ scenario: firstWay, seed: 4711 });
    const insights = new BoardInsights(firstWay, () => false, 0);
    dispatch(run, { type: 'setWipLimit', stage: 'dev', limit: 3 });
    watch(run, insights, 8);
    expect(insights.update(run).message?.kind).toBe('note');
    insights.dismiss();
    expect(insights.update(run).message).toBeNull();
    expect(watch(run, insights, 20).every((m) => m === null)).toBe(true);
    // A board opened later (a resumed act) does not show the notes of changes before it.
    const resumed = new BoardInsights(firstWay, () => false, run.state.tick);
    expect(resumed.update(run).message).toBeNull();
  });

  it('shows no hint while hints are off, and each hint once when on', () => {
    const off = createRun({ scenario: firstWay, seed: 4711 });
    expect(watch(off, new BoardInsights(firstWay, () => false, 0), 160).some((m) => m?.kind === 'hint')).toBe(
      false,
    );
    const on = createRun({ scenario: firstWay, seed: 4711 });
    const insights = new BoardInsights(firstWay, () => true, 0);
    const hints: string[] = [];
    while (on.state.tick < 160) {
      const message = insights.update(on).message;
      if (message?.kind === 'hint') {
        hints.push(message.hint.id);
        insights.dismiss(); // read and closed at once
      }
      hour(on);
    }
    expect(hints.length).toBeGreaterThan(0);
    expect(new Set(hints).size).toBe(hints.length);
  });

  it("gives the constraint engineer's utilisation over the last day", () => {
    const run = createRun({ scenario: firstWay, seed: 4711 });
    const insights = new BoardInsights(firstWay, () => true, 0);
    expect(insights.update(run).constraintUtilisation).toBeNull();
    watch(run, insights, 12);
    const utilisation = insights.update(run).constraintUtilisation;
    expect(utilisation).not.toBeNull();
    expect(utilisation!).toBeGreaterThanOrEqual(0);
    expect(utilisation!).toBeLessThanOrEqual(1);
  });
});
