// Verifies one result code: decode, validate, then re-simulate the act from its log and recompute the
// score. Nothing a code says about its own result is trusted — a code carries no score at all.
import {
  computeMetrics,
  goalProgress,
  type Metrics,
  type PolicyInput,
  replayLog,
  type Scenario,
  type ScenarioId,
  simulate,
} from '../engine';
import { type DecodeFailure, decodeResultCode, encodeResultCode } from '../platform/result-code';
import { getScenario } from '../scenarios';
import { type DoraKeys, type PracticeResult, practicePoints, scoreAct } from '../scoring';

/** The numbers the class view uses, flattened (null: nothing to measure). */
export interface ClassMetrics {
  /** DORA lead time for changes (first work → live), median and mean, hours. */
  leadTimeP50: number | null;
  leadTimeMean: number | null;
  /** Customer lead time (request → live, open requests at their age), median, hours. */
  customerLeadTimeP50: number | null;
  avgReleaseSize: number | null;
  improvementShare: number;
  outageHours: number;
  deploymentsPerDay: number;
  deployments: number;
  failedDeployments: number;
  changeFailureRate: number | null;
  failuresPerChange: number | null;
  mttrHours: number | null;
  mttdHours: number | null;
  /** Features live by the goal's day (the act's one goal definition). */
  goalFeatures: number;
  featuresShipped: number;
  itemsShipped: number;
  escapedDefects: number;
  valueDelivered: number;
  revenueLost: number;
}

export interface VerifiedResult {
  ok: true;
  /** The code itself: identical codes are the same result. */
  code: string;
  name: string;
  className: string;
  scenario: ScenarioId;
  seed: number;
  engineVersion: string;
  commands: number;
  score: number;
  stars: number;
  dora: DoraKeys;
  metrics: ClassMetrics;
  /** What each practice the act unlocked earned in this run (null when it could not be computed). */
  practices: PracticeResult[] | null;
}

export type RejectReason = DecodeFailure | 'unknown-scenario' | 'does-not-replay';

export interface RejectedCode {
  ok: false;
  reason: RejectReason;
  detail: string;
  /** The start of what was pasted, for the list of rejected codes (shown as text). */
  excerpt: string;
}

export type Verification = VerifiedResult | RejectedCode;

export function classMetrics(metrics: Metrics, scenario: Scenario): ClassMetrics {
  return {
    leadTimeP50: metrics.leadTimeForChangesHours.p50,
    leadTimeMean: metrics.leadTimeForChangesHours.mean,
    customerLeadTimeP50: metrics.customerLeadTimeHours.p50,
    avgReleaseSize: metrics.avgReleaseSize,
    improvementShare: metrics.improvementShare,
    outageHours: metrics.outageHours,
    deploymentsPerDay: metrics.deploymentsPerDay,
    deployments: metrics.deployments,
    failedDeployments: metrics.failedDeployments,
    changeFailureRate: metrics.changeFailureRate,
    failuresPerChange: metrics.failuresPerChange,
    mttrHours: metrics.mttrHours,
    mttdHours: metrics.mttdHours,
    goalFeatures: goalProgress(scenario, metrics).featuresShipped,
    featuresShipped: metrics.featuresShipped,
    itemsShipped: metrics.itemsShipped,
    escapedDefects: metrics.escapedDefects,
    valueDelivered: metrics.valueDelivered,
    revenueLost: metrics.revenueLost,
  };
}

export function excerptOf(text: string, max = 48): string {
  const points = Array.from(text.trim());
  return points.length <= max ? points.join('') : `${points.slice(0, max - 1).join('')}…`;
}

export function verifyCode(code: string): Verification {
  const reject = (reason: RejectReason, detail = ''): RejectedCode => ({
    ok: false,
    reason,
    detail,
    excerpt: excerptOf(code),
  });
  const decoded = decodeResultCode(code);
  if (!decoded.ok) return reject(decoded.reason, decoded.detail);
  const { log, name, className } = decoded.content;
  const scenario = getScenario(log.scenarioId);
  if (!scenario) return reject('unknown-scenario', log.scenarioId);
  let replay: ReturnType<typeof replayLog>;
  try {
    replay = replayLog(log, getScenario);
  } catch (error) {
    return reject('does-not-replay', error instanceof Error ? error.message : String(error));
  }
  if (!replay.ok) {
    if (replay.reason === 'engine-version-mismatch') return reject('engine-version', replay.detail);
    if (replay.reason === 'unknown-scenario') return reject('unknown-scenario', replay.detail);
    return reject('does-not-replay', `${replay.reason} ${replay.detail}`);
  }
  const metrics = computeMetrics(replay.run.events);
  const score = scoreAct(scenario, metrics);
  // What each practice earned: the same log replayed with it undone (the replay above is reused).
  let practices: PracticeResult[] | null;
  try {
    practices = practicePoints(log, getScenario, { original: replay.run });
  } catch {
    practices = null;
  }
  return {
    ok: true,
    code: code.trim(),
    name,
    className,
    scenario: scenario.id,
    seed: log.seed,
    engineVersion: log.engineVersion,
    commands: log.commands.length,
    score: score.total,
    stars: score.stars,
    dora: score.dora,
    metrics: classMetrics(metrics, scenario),
    practices,
  };
}

/** Two contrasting ways to play, so the warm-up takes the paths real classes take. */
const WARM_UP_POLICIES: PolicyInput[] = [
  {
    wipLimits: { dev: 2, test: 2, ops: 2 },
    batchSize: 1,
    protectConstraint: true,
    improvementShare: 0.2,
    investments: ['telemetry', 'test-automation'],
    stopTheLine: true,
  },
  { wipLimits: null, batchSize: 8, protectConstraint: false, improvementShare: 0 },
];

/**
 * Plays and verifies two acts of every scenario (decode, replay, metrics, score), twice, so the JavaScript
 * engine has compiled that code before the first real code arrives: a worker calls it as soon as it
 * starts, while the facilitator is still collecting codes. Returns a checksum of the work.
 */
export function warmUp(rounds = 2): number {
  let sum = 0;
  for (let round = 0; round < rounds; round++) sum += warmUpOnce();
  return sum;
}

function warmUpOnce(): number {
  let sum = 0;
  for (const id of ['first-way', 'second-way', 'third-way', 'finale'] as const) {
    const scenario = getScenario(id);
    if (!scenario) continue;
    for (const [index, policy] of WARM_UP_POLICIES.entries()) {
      const { run } = simulate({ scenario, seed: 97 + index, policy });
      const result = verifyCode(encodeResultCode({ log: run.log, name: 'warm-up', className: '' }));
      if (result.ok) sum += result.score;
    }
  }
  return sum;
}
