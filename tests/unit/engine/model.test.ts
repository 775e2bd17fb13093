// Modelling references (design §3): the lessons must emerge from the mechanisms, averaged over seeds.
import { describe, expect, it } from 'vitest';
import { type Metrics, type PolicyInput, simulate } from '../../../src/engine/index';
import { type ScenarioId, scenarios } from '../../../src/scenarios/index';
import { mean, seeds } from './helpers';

const SEEDS = seeds(20);
const FLOW: PolicyInput = { wipLimits: { dev: 4, test: 2, ops: 3 }, batchSize: 1, protectConstraint: true };

interface Averages {
  leadTime: number;
  cfr: number;
  mttd: number;
  escaped: number;
  queueWait: number;
  utilization: number;
  throughput: number;
  value: number;
  revenueLost: number;
  outageHours: number;
  constraintUnplanned: number;
}

function average(
  scenarioId: ScenarioId,
  policy: PolicyInput | null,
  options: { days?: number; demand?: number; seedList?: number[] } = {},
): Averages {
  const runs: Metrics[] = (options.seedList ?? SEEDS).map(
    (seed) =>
      simulate({ scenario: scenarios[scenarioId], seed, policy, days: options.days, demand: options.demand })
        .metrics,
  );
  return {
    leadTime: mean(runs.map((m) => m.leadTimeForChangesHours.mean)),
    cfr: mean(runs.map((m) => m.changeFailureRate)),
    mttd: mean(runs.map((m) => m.mttdHours)),
    escaped: mean(runs.map((m) => m.escapedDefects)),
    queueWait: mean(runs.map((m) => m.constraintQueueWaitHours)),
    utilization: mean(runs.map((m) => m.constraintUtilization)),
    throughput: mean(runs.map((m) => m.throughputPerDay)),
    value: mean(runs.map((m) => m.valueDelivered)),
    revenueLost: mean(runs.map((m) => m.revenueLost)),
    outageHours: mean(runs.map((m) => m.outageHours)),
    constraintUnplanned: mean(runs.map((m) => m.constraintUnplannedShare)),
  };
}

describe('modelling references', () => {
  it("Little's law: average WIP = throughput × lead time on a long stable run (within 10%)", () => {
    for (const seed of [1, 2, 3]) {
      const { metrics } = simulate({
        scenario: scenarios['first-way'],
        seed,
        policy: FLOW,
        days: 150,
        demand: 0.3, // below the constraint's capacity, so the queues stay stable over a long run
      });
      const littles = (metrics.throughputPerDay / 8) * metrics.completedCustomerLeadTimeHours.mean!;
      expect(metrics.itemsShipped).toBeGreaterThan(80);
      expect(Math.abs(metrics.avgWip.total - littles) / metrics.avgWip.total).toBeLessThan(0.1);
    }
  });

  it('queue wait at the constraint rises non-linearly with its utilisation (demand sweep)', () => {
    const sweepPolicy: PolicyInput = {
      wipLimits: { dev: 3, test: null, ops: null },
      batchSize: 1,
      protectConstraint: true,
    };
    const sweep = [0.2, 0.4, 0.6].map((demand) => average('first-way', sweepPolicy, { demand }));
    for (let i = 1; i < sweep.length; i++) {
      expect(sweep[i]!.utilization).toBeGreaterThan(sweep[i - 1]!.utilization);
      expect(sweep[i]!.queueWait).toBeGreaterThan(sweep[i - 1]!.queueWait);
    }
    // Convex, as %busy / %idle predicts: each extra point of utilisation costs more waiting than the
    // one before as the constraint nears saturation.
    const slope = (a: Averages, b: Averages) => (b.queueWait - a.queueWait) / (b.utilization - a.utilization);
    expect(slope(sweep[1]!, sweep[2]!)).toBeGreaterThan(2 * slope(sweep[0]!, sweep[1]!));
    // And the wait grows faster than the utilisation itself.
    const first = sweep[0]!;
    const last = sweep[2]!;
    expect(last.queueWait / first.queueWait).toBeGreaterThan(1.5 * (last.utilization / first.utilization));
  });

  it('time per stage adds up to the cycle time, and lead time for changes sits between cycle and customer lead time', () => {
    for (const seed of [1, 2, 3]) {
      const { metrics } = simulate({ scenario: scenarios['first-way'], seed, policy: FLOW });
      const stages = metrics.stageTimeHours;
      const sum = stages.dev! + stages.test! + stages.ops! + stages.release!;
      expect(sum).toBeCloseTo(metrics.cycleTimeHours.mean!, 6);
      expect(metrics.leadTimeForChangesHours.mean!).toBeLessThanOrEqual(metrics.cycleTimeHours.mean! + 1e-9);
      expect(metrics.completedCustomerLeadTimeHours.mean!).toBeGreaterThanOrEqual(
        metrics.cycleTimeHours.mean!,
      );
    }
  });

  it('batch size 1 beats 10 on lead time and change failure rate', () => {
    const small = average('first-way', { ...FLOW, batchSize: 1 });
    const big = average('first-way', { ...FLOW, batchSize: 10 });
    expect(small.leadTime).toBeLessThan(big.leadTime);
    expect(small.cfr).toBeLessThan(big.cfr);
  });

  it('WIP limits beat none on lead time for changes', () => {
    const limited = average('first-way', FLOW);
    const unlimited = average('first-way', { ...FLOW, wipLimits: null });
    expect(limited.leadTime).toBeLessThan(unlimited.leadTime);
  });

  it('protecting the constraint cuts its queue wait', () => {
    const protectedRun = average('first-way', FLOW);
    const exposed = average('first-way', { ...FLOW, protectConstraint: false });
    expect(protectedRun.queueWait).toBeLessThan(exposed.queueWait);
  });

  it('telemetry cuts MTTD', () => {
    const base: PolicyInput = { ...FLOW, changeApproval: 'peer-review' };
    const blind = average('second-way', base);
    const seeing = average('second-way', { ...base, investments: ['telemetry'] });
    expect(seeing.mttd).toBeLessThan(blind.mttd);
  });

  it('test automation cuts escaped defects', () => {
    const base: PolicyInput = { ...FLOW, changeApproval: 'peer-review' };
    const manual = average('second-way', base);
    const automated = average('second-way', { ...base, investments: ['test-automation'] });
    expect(automated.escaped).toBeLessThan(manual.escaped);
  });

  it('a change-approval board lengthens lead time without lowering the change failure rate', () => {
    const peer = average('second-way', { ...FLOW, changeApproval: 'peer-review' });
    const cab = average('second-way', { ...FLOW, changeApproval: 'cab' });
    expect(cab.leadTime).toBeGreaterThan(peer.leadTime);
    expect(cab.cfr).toBeGreaterThanOrEqual(peer.cfr);
  });

  it('20% improvement time beats 0% over the Third Way act', () => {
    const none = average('third-way', { improvementShare: 0 });
    const fifth = average('third-way', { improvementShare: 0.2 });
    expect(fifth.leadTime).toBeLessThan(none.leadTime);
    expect(fifth.value - fifth.revenueLost).toBeGreaterThan(none.value - none.revenueLost);
  });

  it('the First Way with hands off is in trouble but alive, and a flow policy is clearly better', () => {
    const handsOff = average('first-way', null);
    const flow = average('first-way', FLOW);
    expect(handsOff.throughput).toBeGreaterThan(0.3); // not dead...
    expect(handsOff.utilization).toBeGreaterThan(0.9); // ...but the constraint is swamped
    expect(handsOff.queueWait).toBeGreaterThan(1.5 * flow.queueWait);
    expect(handsOff.constraintUnplanned).toBeGreaterThan(0.5); // fires and escalations swamp the constraint
    expect(handsOff.constraintUnplanned).toBeGreaterThan(flow.constraintUnplanned);
    expect(flow.throughput).toBeGreaterThan(1.2 * handsOff.throughput);
    expect(flow.leadTime).toBeLessThan(handsOff.leadTime);
    expect(flow.value - flow.revenueLost).toBeGreaterThan(handsOff.value - handsOff.revenueLost);
  });
});
