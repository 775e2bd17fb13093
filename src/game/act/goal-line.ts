// The HUD's goal line as data: features live against the target by the goal's day, and outage hours
// against the allowance — both from the engine's one goal definition (goalProgress).
import { HOURS_PER_DAY } from '../../scoring/weights';
import type { BoardModel } from './board-model';

export type FeaturePace = 'met' | 'on-pace' | 'behind' | 'missed';
export type OutageState = 'clear' | 'within' | 'near' | 'over';

export interface GoalLine {
  features: {
    shipped: number;
    target: number;
    byDay: number;
    /** Shipped ÷ target, 0–1. */
    share: number;
    /** Where an even pace would be by now (0–1 of the target): the bar's marker. */
    pace: number;
    state: FeaturePace;
  };
  outage: {
    hours: number;
    allowance: number;
    /** Hours ÷ allowance, 0–1 (full when over). */
    share: number;
    state: OutageState;
  };
}

/** From this share of the allowance on, the outage bar warns. */
const NEAR_ALLOWANCE = 0.75;

export function goalLine(model: Pick<BoardModel, 'goal' | 'tick'>): GoalLine {
  const { goal } = model;
  const target = Math.max(1, goal.target);
  const goalHours = goal.byDay * HOURS_PER_DAY;
  const elapsed = Math.min(1, model.tick / Math.max(1, goalHours));
  const shipped = goal.featuresShipped;
  const expected = target * elapsed;
  const state: FeaturePace =
    shipped >= goal.target
      ? 'met'
      : model.tick >= goalHours
        ? 'missed'
        : shipped >= Math.floor(expected)
          ? 'on-pace'
          : 'behind';
  const allowance = goal.maxOutageHours;
  const outageShare = allowance > 0 ? goal.outageHours / allowance : goal.outageHours > 0 ? 1 : 0;
  return {
    features: {
      shipped,
      target: goal.target,
      byDay: goal.byDay,
      share: Math.min(1, shipped / target),
      pace: elapsed,
      state,
    },
    outage: {
      hours: goal.outageHours,
      allowance,
      share: Math.min(1, outageShare),
      state:
        goal.outageHours === 0
          ? 'clear'
          : goal.outageHours > allowance
            ? 'over'
            : outageShare >= NEAR_ALLOWANCE
              ? 'near'
              : 'within',
    },
  };
}
