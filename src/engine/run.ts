// A run = scenario id + seed + options + [tick, command][]. Replaying the log reproduces the run exactly.
import { applyCommand } from './commands';
import { computeMetrics, type Metrics } from './metrics';
import { type Policy, type PolicyInput, policyCommands, resolvePolicy } from './policy';
import { createState } from './state';
import { isFinished, step } from './step';
import type { Command, CommandResult, Scenario, ScenarioId, SimEvent, SimState } from './types';
import { ENGINE_VERSION } from './version';

export interface RunLog {
  engineVersion: string;
  scenarioId: ScenarioId;
  seed: number;
  days: number | null;
  demand: number;
  commands: [number, Command][];
}

export interface Run {
  log: RunLog;
  state: SimState;
  /** Every event so far, in order: the single source for metrics and for the view. */
  events: SimEvent[];
}

export interface CreateRunOptions {
  scenario: Scenario;
  seed: number;
  days?: number | null | undefined;
  demand?: number | undefined;
}

export function createRun(options: CreateRunOptions): Run {
  const events: SimEvent[] = [];
  const days = options.days ?? null;
  const demand = options.demand ?? 1;
  const state = createState(options.scenario, options.seed, { days: days ?? undefined, demand }, events);
  return {
    log: {
      engineVersion: ENGINE_VERSION,
      scenarioId: options.scenario.id,
      seed: options.seed,
      days,
      demand,
      commands: [],
    },
    state,
    events,
  };
}

/** Applies a player (or bot) command at the current tick; accepted commands are logged. */
export function dispatch(run: Run, command: Command): CommandResult {
  const result = applyCommand(run.state, command);
  if (result.ok) {
    run.log.commands.push([run.state.tick, JSON.parse(JSON.stringify(command)) as Command]);
    for (const event of result.events) run.events.push(event);
  }
  return result;
}

/** Advances one tick (one working hour) and returns that tick's events. */
export function advance(run: Run): SimEvent[] {
  const events = step(run.state);
  for (const event of events) run.events.push(event);
  return events;
}

/**
 * Plays the policy bot until `untilTick` (default: the end of the act). The CLI, the benchmark and the
 * game's test hook all use this loop, so their results agree.
 */
export function playPolicy(run: Run, policy: Policy, untilTick = run.state.endTick): void {
  while (!isFinished(run.state) && run.state.tick < untilTick) {
    for (const command of policyCommands(run.state, policy)) dispatch(run, command);
    advance(run);
  }
}

export function metricsOf(run: Run): Metrics {
  return computeMetrics(run.events);
}

export interface SimulateOptions extends CreateRunOptions {
  /** null: hands off (nobody gives commands; scenario defaults hold). */
  policy: PolicyInput | null;
}

export interface SimulateResult {
  run: Run;
  metrics: Metrics;
  policy: Policy | null;
  ignored: string[];
}

export function simulate(options: SimulateOptions): SimulateResult {
  const run = createRun(options);
  if (options.policy === null) {
    while (!isFinished(run.state)) advance(run);
    return { run, metrics: metricsOf(run), policy: null, ignored: [] };
  }
  const { policy, ignored } = resolvePolicy(options.scenario, options.policy);
  playPolicy(run, policy);
  return { run, metrics: metricsOf(run), policy, ignored };
}

export type ReplayResult =
  | { ok: true; run: Run }
  | {
      ok: false;
      reason: 'engine-version-mismatch' | 'unknown-scenario' | 'malformed-log' | 'command-rejected';
      detail: string;
    };

export interface ReplayOptions {
  /** Stop before this tick (default: the end of the act). */
  untilTick?: number | undefined;
  /** Skip commands that no longer apply instead of failing (what-if replays change the course). */
  lenient?: boolean | undefined;
}

/**
 * Re-runs a log to its end (or to `untilTick`). A log from another engine version is recognised and
 * refused rather than silently giving different results.
 */
export function replayLog(
  log: RunLog,
  findScenario: (id: string) => Scenario | undefined,
  options: ReplayOptions | number = {},
): ReplayResult {
  const { untilTick, lenient } =
    typeof options === 'number' ? { untilTick: options, lenient: false } : options;
  if (typeof log !== 'object' || log === null || !Array.isArray(log.commands)) {
    return { ok: false, reason: 'malformed-log', detail: 'log' };
  }
  if (log.engineVersion !== ENGINE_VERSION) {
    return { ok: false, reason: 'engine-version-mismatch', detail: String(log.engineVersion) };
  }
  const scenario = findScenario(log.scenarioId);
  if (!scenario) return { ok: false, reason: 'unknown-scenario', detail: String(log.scenarioId) };
  const run = createRun({ scenario, seed: log.seed, days: log.days, demand: log.demand });
  const end = Math.min(untilTick ?? run.state.endTick, run.state.endTick);
  let next = 0;
  const commands = log.commands;
  while (run.state.tick < end) {
    while (next < commands.length && commands[next]![0] === run.state.tick) {
      const result = dispatch(run, commands[next]![1]);
      if (!result.ok && !lenient) {
        return { ok: false, reason: 'command-rejected', detail: `${next}: ${result.reason}` };
      }
      next++;
    }
    if (next < commands.length && commands[next]![0] < run.state.tick) {
      return { ok: false, reason: 'malformed-log', detail: `commands[${next}] out of order` };
    }
    advance(run);
  }
  return { ok: true, run };
}

/** Which commands a policy field overrides in a what-if. */
const OVERRIDDEN_BY: Record<keyof Policy, Command['type'][]> = {
  wipLimits: ['setWipLimit'],
  batchSize: ['setBatchSize', 'setReleaseCadence'],
  improvementShare: ['setImprovementShare'],
  investments: ['invest'],
  stopTheLine: ['stopTheLine'],
  protectConstraint: ['protectConstraint'],
  changeApproval: ['setChangeApproval'],
  projectFreeze: ['projectFreeze'],
  intakeLimit: ['triage', 'holdTriage'],
};

/**
 * The debrief's what-if: the same scenario, seed and log, with one or more policy settings held at
 * another value for the whole act. The player's commands for those settings are replaced by the
 * override (applied from tick 0); everything else is replayed, skipping commands that no longer apply.
 * Story options still apply as chosen (the story can still change the overridden settings).
 */
export function whatIf(
  log: RunLog,
  findScenario: (id: string) => Scenario | undefined,
  override: PolicyInput,
): ReplayResult {
  const scenario = findScenario(log.scenarioId);
  if (!scenario) return { ok: false, reason: 'unknown-scenario', detail: String(log.scenarioId) };
  const dropped = new Set<Command['type']>();
  for (const key of Object.keys(override) as (keyof Policy)[]) {
    for (const type of OVERRIDDEN_BY[key] ?? []) dropped.add(type);
  }
  const scratch = createRun({ scenario, seed: log.seed, days: log.days, demand: log.demand });
  // The commands that bring the act's starting settings to the override, as the bot would give them.
  const base: Policy = { ...resolvePolicy(scenario, {}).policy, investments: [] };
  const first = policyCommands(scratch.state, { ...base, ...override } as Policy);
  const onlyOverridden = first.filter((command) => dropped.has(command.type));
  const commands: [number, Command][] = [
    ...onlyOverridden.map((command): [number, Command] => [0, command]),
    ...log.commands.filter(([, command]) => !dropped.has(command.type)),
  ];
  return replayLog({ ...log, commands }, findScenario, { lenient: true });
}
