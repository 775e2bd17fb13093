// Balance, proved: the orderings a learner should discover, on averages over 20 seeds per act. The
// policies are the named declarative policies of `npm run balance`; nothing in the engine or the scoring
// knows them — the model has to make the practices win.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BALANCE_POLICIES, type BalanceRun, playAct, seedRange } from '../../../scripts/balance';
import { goalProgress, parsePolicy } from '../../../src/engine/index';
import { SCENARIO_IDS, type ScenarioId, scenarios } from '../../../src/scenarios/index';
import { COMPONENT_MEASURES, COMPONENTS } from '../../../src/scoring/index';

const SEEDS = seedRange(20);
/** "Clearly higher": at least this many points (of 1000) on the mean. */
const CLEARLY = 100;

let runs: Record<ScenarioId, Map<string, BalanceRun[]>>;

// About 400 distinct acts; generous time for a loaded machine.
beforeAll(() => {
  runs = Object.fromEntries(SCENARIO_IDS.map((id) => [id, playAct(id, SEEDS)])) as typeof runs;
}, 120_000);

function of(act: ScenarioId, policy: string): BalanceRun[] {
  const list = runs[act].get(policy);
  if (!list) throw new Error(`no policy ${policy}`);
  return list;
}

const meanScore = (act: ScenarioId, policy: string) => {
  const list = of(act, policy);
  return list.reduce((sum, r) => sum + r.score.total, 0) / list.length;
};

const share = (act: ScenarioId, policy: string, test: (r: BalanceRun) => boolean) => {
  const list = of(act, policy);
  return list.filter(test).length / list.length;
};

describe('balance: the practices win because the model makes them win', () => {
  it("in each act the policy that practises that act's Way scores clearly higher than one that ignores it", () => {
    // First Way: limit WIP, small batches, protect the constraint — against the status quo.
    expect(meanScore('first-way', 'flow')).toBeGreaterThan(meanScore('first-way', 'hands-off') + CLEARLY);
    // Second Way: flow plus fast feedback — against flow alone (slow detection, manual tests, the board).
    expect(meanScore('second-way', 'feedback')).toBeGreaterThan(meanScore('second-way', 'flow') + CLEARLY);
    // Third Way: improvement time and investments — against flow and feedback without them.
    expect(meanScore('third-way', 'expert')).toBeGreaterThan(meanScore('third-way', 'feedback') + CLEARLY);
    // Finale: all three Ways — each Way added on top of the last scores higher.
    const finale = ['hands-off', 'flow', 'feedback', 'expert'].map((p) => meanScore('finale', p));
    for (let i = 1; i < finale.length; i++) expect(finale[i]!).toBeGreaterThan(finale[i - 1]! + CLEARLY);
  });

  it('"keep everyone busy" (no WIP limits, big batches, no improvement) loses to flow in every act', () => {
    for (const act of SCENARIO_IDS) {
      expect(meanScore(act, 'flow'), act).toBeGreaterThan(meanScore(act, 'keep-busy') + 40);
    }
    expect(meanScore('first-way', 'flow')).toBeGreaterThan(meanScore('first-way', 'keep-busy') + 2 * CLEARLY);
  });

  it('20% improvement time beats both 0% and 50% over the Third Way act, under an expert and a naive policy', () => {
    const twenty = meanScore('third-way', 'expert');
    expect(twenty).toBeGreaterThan(meanScore('third-way', 'improve-0%') + CLEARLY);
    expect(twenty).toBeGreaterThan(meanScore('third-way', 'improve-50%'));
    const naive = meanScore('third-way', 'naive-20%');
    expect(naive).toBeGreaterThan(meanScore('third-way', 'naive-0%') + CLEARLY);
    expect(naive).toBeGreaterThan(meanScore('third-way', 'naive-50%'));
  });

  it('…through outcomes, not a decree: the score has no measure of a setting; 20% cuts debt and outages, 50% costs delivery', () => {
    // The score reads outcomes only (weights.ts): nothing about improvement share, batch size or WIP.
    for (const measures of Object.values(COMPONENT_MEASURES)) {
      for (const name of Object.keys(measures)) {
        expect(name).not.toMatch(/improvement|batch|wip|approval|invest/i);
      }
    }
    const avg = (policy: string, f: (r: BalanceRun) => number) =>
      of('third-way', policy).reduce((sum, r) => sum + f(r), 0) / SEEDS.length;
    const debt = (r: BalanceRun) => r.metrics.debtIndex;
    const features = (r: BalanceRun) => r.metrics.featuresShipped;
    const outage = (r: BalanceRun) => r.metrics.outageHours;
    expect(avg('expert', debt)).toBeLessThan(avg('improve-0%', debt) - 0.3);
    expect(avg('naive-20%', debt)).toBeLessThan(avg('naive-0%', debt) - 0.3);
    expect(avg('naive-20%', outage)).toBeLessThan(avg('naive-0%', outage));
    expect(avg('expert', features)).toBeGreaterThanOrEqual(avg('improve-0%', features) - 1);
    expect(avg('expert', features)).toBeGreaterThan(avg('improve-50%', features) + 1);
    expect(avg('naive-20%', features)).toBeGreaterThan(avg('naive-50%', features) + 1);
  });

  it('keep-busy scores lowest of the named policies in every act (ties with hands off where they are the same run)', () => {
    for (const act of SCENARIO_IDS) {
      const keepBusy = meanScore(act, 'keep-busy');
      for (const named of BALANCE_POLICIES) {
        expect(meanScore(act, named.name), `${act} ${named.name}`).toBeGreaterThanOrEqual(keepBusy - 1e-9);
      }
    }
  });

  it('the expert earns 3 stars on at least 80% of seeds in every act', () => {
    for (const act of SCENARIO_IDS)
      expect(
        share(act, 'expert', (r) => r.score.stars === 3),
        act,
      ).toBeGreaterThanOrEqual(0.8);
  });

  it('hands off earns at most 1 star on at least 80% of seeds in every act', () => {
    for (const act of SCENARIO_IDS)
      expect(
        share(act, 'hands-off', (r) => r.score.stars <= 1),
        act,
      ).toBeGreaterThanOrEqual(0.8);
  });

  it('the First Way goal is met by good play and missed hands off', () => {
    const met = (r: BalanceRun) => goalProgress(scenarios['first-way'], r.metrics).met;
    expect(share('first-way', 'flow', met)).toBeGreaterThanOrEqual(0.7);
    expect(share('first-way', 'hands-off', met)).toBeLessThanOrEqual(0.1);
  });

  it('no component is a constant across policies, in any act', () => {
    for (const act of SCENARIO_IDS) {
      for (const component of COMPONENTS) {
        const means = BALANCE_POLICIES.map(
          (p) =>
            of(act, p.name).reduce((sum, r) => sum + r.score.components[component].points, 0) / SEEDS.length,
        );
        expect(Math.max(...means) - Math.min(...means), `${act} ${component}`).toBeGreaterThan(3);
      }
    }
  });

  it('the named policies are plain CLI policy JSON', () => {
    for (const named of BALANCE_POLICIES) {
      if (named.policy === null) continue;
      expect(parsePolicy(JSON.parse(JSON.stringify(named.policy))), named.name).toMatchObject({ ok: true });
    }
  });

  it('no policy is special-cased: no policy name appears in the engine, the scoring or the scenarios', () => {
    const names = BALANCE_POLICIES.map((p) => p.name).filter(
      (n) => !['flow', 'feedback', 'expert'].includes(n),
    );
    const root = resolve(__dirname, '../../../src');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
      });
    for (const folder of ['engine', 'scoring', 'scenarios']) {
      for (const file of files(join(root, folder))) {
        const source = readFileSync(file, 'utf8');
        for (const name of names) expect(source.includes(name), `${file} mentions ${name}`).toBe(false);
        expect(source, file).not.toMatch(/\bpolicy\.name\b|['"]expert['"]/);
      }
    }
  });
});
