// npm run lessons [-- --seeds <n>] [--json]
// What the model teaches (issue 11 §4, design §3), measured: each lesson compares two settings (A, the
// baseline, and B) on the same seeds, so each seed is a paired experiment (the arrivals stream does not
// depend on the player). A row gives both means, the ratio of means B/A, the direction the literature
// expects for B against A, and the share of seeds that go that way. The sweeps behind some lessons (the
// batch-size U-curve, improvement time, the constraint's wait against its utilisation, Little's law)
// follow their act's table. The unit test `tests/unit/engine/lessons.test.ts` asserts every lesson from
// these same definitions on seeds 1–20.
import { pathToFileURL } from 'node:url';
import { type Metrics, type PolicyInput, resolvePolicy, simulate } from '../src/engine/index';
import { SCENARIO_IDS, type ScenarioId, scenarios } from '../src/scenarios/index';
import { scoreAct } from '../src/scoring/index';

// ---------------------------------------------------------------------------------------------------
// Runs

/** A setting played over a whole act: a policy (the player's own commands), optionally a length and demand. */
export interface RunSpec {
  policy: PolicyInput;
  days?: number;
  demand?: number;
}

export interface Arm extends RunSpec {
  label: string;
}

export interface Outcome {
  metrics: Metrics;
  /** `scoreAct(scenario, metrics).total`. */
  score: number;
}

export type Play = (act: ScenarioId, spec: RunSpec, seed: number) => Outcome;

const cache = new Map<string, Outcome>();

/**
 * One act played with a policy on one seed, cached by (act, resolved policy, days, demand, seed): the
 * policy is resolved first, so settings an act has not unlocked do not make a different run.
 */
export const play: Play = (act, spec, seed) => {
  const scenario = scenarios[act];
  const resolved = resolvePolicy(scenario, spec.policy).policy;
  const key = `${act}|${JSON.stringify(resolved)}|${spec.days ?? 'act'}|${spec.demand ?? 1}|${seed}`;
  let outcome = cache.get(key);
  if (!outcome) {
    const { metrics } = simulate({
      scenario,
      seed,
      policy: spec.policy,
      days: spec.days,
      demand: spec.demand,
    });
    outcome = { metrics, score: scoreAct(scenario, metrics).total };
    cache.set(key, outcome);
  }
  return outcome;
};

// ---------------------------------------------------------------------------------------------------
// Lessons

/**
 * How B should compare with A on a seed: strictly lower or higher, not lower (≥) or not higher (≤), or
 * within a relative tolerance of A.
 */
export type Expectation = 'lower' | 'higher' | 'not-lower' | 'not-higher' | { within: number };

export interface Lesson {
  id: string;
  act: ScenarioId;
  title: string;
  /** What is measured (the metric's name in `Metrics`, or how it is derived). */
  metric: string;
  /** A: the baseline; B: the setting the lesson is about. Paired lessons carry the run specs too. */
  a: Arm | { label: string };
  b: Arm | { label: string };
  /** The metric read from one run (paired lessons only). */
  read?: (outcome: Outcome) => number | null;
  /** The two values on one seed; null when the seed cannot tell (no such event in the run). */
  measure: (seed: number, play: Play) => { a: number | null; b: number | null };
  expect: Expectation;
  /** The share of seeds (among those measured) that must go the expected way. */
  minShare: number;
  /** Long runs: only the first few seeds. */
  maxSeeds?: number;
  /**
   * Whether the ratio of means must point the expected way too (default true); false when A is a fixed
   * reference rather than a run (the ratio of means then says nothing per seed).
   */
  checkRatio?: boolean;
}

/** A 'not-lower' lesson also needs the ratio of means B/A at least this ("not better", allowing noise). */
export const NOT_LOWER_MIN_RATIO = 0.95;
const DEFAULT_MIN_SHARE = 0.7;

interface PairedSpec {
  id: string;
  act: ScenarioId;
  title: string;
  metric: string;
  a: Arm;
  b: Arm;
  read: (outcome: Outcome) => number | null;
  expect: Expectation;
  minShare?: number;
}

function paired(spec: PairedSpec): Lesson {
  return {
    ...spec,
    minShare: spec.minShare ?? DEFAULT_MIN_SHARE,
    measure: (seed, run) => ({
      a: spec.read(run(spec.act, spec.a, seed)),
      b: spec.read(run(spec.act, spec.b, seed)),
    }),
  };
}

/** Finite numbers only (a ratio over a zero, or a missing metric, is no measurement). */
function num(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

const read = {
  leadTimeForChanges: (o: Outcome) => o.metrics.leadTimeForChangesHours.mean,
  customerLeadTime: (o: Outcome) => o.metrics.customerLeadTimeHours.mean,
  cycleTime: (o: Outcome) => o.metrics.cycleTimeHours.mean,
  throughput: (o: Outcome) => o.metrics.throughputPerDay,
  changeFailureRate: (o: Outcome) => o.metrics.changeFailureRate,
  failuresPerChange: (o: Outcome) => o.metrics.failuresPerChange,
  deploymentsPerDay: (o: Outcome) => o.metrics.deploymentsPerDay,
  constraintWait: (o: Outcome) => o.metrics.constraintQueueWaitHours,
  escapedDefects: (o: Outcome) => o.metrics.escapedDefects,
  mttd: (o: Outcome) => o.metrics.mttdHours,
  mttr: (o: Outcome) => o.metrics.mttrHours,
  score: (o: Outcome) => o.score,
  netValue: (o: Outcome) => o.metrics.valueDelivered - o.metrics.revenueLost,
};

// The policies. FLOW is the First Way as a player learns it; the Second Way adds peer review only (the
// act starts with the board); the expert plays all three Ways.
export const FLOW_LIMITS = { dev: 4, test: 2, ops: 3 };
export const FLOW: PolicyInput = { wipLimits: FLOW_LIMITS, batchSize: 1, protectConstraint: true };
const PEER: PolicyInput = { ...FLOW, changeApproval: 'peer-review' };
export const naive = (improvementShare: number): PolicyInput => ({ improvementShare });
export const expert = (improvementShare: number): PolicyInput => ({
  wipLimits: FLOW_LIMITS,
  batchSize: 1,
  improvementShare,
  investments: ['telemetry', 'test-automation', 'deploy-automation', 'runbooks', 'cross-training'],
  stopTheLine: true,
  protectConstraint: true,
  changeApproval: 'peer-review',
});

// The batch-size U-curve (Reinertsen): a flow policy in the Third Way, the first act where deploy
// automation can be bought, with and without it.
export const U_CURVE_ACT: ScenarioId = 'third-way';
export const BATCH_SIZES = [1, 2, 3, 5, 8, 10] as const;
export const uCurvePolicy = (batchSize: number, automation: boolean): PolicyInput => ({
  wipLimits: FLOW_LIMITS,
  batchSize,
  protectConstraint: true,
  changeApproval: 'peer-review',
  investments: automation ? ['deploy-automation'] : [],
});

/** The batch size with the lowest mean lead time for changes (or the highest score) on one seed. */
export function bestBatchSize(
  seed: number,
  automation: boolean,
  by: 'lead-time' | 'score' = 'lead-time',
  run: Play = play,
): number | null {
  let best: number | null = null;
  let bestValue = 0;
  for (const size of BATCH_SIZES) {
    const outcome = run(U_CURVE_ACT, { policy: uCurvePolicy(size, automation) }, seed);
    const value = by === 'score' ? outcome.score : num(outcome.metrics.leadTimeForChangesHours.mean);
    if (value === null) continue;
    const better = by === 'score' ? value > bestValue : value < bestValue;
    if (best === null || better) {
      best = size;
      bestValue = value;
    }
  }
  return best;
}

// Improvement time (the Third Way): naive = the act's defaults otherwise; expert = all three Ways.
export const IMPROVEMENT_SHARES = [0, 0.1, 0.2, 0.3, 0.5] as const;

// The constraint's wait against its utilisation. The sweep limits Dev only: WIP limits in front of the
// constraint (Test, Ops) would cap its queue and hide the curve, moving the wait to the backlog.
export const KINGMAN_DEMANDS = [0.3, 0.6, 1, 1.5, 2] as const;
export const KINGMAN_POLICY: PolicyInput = {
  wipLimits: { dev: 3, test: null, ops: null },
  batchSize: 1,
  protectConstraint: true,
};

// Little's law: a long run below capacity, so that the system is near steady state.
export const LITTLE: RunSpec = { policy: FLOW, days: 150, demand: 0.3 };
export const LITTLE_TOLERANCE = 0.1;
/** L = λW with the board's WIP (items), throughput per hour and request → live of shipped requests. */
export function littlesLaw(metrics: Metrics): {
  wip: number;
  predicted: number | null;
  error: number | null;
} {
  const w = num(metrics.completedCustomerLeadTimeHours.mean);
  const predicted = w === null ? null : (metrics.throughputPerDay / 8) * w;
  const wip = metrics.avgWip.total;
  const error = predicted === null || wip === 0 ? null : Math.abs(wip - predicted) / wip;
  return { wip, predicted, error };
}

const batch = (size: number): Arm => ({ label: `batch ${size}`, policy: { ...FLOW, batchSize: size } });
const noLimits: Arm = { label: 'no WIP limits', policy: { ...FLOW, wipLimits: null } };
const limits: Arm = { label: 'WIP limits 4/2/3', policy: FLOW };
const exposed: Arm = { label: 'constraint unprotected', policy: { ...FLOW, protectConstraint: false } };
const guarded: Arm = { label: 'constraint protected', policy: FLOW };
const untriaged: Arm = { label: 'accept all, projects on', policy: FLOW };
const triaged: Arm = {
  label: 'intake limit 6 + project freeze',
  policy: { ...FLOW, intakeLimit: 6, projectFreeze: true },
};
const peer: Arm = { label: 'peer review', policy: PEER };
const board: Arm = { label: 'peer review + weekly board', policy: { ...PEER, changeApproval: 'cab' } };
const manualTests = (size: number): Arm => ({
  label: `manual tests, batch ${size}`,
  policy: { ...PEER, batchSize: size },
});
const automatedTests = (size: number): Arm => ({
  label: `test automation, batch ${size}`,
  policy: { ...PEER, batchSize: size, investments: ['test-automation'] },
});
const blind: Arm = { label: 'no telemetry', policy: PEER };
const seeing: Arm = { label: 'telemetry', policy: { ...PEER, investments: ['telemetry'] } };
const carryOn: Arm = { label: 'carry on', policy: PEER };
const stopLine: Arm = { label: 'stop the line', policy: { ...PEER, stopTheLine: true } };
const improving = (kind: 'naive' | 'expert', share: number): Arm => ({
  label: `${kind}, ${Math.round(share * 100)}%`,
  policy: kind === 'naive' ? naive(share) : expert(share),
});

function improvementLessons(kind: 'naive' | 'expert'): Lesson[] {
  const lessons: Lesson[] = [];
  for (const [metric, reader] of [
    ['score', read.score],
    ['valueDelivered − revenueLost', read.netValue],
  ] as const) {
    for (const other of [0, 0.5]) {
      // Under the expert policy, the investments already carry delivery: 20% time pays for itself in
      // value within the act (not lower) and wins on score through less debt and fewer outages.
      const breakEven = kind === 'expert' && other === 0 && metric !== 'score';
      // 50% buys a cleaner system with delivery: close on score per seed, clearly behind on the mean.
      const close = other === 0.5 && metric === 'score';
      lessons.push(
        paired({
          id: `improvement-${kind}-20-vs-${other * 100}-${metric === 'score' ? 'score' : 'net-value'}`,
          act: 'third-way',
          title: `Improvement time 20% ${breakEven ? 'pays for itself against' : 'beats'} ${other * 100}% (${kind} policy)`,
          metric,
          a: improving(kind, other),
          b: improving(kind, 0.2),
          read: reader,
          expect: breakEven ? 'not-lower' : 'higher',
          ...(breakEven ? { minShare: 0.4 } : close ? { minShare: 0.6 } : {}),
        }),
      );
    }
  }
  return lessons;
}

export const LESSONS: readonly Lesson[] = [
  // The First Way: flow.
  paired({
    id: 'batch-lead-time',
    act: 'first-way',
    title: 'Small batches: 1 vs 10',
    metric: 'leadTimeForChangesHours.mean',
    a: batch(10),
    b: batch(1),
    read: read.leadTimeForChanges,
    expect: 'lower',
  }),
  paired({
    id: 'batch-change-failure-rate',
    act: 'first-way',
    title: 'Small batches: 1 vs 10',
    metric: 'changeFailureRate',
    a: batch(10),
    b: batch(1),
    read: read.changeFailureRate,
    expect: 'lower',
  }),
  paired({
    id: 'batch-failures-per-change',
    act: 'first-way',
    title: 'Small batches: 1 vs 10',
    metric: 'failuresPerChange',
    a: batch(10),
    b: batch(1),
    read: read.failuresPerChange,
    expect: 'lower',
  }),
  paired({
    id: 'wip-cycle-time',
    act: 'first-way',
    title: 'WIP limits vs none',
    metric: 'cycleTimeHours.mean',
    a: noLimits,
    b: limits,
    read: read.cycleTime,
    expect: 'lower',
  }),
  paired({
    id: 'wip-throughput',
    act: 'first-way',
    // With the constraint protected it sets the pace: limits shorten cycle time at no cost in
    // throughput, but cannot raise it above the constraint's (Goldratt).
    title: 'WIP limits vs none (throughput not lower)',
    metric: 'throughputPerDay',
    a: noLimits,
    b: limits,
    read: read.throughput,
    expect: 'not-lower',
    minShare: 0.5,
  }),
  paired({
    id: 'protect-throughput',
    act: 'first-way',
    title: 'Protect the constraint',
    metric: 'throughputPerDay',
    a: exposed,
    b: guarded,
    read: read.throughput,
    expect: 'higher',
  }),
  paired({
    id: 'protect-queue-wait',
    act: 'first-way',
    title: 'Protect the constraint',
    metric: 'constraintQueueWaitHours',
    a: exposed,
    b: guarded,
    read: read.constraintWait,
    expect: 'lower',
  }),
  paired({
    id: 'triage-customer-lead-time',
    act: 'first-way',
    title: 'Triage and project freeze',
    metric: 'customerLeadTimeHours.mean',
    a: untriaged,
    b: triaged,
    read: read.customerLeadTime,
    expect: 'lower',
  }),
  {
    id: 'kingman-wait-vs-utilisation',
    act: 'first-way',
    title: 'Wait grows faster than utilisation (demand 0.3 → 2)',
    metric: 'growth: constraintUtilization vs constraintQueueWaitHours',
    a: { label: 'utilisation ×' },
    b: { label: 'queue wait ×' },
    measure: (seed, run) => {
      const low = run('first-way', { policy: KINGMAN_POLICY, demand: KINGMAN_DEMANDS[0] }, seed).metrics;
      const high = run(
        'first-way',
        { policy: KINGMAN_POLICY, demand: KINGMAN_DEMANDS.at(-1)! },
        seed,
      ).metrics;
      const waitLow = num(low.constraintQueueWaitHours);
      const waitHigh = num(high.constraintQueueWaitHours);
      return {
        a: num(high.constraintUtilization / low.constraintUtilization),
        b: waitLow === null || waitHigh === null ? null : num(waitHigh / waitLow),
      };
    },
    expect: 'higher',
    minShare: DEFAULT_MIN_SHARE,
  },
  {
    id: 'littles-law',
    act: 'first-way',
    title: "Little's law below capacity (demand 0.3, 150 days)",
    metric: 'avgWip.total vs throughputPerDay/8 × completedCustomerLeadTimeHours.mean',
    a: { label: 'average WIP' },
    b: { label: 'λ × W' },
    measure: (seed, run) => {
      const law = littlesLaw(run('first-way', LITTLE, seed).metrics);
      return { a: law.wip, b: law.predicted };
    },
    expect: { within: LITTLE_TOLERANCE },
    minShare: 0.8,
    maxSeeds: 10,
  },
  // The Second Way: feedback.
  paired({
    id: 'board-lead-time',
    act: 'second-way',
    title: 'Change-approval board on top of peer review',
    metric: 'leadTimeForChangesHours.mean',
    a: peer,
    b: board,
    read: read.leadTimeForChanges,
    expect: 'higher',
  }),
  paired({
    id: 'board-deployment-frequency',
    act: 'second-way',
    title: 'Change-approval board on top of peer review',
    metric: 'deploymentsPerDay',
    a: peer,
    b: board,
    read: read.deploymentsPerDay,
    expect: 'lower',
  }),
  paired({
    id: 'board-change-failure-rate',
    act: 'second-way',
    title: 'Change-approval board on top of peer review',
    metric: 'changeFailureRate',
    a: peer,
    b: board,
    read: read.changeFailureRate,
    expect: 'not-lower',
    // "Not better": were the board neutral, about half the seeds would go either way.
    minShare: 0.5,
  }),
  paired({
    id: 'test-automation-batch-1',
    act: 'second-way',
    title: 'Test automation (batch 1)',
    metric: 'escapedDefects',
    a: manualTests(1),
    b: automatedTests(1),
    read: read.escapedDefects,
    expect: 'lower',
  }),
  paired({
    id: 'test-automation-batch-5',
    act: 'second-way',
    title: 'Test automation (batch 5)',
    metric: 'escapedDefects',
    a: manualTests(5),
    b: automatedTests(5),
    read: read.escapedDefects,
    expect: 'lower',
  }),
  paired({
    id: 'telemetry-mttd',
    act: 'second-way',
    title: 'Telemetry',
    metric: 'mttdHours',
    a: blind,
    b: seeing,
    read: read.mttd,
    expect: 'lower',
  }),
  paired({
    id: 'telemetry-mttr',
    act: 'second-way',
    title: 'Telemetry',
    metric: 'mttrHours',
    a: blind,
    b: seeing,
    read: read.mttr,
    expect: 'lower',
  }),
  paired({
    id: 'stop-the-line-escaped',
    act: 'second-way',
    title: 'Stop the line',
    metric: 'escapedDefects',
    a: carryOn,
    b: stopLine,
    read: read.escapedDefects,
    expect: 'lower',
  }),
  paired({
    id: 'stop-the-line-change-failure-rate',
    act: 'second-way',
    title: 'Stop the line',
    metric: 'changeFailureRate',
    a: carryOn,
    b: stopLine,
    read: read.changeFailureRate,
    expect: 'lower',
  }),
  // The Third Way: experimentation and learning.
  {
    id: 'u-curve-falls-with-automation',
    act: 'third-way',
    title: 'Best batch size falls with deploy automation',
    metric: 'best batch size (lowest leadTimeForChangesHours.mean)',
    a: { label: 'without automation' },
    b: { label: 'with deploy automation' },
    measure: (seed, run) => ({
      a: bestBatchSize(seed, false, 'lead-time', run),
      b: bestBatchSize(seed, true, 'lead-time', run),
    }),
    expect: 'not-higher',
    minShare: DEFAULT_MIN_SHARE,
  },
  {
    id: 'u-curve-above-one-without-automation',
    act: 'third-way',
    title: 'Without deploy automation the best batch is above 1',
    metric: 'best batch size (lowest leadTimeForChangesHours.mean)',
    a: { label: 'batch 1' },
    b: { label: 'best, no automation' },
    measure: (seed, run) => ({ a: 1, b: bestBatchSize(seed, false, 'lead-time', run) }),
    expect: 'higher',
    checkRatio: false,
    minShare: DEFAULT_MIN_SHARE,
  },
  {
    id: 'u-curve-one-with-automation',
    act: 'third-way',
    title: 'With deploy automation the best batch is 1',
    metric: 'best batch size (lowest leadTimeForChangesHours.mean)',
    a: { label: 'batch 1' },
    b: { label: 'best, with automation' },
    measure: (seed, run) => ({ a: 1, b: bestBatchSize(seed, true, 'lead-time', run) }),
    expect: 'not-higher',
    checkRatio: false,
    minShare: DEFAULT_MIN_SHARE,
  },
  ...improvementLessons('naive'),
  ...improvementLessons('expert'),
];

// ---------------------------------------------------------------------------------------------------
// Measuring

export interface LessonResult {
  id: string;
  act: ScenarioId;
  title: string;
  metric: string;
  a: string;
  b: string;
  /** Means over the seeds where both values were measured. */
  aMean: number | null;
  bMean: number | null;
  /** Ratio of the means, B/A. */
  ratio: number | null;
  expect: Expectation;
  /** Seeds where both values were measured, and how many went the expected way. */
  seeds: number;
  expected: number;
  ties: number;
  share: number | null;
  minShare: number;
  /** share ≥ minShare and the ratio of means points the expected way. */
  holds: boolean;
}

export function goesExpectedWay(expect: Expectation, a: number, b: number): boolean {
  if (expect === 'lower') return b < a;
  if (expect === 'higher') return b > a;
  if (expect === 'not-lower') return b >= a;
  if (expect === 'not-higher') return b <= a;
  return a !== 0 && Math.abs(b - a) / Math.abs(a) <= expect.within;
}

/** Whether the ratio of means B/A agrees with the expectation. */
export function ratioHolds(expect: Expectation, ratio: number | null): boolean {
  if (ratio === null) return false;
  if (expect === 'lower') return ratio < 1;
  if (expect === 'higher') return ratio > 1;
  if (expect === 'not-lower') return ratio >= NOT_LOWER_MIN_RATIO;
  if (expect === 'not-higher') return ratio <= 1;
  return Math.abs(ratio - 1) <= expect.within;
}

function meanOf(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, x) => sum + x, 0) / values.length;
}

export function lessonSeeds(lesson: Lesson, seeds: readonly number[]): number[] {
  return seeds.slice(0, lesson.maxSeeds ?? seeds.length);
}

export function evaluateLesson(lesson: Lesson, seeds: readonly number[], run: Play = play): LessonResult {
  const as: number[] = [];
  const bs: number[] = [];
  let expected = 0;
  let ties = 0;
  for (const seed of lessonSeeds(lesson, seeds)) {
    const { a, b } = lesson.measure(seed, run);
    const x = num(a);
    const y = num(b);
    if (x === null || y === null) continue;
    as.push(x);
    bs.push(y);
    if (x === y) ties++;
    if (goesExpectedWay(lesson.expect, x, y)) expected++;
  }
  const aMean = meanOf(as);
  const bMean = meanOf(bs);
  const ratio = aMean === null || bMean === null || aMean === 0 ? null : bMean / aMean;
  const share = as.length === 0 ? null : expected / as.length;
  return {
    id: lesson.id,
    act: lesson.act,
    title: lesson.title,
    metric: lesson.metric,
    a: lesson.a.label,
    b: lesson.b.label,
    aMean,
    bMean,
    ratio,
    expect: lesson.expect,
    seeds: as.length,
    expected,
    ties,
    share,
    minShare: lesson.minShare,
    holds:
      share !== null &&
      share >= lesson.minShare &&
      (lesson.checkRatio === false || ratioHolds(lesson.expect, ratio)),
  };
}

// The sweeps behind the lessons.

export interface UCurveRow {
  batchSize: number;
  leadTimeWithout: number | null;
  scoreWithout: number | null;
  leadTimeWith: number | null;
  scoreWith: number | null;
  /** Seeds on which this size had the lowest mean lead time for changes. */
  bestWithout: number;
  bestWith: number;
  /** Seeds on which this size had the highest score. */
  bestScoreWithout: number;
  bestScoreWith: number;
}

function meanOver(seeds: readonly number[], value: (seed: number) => number | null): number | null {
  const values: number[] = [];
  for (const seed of seeds) {
    const v = num(value(seed));
    if (v !== null) values.push(v);
  }
  return meanOf(values);
}

export function uCurve(seeds: readonly number[], run: Play = play): UCurveRow[] {
  const count = (automation: boolean, by: 'lead-time' | 'score', size: number) =>
    seeds.filter((seed) => bestBatchSize(seed, automation, by, run) === size).length;
  return BATCH_SIZES.map((size) => {
    const at = (automation: boolean, seed: number) =>
      run(U_CURVE_ACT, { policy: uCurvePolicy(size, automation) }, seed);
    return {
      batchSize: size,
      leadTimeWithout: meanOver(seeds, (s) => at(false, s).metrics.leadTimeForChangesHours.mean),
      scoreWithout: meanOver(seeds, (s) => at(false, s).score),
      leadTimeWith: meanOver(seeds, (s) => at(true, s).metrics.leadTimeForChangesHours.mean),
      scoreWith: meanOver(seeds, (s) => at(true, s).score),
      bestWithout: count(false, 'lead-time', size),
      bestWith: count(true, 'lead-time', size),
      bestScoreWithout: count(false, 'score', size),
      bestScoreWith: count(true, 'score', size),
    };
  });
}

export interface ImprovementRow {
  share: number;
  naiveScore: number | null;
  naiveNetValue: number | null;
  expertScore: number | null;
  expertNetValue: number | null;
}

export function improvementSweep(seeds: readonly number[], run: Play = play): ImprovementRow[] {
  return IMPROVEMENT_SHARES.map((share) => {
    const at = (policy: PolicyInput, seed: number) => run('third-way', { policy }, seed);
    return {
      share,
      naiveScore: meanOver(seeds, (s) => at(naive(share), s).score),
      naiveNetValue: meanOver(seeds, (s) => read.netValue(at(naive(share), s))),
      expertScore: meanOver(seeds, (s) => at(expert(share), s).score),
      expertNetValue: meanOver(seeds, (s) => read.netValue(at(expert(share), s))),
    };
  });
}

export interface KingmanRow {
  demand: number;
  utilisation: number | null;
  queueWaitHours: number | null;
  /** Kingman's (and The Phoenix Project's) %busy / %idle at the mean utilisation. */
  busyOverIdle: number | null;
  /** wait ÷ (u/(1−u)): roughly constant if the wait follows %busy/%idle. */
  waitPerBusyOverIdle: number | null;
}

export function kingmanSweep(seeds: readonly number[], run: Play = play): KingmanRow[] {
  return KINGMAN_DEMANDS.map((demand) => {
    const at = (seed: number) => run('first-way', { policy: KINGMAN_POLICY, demand }, seed).metrics;
    const u = meanOver(seeds, (s) => at(s).constraintUtilization);
    const wait = meanOver(seeds, (s) => at(s).constraintQueueWaitHours);
    const busyOverIdle = u === null || u >= 1 ? null : u / (1 - u);
    return {
      demand,
      utilisation: u,
      queueWaitHours: wait,
      busyOverIdle,
      waitPerBusyOverIdle: wait === null || busyOverIdle === null ? null : num(wait / busyOverIdle),
    };
  });
}

export interface LittleRow {
  seed: number;
  avgWip: number;
  throughputPerDay: number;
  leadTimeHours: number | null;
  predictedWip: number | null;
  relativeError: number | null;
}

export function littleRows(seeds: readonly number[], run: Play = play): LittleRow[] {
  return seeds.map((seed) => {
    const m = run('first-way', LITTLE, seed).metrics;
    const law = littlesLaw(m);
    return {
      seed,
      avgWip: law.wip,
      throughputPerDay: m.throughputPerDay,
      leadTimeHours: m.completedCustomerLeadTimeHours.mean,
      predictedWip: law.predicted,
      relativeError: law.error,
    };
  });
}

export interface LessonsReport {
  seeds: number;
  lessons: LessonResult[];
  uCurve: UCurveRow[];
  improvement: ImprovementRow[];
  kingman: KingmanRow[];
  little: LittleRow[];
}

export function buildReport(seeds: readonly number[], run: Play = play): LessonsReport {
  const littleLesson = LESSONS.find((lesson) => lesson.id === 'littles-law');
  return {
    seeds: seeds.length,
    lessons: LESSONS.map((lesson) => evaluateLesson(lesson, seeds, run)),
    uCurve: uCurve(seeds, run),
    improvement: improvementSweep(seeds, run),
    kingman: kingmanSweep(seeds, run),
    little: littleRows(littleLesson ? lessonSeeds(littleLesson, seeds) : seeds, run),
  };
}

// ---------------------------------------------------------------------------------------------------
// Rendering

export const ACT_NAMES: Record<ScenarioId, string> = {
  'first-way': 'First Way',
  'second-way': 'Second Way',
  'third-way': 'Third Way',
  finale: 'Finale',
};

function fmt(value: number | null, digits?: number): string {
  if (value === null || !Number.isFinite(value)) return '–';
  if (digits !== undefined) return value.toFixed(digits);
  const abs = Math.abs(value);
  return value.toFixed(abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3);
}

const pct = (value: number | null): string => (value === null ? '–' : `${Math.round(value * 100)}%`);

export function expectationText(expect: Expectation): string {
  if (expect === 'lower') return 'B < A';
  if (expect === 'higher') return 'B > A';
  if (expect === 'not-lower') return `B ≥ A (ratio ≥ ${NOT_LOWER_MIN_RATIO})`;
  if (expect === 'not-higher') return 'B ≤ A';
  return `B ≈ A (±${Math.round(expect.within * 100)}%)`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function lessonTable(results: readonly LessonResult[]): string {
  return table(
    [
      'lesson',
      'metric',
      'A',
      'B',
      'value A',
      'value B',
      'B/A',
      'expected',
      'seeds as expected',
      'bar',
      'holds',
    ],
    results.map((r) => [
      r.title,
      r.metric,
      r.a,
      r.b,
      fmt(r.aMean),
      fmt(r.bMean),
      fmt(r.ratio, 2),
      expectationText(r.expect),
      r.share === null
        ? '–'
        : `${pct(r.share)} (${r.expected}/${r.seeds}${r.ties > 0 ? `, ${r.ties} ties` : ''})`,
      `≥ ${pct(r.minShare)}`,
      r.holds ? 'yes' : 'NO',
    ]),
  );
}

function uCurveTable(rows: readonly UCurveRow[], seeds: number): string {
  return table(
    [
      'batch size',
      'lead time for changes h (no automation)',
      'score',
      'best on seeds',
      'lead time for changes h (deploy automation)',
      'score',
      'best on seeds',
    ],
    rows.map((r) => [
      String(r.batchSize),
      fmt(r.leadTimeWithout, 1),
      fmt(r.scoreWithout, 0),
      `${r.bestWithout}/${seeds} (by score ${r.bestScoreWithout})`,
      fmt(r.leadTimeWith, 1),
      fmt(r.scoreWith, 0),
      `${r.bestWith}/${seeds} (by score ${r.bestScoreWith})`,
    ]),
  );
}

function modeOf(rows: readonly UCurveRow[], key: 'bestWithout' | 'bestWith'): number {
  let best = rows[0]!;
  for (const row of rows) if (row[key] > best[key]) best = row;
  return best.batchSize;
}

function improvementTable(rows: readonly ImprovementRow[]): string {
  return table(
    [
      'improvement time',
      'naive: score',
      'naive: value − revenue lost',
      'expert: score',
      'expert: value − revenue lost',
    ],
    rows.map((r) => [
      pct(r.share),
      fmt(r.naiveScore, 0),
      fmt(r.naiveNetValue, 1),
      fmt(r.expertScore, 0),
      fmt(r.expertNetValue, 1),
    ]),
  );
}

function kingmanTable(rows: readonly KingmanRow[]): string {
  return table(
    ['demand', 'constraint utilisation', 'queue wait h', 'u/(1−u)', 'wait ÷ [u/(1−u)]'],
    rows.map((r) => [
      `×${r.demand}`,
      pct(r.utilisation),
      fmt(r.queueWaitHours, 2),
      fmt(r.busyOverIdle, 2),
      fmt(r.waitPerBusyOverIdle, 2),
    ]),
  );
}

function littleTable(rows: readonly LittleRow[]): string {
  return table(
    ['seed', 'avg WIP (L)', 'throughput/day', 'lead time h (W)', 'λW = thr/8 × W', 'relative error'],
    rows.map((r) => [
      String(r.seed),
      fmt(r.avgWip, 2),
      fmt(r.throughputPerDay, 2),
      fmt(r.leadTimeHours, 1),
      fmt(r.predictedWip, 2),
      pct(r.relativeError),
    ]),
  );
}

export function renderMarkdown(report: LessonsReport): string {
  const n = report.seeds;
  const parts: string[] = [
    `# What the model teaches — seeds 1–${n}, paired by seed`,
    '',
    'A is the baseline, B the setting the lesson is about; values are means over the seeds measured, ' +
      'B/A is the ratio of those means; "seeds as expected" is the share of seeds (same seed, both settings) ' +
      'where B compares with A as expected (ties count against a strict < or >). "holds": the share ' +
      'reaches the bar and (unless A is a fixed reference) the ratio of means points the same way.',
  ];
  for (const act of SCENARIO_IDS) {
    const results = report.lessons.filter((r) => r.act === act);
    if (results.length === 0) continue;
    parts.push('', `## ${ACT_NAMES[act]} (${act})`, '', lessonTable(results));
    if (act === 'first-way') {
      const kingman = report.kingman;
      parts.push(
        '',
        `The constraint's wait against its utilisation as demand rises (policy: Dev limit 3, batch 1, ` +
          `constraint protected; mean over ${n} seeds). %busy/%idle predicts wait ∝ u/(1−u).`,
        '',
        kingmanTable(kingman),
        '',
        `Little's law, L = λW, on a run below capacity (demand ${LITTLE.demand}, ${LITTLE.days} days, ` +
          `flow policy), per seed:`,
        '',
        littleTable(report.little),
      );
    }
    if (act === U_CURVE_ACT) {
      parts.push(
        '',
        `The batch-size U-curve (Third Way, WIP limits 4/2/3, constraint protected, peer review; mean over ` +
          `${n} seeds). Best batch size by lead time for changes: mode ${modeOf(report.uCurve, 'bestWithout')} ` +
          `without deploy automation, ${modeOf(report.uCurve, 'bestWith')} with it.`,
        '',
        uCurveTable(report.uCurve, n),
        '',
        `Improvement time (Third Way; naive = the act's defaults otherwise, expert = flow + feedback + all ` +
          `investments; mean over ${n} seeds):`,
        '',
        improvementTable(report.improvement),
      );
    }
  }
  return `${parts.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------
// CLI

export function seedRange(count: number, from = 1): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

function main(argv: string[]): void {
  let seedCount = 50;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--seeds') seedCount = Number(argv[++i]);
    else if (arg === '--json') json = true;
    else {
      process.stderr.write(`lessons: unknown argument "${arg}"\n`);
      process.exitCode = 2;
      return;
    }
  }
  if (!Number.isInteger(seedCount) || seedCount < 1) {
    process.stderr.write('lessons: --seeds takes a positive integer\n');
    process.exitCode = 2;
    return;
  }
  const report = buildReport(seedRange(seedCount));
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report));
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) main(process.argv.slice(2));
