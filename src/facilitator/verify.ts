// Verifies one result code: decode, validate, then re-simulate the act from its log and recompute the
// score. Nothing a code says about its own result is trusted — a code carries no score at all.
import {
  advance,
  type Command,
  computeMetrics,
  createRun,
  dispatch,
  ENGINE_VERSION,
  goalProgress,
  type Metrics,
  type PolicyInput,
  type ReplayResult,
  type RunLog,
  replayLog,
  type Scenario,
  type ScenarioId,
  type SimEvent,
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
  /** The act's length in days and its demand (a code can only carry the act's own: see result-code). */
  days: number;
  demand: number;
  /**
   * What makes two codes the same run: name, act, seed and the replayed log without the commands that
   * changed nothing (however the code was spelled). Duplicates share it.
   */
  runKey: string;
  engineVersion: string;
  commands: number;
  score: number;
  stars: number;
  dora: DoraKeys;
  metrics: ClassMetrics;
  /** What each practice the act unlocked earned in this run (null when it could not be computed). */
  practices: PracticeResult[] | null;
}

export type RejectReason =
  | DecodeFailure
  | 'unknown-scenario'
  | 'does-not-replay'
  /** Verified, but the class already holds the most results a page keeps. */
  | 'class-full';

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
  // Never more than needed of a long line: 2·max UTF-16 units hold at least max code points.
  const points = Array.from(text.trim().slice(0, max * 2 + 2));
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
  let replay: NormalisedReplay;
  try {
    replay = replayNormalised(log, scenario);
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
    days: log.days ?? scenario.days,
    demand: log.demand,
    runKey: runKey(name, scenario.id, log.seed, replay.commands),
    engineVersion: log.engineVersion,
    commands: log.commands.length,
    score: score.total,
    stars: score.stars,
    dora: score.dora,
    metrics: classMetrics(metrics, scenario),
    practices,
  };
}

// ---------------------------------------------------------------------------------------------------
// The same run, however it was spelled

/** Commands that only set a value: given the value already set, they change nothing. */
const SETTING_COMMANDS: ReadonlySet<Command['type']> = new Set<Command['type']>([
  'setWipLimit',
  'setBatchSize',
  'setReleaseCadence',
  'projectFreeze',
  'protectConstraint',
  'stopTheLine',
  'setImprovementShare',
  'setChangeApproval',
]);

export type NormalisedReplay =
  | (Extract<ReplayResult, { ok: true }> & {
      /** The accepted commands, without those that changed nothing. */
      commands: [number, Command][];
    })
  | Extract<ReplayResult, { ok: false }>;

/**
 * Replays a log exactly as the engine's `replayLog` does (same order, same refusals; a unit test checks
 * they agree) and notes which accepted commands changed nothing: a setting set to the value it already
 * had. Commands after the act's end are never played, so they are not part of the run either. Should
 * the run without the dropped commands differ in any way, the accepted commands are kept as they are.
 */
export function replayNormalised(log: RunLog, scenario: Scenario): NormalisedReplay {
  if (log.engineVersion !== ENGINE_VERSION) {
    return { ok: false, reason: 'engine-version-mismatch', detail: String(log.engineVersion) };
  }
  const run = createRun({ scenario, seed: log.seed, days: log.days, demand: log.demand });
  const end = run.state.endTick;
  const commands = log.commands;
  const kept: [number, Command][] = [];
  /** The `setting-changed` events of the commands dropped. */
  const dropped = new Set<SimEvent>();
  let next = 0;
  while (run.state.tick < end) {
    while (next < commands.length && commands[next]![0] === run.state.tick) {
      const command = commands[next]![1];
      const setting = SETTING_COMMANDS.has(command.type);
      const before = setting ? JSON.stringify(run.state.settings) : '';
      const result = dispatch(run, command);
      if (!result.ok) return { ok: false, reason: 'command-rejected', detail: `${next}: ${result.reason}` };
      const noChange =
        setting &&
        result.events.every((event) => event.type === 'setting-changed') &&
        JSON.stringify(run.state.settings) === before;
      if (noChange) for (const event of result.events) dropped.add(event);
      else kept.push(run.log.commands[run.log.commands.length - 1]!);
      next++;
    }
    if (next < commands.length && commands[next]![0] < run.state.tick) {
      return { ok: false, reason: 'malformed-log', detail: `commands[${next}] out of order` };
    }
    advance(run);
  }
  if (dropped.size > 0) {
    // The run without them must be the same run, event for event (theirs aside).
    const check = replayLog({ ...log, commands: kept }, () => scenario);
    const expected = run.events.filter((event) => !dropped.has(event));
    if (!check.ok || JSON.stringify(check.run.events) !== JSON.stringify(expected)) {
      return { ok: true, run, commands: run.log.commands };
    }
  }
  return { ok: true, run, commands: kept };
}

/** A 53-bit hash of a string (cyrb53): keys duplicates without keeping whole logs in memory. */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Name, act, seed and the normalised log: equal for the same run however its code was written. */
export function runKey(
  name: string,
  scenario: ScenarioId,
  seed: number,
  commands: [number, Command][],
): string {
  const log = JSON.stringify(commands);
  return `${scenario}|${seed}|${hash53(log)}${hash53(log, 1)}|${name}`;
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
