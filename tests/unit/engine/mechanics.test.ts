// Unit checks of single mechanisms (the modelling-reference tests check their combined effect).
import { describe, expect, it } from 'vitest';
import { advance, applyCommand, createRun, focusFactor, type SimEvent } from '../../../src/engine/index';
import { scenarios } from '../../../src/scenarios/index';

describe('mechanisms', () => {
  it('context switching costs about 20% at 2 items, 40% at 3, 60% at 4', () => {
    expect(focusFactor(1)).toBe(1);
    expect(focusFactor(2)).toBeCloseTo(0.8);
    expect(focusFactor(3)).toBeCloseTo(0.6);
    expect(focusFactor(4)).toBeCloseTo(0.4);
    expect(focusFactor(9)).toBeGreaterThan(0);
  });

  it('stop-the-line: nothing new starts while a detected incident is open', () => {
    const scenario = scenarios['second-way'];
    let checked = 0;
    for (let seed = 1; seed <= 10 && checked < 3; seed++) {
      const run = createRun({ scenario, seed });
      applyCommand(run.state, { type: 'stopTheLine', on: true });
      applyCommand(run.state, { type: 'setWipLimit', stage: 'dev', limit: null });
      while (run.state.tick < run.state.endTick) {
        const openIncident = run.state.places.ops.some((id) => run.state.items[id]!.type === 'incident');
        const events = advance(run);
        if (openIncident && run.state.places.backlog.length > 0) {
          const pulled = events.filter((e: SimEvent) => e.type === 'item-pulled');
          const stillOpen = run.state.places.ops.some((id) => run.state.items[id]!.type === 'incident');
          if (stillOpen) {
            expect(pulled).toEqual([]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('project freeze parks projects and stops new ones from starting', () => {
    const run = createRun({ scenario: scenarios['first-way'], seed: 4 });
    for (let i = 0; i < 12; i++) advance(run);
    const result = applyCommand(run.state, { type: 'projectFreeze', on: true });
    expect(result.ok).toBe(true);
    for (let i = 0; i < 40; i++) {
      const events = advance(run);
      for (const e of events) {
        if (e.type === 'item-pulled') expect(run.state.items[e.itemId]!.type).not.toBe('project');
      }
      for (const stage of ['dev', 'test', 'ops'] as const) {
        for (const id of run.state.places[stage]) {
          const item = run.state.items[id]!;
          if (item.type === 'project') {
            expect(item.blocked).toBe('frozen');
            expect(item.assignees).toEqual([]);
          }
        }
      }
    }
  });

  it('a protected constraint engineer holds only work that needs them, one item at a time besides fires', () => {
    const run = createRun({ scenario: scenarios['first-way'], seed: 6 });
    applyCommand(run.state, { type: 'protectConstraint', on: true });
    const constraint = run.state.staff[run.state.constraintStaffId]!;
    while (run.state.tick < run.state.endTick) {
      advance(run);
      const planned = constraint.holding
        .map((id) => run.state.items[id]!)
        .filter((i) => i.type !== 'incident');
      expect(planned.length).toBeLessThanOrEqual(1);
      for (const item of planned) expect(item.need === 'ops' && item.needsConstraint).toBe(true);
    }
  });

  it('requests nobody triages are accepted after a few hours', () => {
    const scenario = scenarios['first-way'];
    const run = createRun({ scenario, seed: 5 });
    for (let i = 0; i < 40; i++) advance(run);
    const auto = run.events.filter(
      (e): e is Extract<SimEvent, { type: 'item-triaged' }> => e.type === 'item-triaged' && e.auto,
    );
    expect(auto.length).toBeGreaterThan(0);
    for (const e of auto) {
      const created = run.events.find((c) => c.type === 'item-created' && c.itemId === e.itemId)!;
      expect(e.tick - created.tick).toBe(scenario.params.autoTriageHours);
    }
  });
});
