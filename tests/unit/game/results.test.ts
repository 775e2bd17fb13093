import { describe, expect, it } from 'vitest';
import { goalProgress, simulate } from '../../../src/engine';
import { buildBoardModel } from '../../../src/game/act/board-model';
import { goalMet } from '../../../src/game/act/results';
import { getScenario } from '../../../src/scenarios';
import { scoreAct } from '../../../src/scoring';

describe('the act goal on the results panel and the HUD', () => {
  // The finale's goal day comes before its last day: features shipped after it count as value only.
  const scenario = getScenario('finale')!;
  const played = simulate({
    scenario,
    seed: 21,
    policy: { wipLimits: { dev: 3, test: 2, ops: 2 }, batchSize: 1, protectConstraint: true },
  });

  it('counts the features live by the goal day, as the engine and the score do', () => {
    const { metrics } = played;
    expect(scenario.goal.byDay).toBeLessThan(scenario.days);
    const met = goalMet(scenario, metrics);
    const engine = goalProgress(scenario, metrics);
    expect(met.featuresShipped).toBe(engine.featuresShipped);
    expect(met.featuresShipped).toBe(metrics.featuresShippedByDay[scenario.goal.byDay - 1]);
    expect(met.featuresShipped).toBeLessThanOrEqual(metrics.featuresShipped);
    expect(met.shipped).toBe(engine.featuresShipped >= scenario.goal.featuresShipped);
    expect(met.outages).toBe(metrics.outageHours <= scenario.goal.maxOutageHours);
    // The score's "shipped" fact states the same number.
    const fact = scoreAct(scenario, metrics).components.business.facts.find((f) => f.measure === 'shipped');
    if (fact) expect(fact.params.value).toBe(met.featuresShipped);
  });

  it('the HUD shows the same goal progress', () => {
    const model = buildBoardModel(played.run.state, played.metrics, scenario);
    expect(model.goal.featuresShipped).toBe(goalProgress(scenario, played.metrics).featuresShipped);
    expect(model.goal.target).toBe(scenario.goal.featuresShipped);
  });
});
