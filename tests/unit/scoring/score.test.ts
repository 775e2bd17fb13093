// scoreAct itself: bounds, monotonicity in every measure, explanations, weights as data, DORA bands.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/sim';
import { type Metrics, simulate } from '../../../src/engine/index';
import en from '../../../src/i18n/locales/en.json';
import es from '../../../src/i18n/locales/es.json';
import { SCENARIO_IDS, scenarios } from '../../../src/scenarios/index';
import {
  ACT_WEIGHTS,
  COMPONENT_MEASURES,
  COMPONENTS,
  changeFailureRateBand,
  classifyDora,
  DORA_THRESHOLDS,
  deploymentFrequencyBand,
  leadTimeBand,
  MAX_SCORE,
  MEASURES,
  type MeasureName,
  STAR_THRESHOLDS,
  scoreAct,
  timeToRestoreBand,
} from '../../../src/scoring/index';

const FLOW = { wipLimits: { dev: 4, test: 2, ops: 3 }, batchSize: 1, protectConstraint: true };
const baseline: Record<string, Metrics> = Object.fromEntries(
  SCENARIO_IDS.map((id) => [id, simulate({ scenario: scenarios[id], seed: 7, policy: FLOW }).metrics]),
);

const clone = (m: Metrics): Metrics => JSON.parse(JSON.stringify(m)) as Metrics;

/** Arbitrary metrics around a real run: every measure's input drawn from a wide range, nulls included. */
const metricsArb = (base: Metrics) =>
  fc
    .record({
      features: fc.integer({ min: 0, max: 40 }),
      value: fc.double({ min: 0, max: 800, noNaN: true }),
      outage: fc.integer({ min: 0, max: 160 }),
      lead: fc.option(fc.double({ min: 0, max: 500, noNaN: true })),
      customerLead: fc.option(fc.double({ min: 0, max: 500, noNaN: true })),
      deploys: fc.double({ min: 0, max: 10, noNaN: true }),
      shipped: fc.integer({ min: 0, max: 60 }),
      unplanned: fc.double({ min: 0, max: 1, noNaN: true }),
      mttd: fc.option(fc.double({ min: 0, max: 40, noNaN: true })),
      mttr: fc.option(fc.double({ min: 0, max: 160, noNaN: true })),
      cfr: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      found: fc.integer({ min: 0, max: 50 }),
      escaped: fc.integer({ min: 0, max: 50 }),
      improvement: fc.double({ min: 0, max: 1, noNaN: true }),
      debt: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map((r) => {
      const m = clone(base);
      m.featuresShipped = r.features;
      m.featuresShippedByDay = m.featuresShippedByDay.map(() => r.features);
      m.valueDelivered = r.value;
      m.outageHours = r.outage;
      m.leadTimeForChangesHours = { ...m.leadTimeForChangesHours, p50: r.lead };
      m.customerLeadTimeHours = { ...m.customerLeadTimeHours, p50: r.customerLead };
      m.deploymentsPerDay = r.deploys;
      m.itemsShipped = r.shipped;
      m.unplannedShare = r.unplanned;
      m.mttdHours = r.mttd;
      m.mttrHours = r.mttr;
      m.changeFailureRate = r.cfr;
      m.defectsFound = r.found;
      m.escapedDefects = r.escaped;
      m.improvementShare = r.improvement;
      m.debtIndex = r.debt;
      return m;
    });

/** For each measure: a change to the metrics that makes that measure better (or no worse) by `d` ∈ (0, 1]. */
const IMPROVE: Record<MeasureName, (m: Metrics, d: number) => void> = {
  shipped: (m, d) => {
    const extra = Math.ceil(d * 5);
    m.featuresShipped += extra;
    m.featuresShippedByDay = m.featuresShippedByDay.map((n) => n + extra);
  },
  value: (m, d) => {
    m.valueDelivered += d * 100;
  },
  outage: (m, d) => {
    m.outageHours = Math.max(0, m.outageHours - Math.ceil(d * 20));
  },
  leadTime: (m, d) => {
    if (m.leadTimeForChangesHours.p50 !== null) m.leadTimeForChangesHours.p50 *= 1 - d;
  },
  deployFrequency: (m, d) => {
    m.deploymentsPerDay += d;
  },
  customerLeadTime: (m, d) => {
    if (m.customerLeadTimeHours.p50 !== null) m.customerLeadTimeHours.p50 *= 1 - d;
  },
  mttd: (m, d) => {
    if (m.mttdHours !== null) m.mttdHours *= 1 - d;
  },
  mttr: (m, d) => {
    if (m.mttrHours !== null) m.mttrHours *= 1 - d;
  },
  changeFailure: (m, d) => {
    if (m.changeFailureRate !== null) m.changeFailureRate *= 1 - d;
  },
  escaped: (m, d) => {
    m.escapedDefects = Math.floor(m.escapedDefects * (1 - d));
  },
  debtEnd: (m, d) => {
    m.debtIndex *= 1 - d;
  },
  unplanned: (m, d) => {
    m.unplannedShare *= 1 - d;
  },
};

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]!);
}

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
}

describe('scoreAct', () => {
  it('weights and shares are data that add up (each act weights 1, each component 1)', () => {
    for (const id of SCENARIO_IDS) {
      const sum = COMPONENTS.reduce((total, c) => total + ACT_WEIGHTS[id][c], 0);
      expect(sum).toBeCloseTo(1, 9);
      const [one, two, three] = STAR_THRESHOLDS[id];
      expect(0 < one && one < two && two < three && three <= MAX_SCORE).toBe(true);
    }
    for (const c of COMPONENTS) {
      const shares = Object.values(COMPONENT_MEASURES[c]) as number[];
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
    expect(Object.keys(MEASURES).sort()).toEqual(
      COMPONENTS.flatMap((c) => Object.keys(COMPONENT_MEASURES[c])).sort(),
    );
  });

  it('is bounded 0–1000, its components add up to the total, and stars follow the thresholds', () => {
    for (const id of SCENARIO_IDS) {
      fc.assert(
        fc.property(metricsArb(baseline[id]!), (metrics) => {
          const score = scoreAct(scenarios[id], metrics);
          expect(Number.isInteger(score.total)).toBe(true);
          expect(score.total).toBeGreaterThanOrEqual(0);
          expect(score.total).toBeLessThanOrEqual(MAX_SCORE);
          let sum = 0;
          for (const c of COMPONENTS) {
            const part = score.components[c];
            expect(part.value).toBeGreaterThanOrEqual(0);
            expect(part.value).toBeLessThanOrEqual(1);
            expect(part.points).toBeLessThanOrEqual(part.max);
            expect(part.weight).toBe(ACT_WEIGHTS[id][c]);
            sum += part.points;
          }
          expect(sum).toBe(score.total);
          expect(score.stars).toBe(STAR_THRESHOLDS[id].filter((t) => score.total >= t).length);
        }),
        { numRuns: 150 },
      );
    }
  });

  it('is monotonic: a better value of any measure never lowers the score or a component', () => {
    for (const id of SCENARIO_IDS) {
      for (const measure of Object.keys(IMPROVE) as MeasureName[]) {
        fc.assert(
          fc.property(
            metricsArb(baseline[id]!),
            fc.double({ min: 0.01, max: 1, noNaN: true }),
            (metrics, d) => {
              const better = clone(metrics);
              IMPROVE[measure](better, d);
              const before = scoreAct(scenarios[id], metrics);
              const after = scoreAct(scenarios[id], better);
              expect(after.total, `${id} ${measure}`).toBeGreaterThanOrEqual(before.total);
              for (const c of COMPONENTS)
                expect(after.components[c].points).toBeGreaterThanOrEqual(before.components[c].points);
            },
          ),
          { numRuns: 60 },
        );
      }
    }
  });

  it('a perfect run scores 1000 and three stars; an empty one scores low and no star', () => {
    for (const id of SCENARIO_IDS) {
      const perfect = clone(baseline[id]!);
      const goal = scenarios[id].goal;
      perfect.featuresShipped = goal.featuresShipped * 2;
      perfect.featuresShippedByDay = perfect.featuresShippedByDay.map(() => goal.featuresShipped * 2);
      perfect.valueDelivered = 10_000;
      perfect.outageHours = 0;
      perfect.leadTimeForChangesHours.p50 = 4;
      perfect.customerLeadTimeHours.p50 = 8;
      perfect.deploymentsPerDay = 3;
      perfect.unplannedShare = 0;
      perfect.mttdHours = null;
      perfect.mttrHours = null;
      perfect.changeFailureRate = 0;
      perfect.defectsFound = 5;
      perfect.escapedDefects = 0;
      perfect.debtIndex = 0;
      expect(scoreAct(scenarios[id], perfect)).toMatchObject({ total: 1000, stars: 3 });

      const empty = clone(baseline[id]!);
      empty.featuresShipped = 0;
      empty.featuresShippedByDay = empty.featuresShippedByDay.map(() => 0);
      empty.valueDelivered = 0;
      empty.outageHours = 160;
      empty.leadTimeForChangesHours.p50 = null;
      empty.customerLeadTimeHours.p50 = null;
      empty.deploymentsPerDay = 0;
      const score = scoreAct(scenarios[id], empty);
      expect(score.stars).toBe(0);
      expect(score.components.business.points).toBe(0);
      expect(score.dora.leadTime).toBe('low');
    }
  });

  it('explains every component with its biggest losses first, as i18n keys both locales know', () => {
    for (const id of SCENARIO_IDS) {
      fc.assert(
        fc.property(metricsArb(baseline[id]!), (metrics) => {
          const score = scoreAct(scenarios[id], metrics);
          for (const c of COMPONENTS) {
            const { facts, max, points } = score.components[c];
            expect(facts.length).toBeLessThanOrEqual(3);
            for (let i = 1; i < facts.length; i++)
              expect(facts[i - 1]!.pointsLost).toBeGreaterThanOrEqual(facts[i]!.pointsLost);
            // The facts shown are the measures that cost the most: nothing hidden costs more.
            const lost = facts.reduce((total, f) => total + f.pointsLost, 0);
            expect(lost).toBeLessThanOrEqual(max - points + facts.length);
            for (const fact of facts) {
              expect(fact.key).toBe(`score.fact.${fact.measure}`);
              expect(Object.keys(COMPONENT_MEASURES[c])).toContain(fact.measure);
              for (const locale of [en, es]) {
                const text = lookup(locale, fact.key);
                expect(typeof text, fact.key).toBe('string');
                for (const name of placeholders(text as string))
                  expect(fact.params, `${fact.key} {{${name}}}`).toHaveProperty(name);
              }
            }
          }
        }),
        { numRuns: 80 },
      );
    }
    expect(lookup(en, 'score.component.learning')).toBeTypeOf('string');
  });

  it('names the measure that cost the most first (a run with long outages is told so)', () => {
    const m = clone(baseline['first-way']!);
    m.outageHours = 150;
    const facts = scoreAct(scenarios['first-way'], m).components.business.facts;
    expect(facts[0]!.measure).toBe('outage');
    expect(facts[0]!.params).toMatchObject({
      value: 150,
      target: scenarios['first-way'].goal.maxOutageHours,
    });
  });

  it('scores outcomes, never settings: two runs with the same outcomes score the same whatever was chosen', () => {
    const m = clone(baseline['third-way']!);
    const other = clone(m);
    // Settings-like figures the player chose (release size, improvement share, WIP) do not count.
    other.avgReleaseSize = 10;
    other.improvementShare = 0.5;
    other.avgWip = { ...other.avgWip, dev: 30, test: 30, ops: 30 };
    expect(scoreAct(scenarios['third-way'], other).total).toBe(scoreAct(scenarios['third-way'], m).total);
    const learning = scoreAct(scenarios['third-way'], m).components.learning;
    for (const fact of learning.facts) expect(['debtEnd', 'unplanned']).toContain(fact.measure);
  });

  it('counts goal features shipped by the goal day, not after it', () => {
    const scenario = scenarios.finale;
    const m = clone(baseline.finale!);
    const byDay = scenario.goal.byDay;
    m.featuresShippedByDay = m.featuresShippedByDay.map((_, day) =>
      day < byDay - 1 ? 0 : day === byDay - 1 ? 2 : 20,
    );
    m.featuresShipped = 20;
    const fact = scoreAct(scenario, m).components.business.facts.find((f) => f.measure === 'shipped');
    expect(fact?.params).toMatchObject({ value: 2, target: scenario.goal.featuresShipped, day: byDay });
  });

  it('is what the CLI prints (same function, same metrics)', () => {
    const out = runCli(['--scenario', 'second-way', '--seed', '3']);
    const json = JSON.parse(out.stdout);
    const expected = scoreAct(
      scenarios['second-way'],
      simulate({ scenario: scenarios['second-way'], seed: 3, policy: null }).metrics,
    );
    expect(json.score.total).toBe(expected.total);
    expect(json.score.stars).toBe(expected.stars);
    expect(json.score.dora).toEqual(expected.dora);
    for (const c of COMPONENTS) {
      expect(json.score.components[c].points).toBe(expected.components[c].points);
      expect(json.score.components[c].max).toBe(expected.components[c].max);
      expect(json.score.components[c].value).toBeCloseTo(expected.components[c].value, 3);
    }
  });
});

describe('DORA bands', () => {
  const t = DORA_THRESHOLDS;
  it('deployment frequency: elite several a day, high daily–weekly, medium weekly–monthly', () => {
    expect(deploymentFrequencyBand(t.deploymentFrequency.elite)).toBe('elite');
    expect(deploymentFrequencyBand(t.deploymentFrequency.elite - 1e-9)).toBe('high');
    expect(deploymentFrequencyBand(1)).toBe('high'); // daily
    expect(deploymentFrequencyBand(1 / 5)).toBe('high'); // weekly
    expect(deploymentFrequencyBand(1 / 5 - 1e-9)).toBe('medium');
    expect(deploymentFrequencyBand(1 / 20)).toBe('medium'); // monthly
    expect(deploymentFrequencyBand(1 / 20 - 1e-9)).toBe('low');
    expect(deploymentFrequencyBand(0)).toBe('low');
  });

  it('lead time: elite < 1 day (8 h), high < 1 week, medium < 1 month, nothing shipped is low', () => {
    expect(leadTimeBand(7.99)).toBe('elite');
    expect(leadTimeBand(8)).toBe('high');
    expect(leadTimeBand(39.9)).toBe('high');
    expect(leadTimeBand(40)).toBe('medium');
    expect(leadTimeBand(159.9)).toBe('medium');
    expect(leadTimeBand(160)).toBe('low');
    expect(leadTimeBand(null)).toBe('low');
  });

  it('time to restore: elite < 1 hour, high < 1 day, medium < 1 week, no incident is elite', () => {
    expect(timeToRestoreBand(0.99)).toBe('elite');
    expect(timeToRestoreBand(1)).toBe('high');
    expect(timeToRestoreBand(7.99)).toBe('high');
    expect(timeToRestoreBand(8)).toBe('medium');
    expect(timeToRestoreBand(39.99)).toBe('medium');
    expect(timeToRestoreBand(40)).toBe('low');
    expect(timeToRestoreBand(null)).toBe('elite');
  });

  it('change failure rate: elite ≤ 5%, high ≤ 10%, medium ≤ 15%', () => {
    expect(changeFailureRateBand(0)).toBe('elite');
    expect(changeFailureRateBand(0.05)).toBe('elite');
    expect(changeFailureRateBand(0.0501)).toBe('high');
    expect(changeFailureRateBand(0.1)).toBe('high');
    expect(changeFailureRateBand(0.1001)).toBe('medium');
    expect(changeFailureRateBand(0.15)).toBe('medium');
    expect(changeFailureRateBand(0.1501)).toBe('low');
    expect(changeFailureRateBand(null)).toBe('elite');
  });

  it('classifies a run from its simulated time', () => {
    const dora = classifyDora(baseline['second-way']!);
    for (const band of Object.values(dora)) expect(['elite', 'high', 'medium', 'low']).toContain(band);
  });
});

describe('scoring purity', () => {
  const dir = resolve(__dirname, '../../../src/scoring');
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  it.each(sources)('%s imports only the engine and itself, and no clock or randomness', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/from\s*['"]([^'"]+)['"]/g)) {
      expect(match[1]).toMatch(/^(\.\/|\.\.\/engine)/);
    }
    expect(source).not.toMatch(/Math\.random|Date\.now|new Date/);
  });
});
