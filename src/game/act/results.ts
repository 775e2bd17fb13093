import type { Metrics, Scenario } from '../../engine';

/** Did the act meet its goal? (Shown on the results panel; the score itself comes from src/scoring.) */
export function goalMet(scenario: Scenario, metrics: Metrics): { shipped: boolean; outages: boolean } {
  return {
    shipped: metrics.featuresShipped >= scenario.goal.featuresShipped,
    outages: metrics.outageHours <= scenario.goal.maxOutageHours,
  };
}
