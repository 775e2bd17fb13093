import { type GoalProgress, goalProgress, type Metrics, type Scenario } from '../../engine';

export interface GoalOutcome extends GoalProgress {
  /** Enough features live by the goal's day. */
  shipped: boolean;
  /** Outages within the allowance. */
  outages: boolean;
}

/**
 * Did the act meet its goal? The engine's one goal definition (features live by the goal's day), as the
 * HUD, the score and the debrief read it; the score itself comes from src/scoring.
 */
export function goalMet(scenario: Scenario, metrics: Metrics): GoalOutcome {
  const progress = goalProgress(scenario, metrics);
  return {
    ...progress,
    shipped: progress.featuresShipped >= progress.featuresTarget,
    outages: progress.outageHours <= progress.maxOutageHours,
  };
}
