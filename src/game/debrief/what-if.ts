// The debrief's what-if: the same scenario, seed and player commands, with exactly one policy changed
// from the first hour. The replay is the engine's counterfactual (src/engine/counterfactual.ts): a
// command aimed at an item follows that same item even when a different course renumbers items, and
// story choices that would undo the change are answered the other way. Pure (no Phaser, no DOM): the
// scene, the test hook and the unit tests share it.
import {
  type Command,
  type Counterfactual,
  computeMetrics,
  type Investment,
  type Mechanic,
  type Metrics,
  type Run,
  type RunLog,
  replayCounterfactual,
  replayLog,
  type Scenario,
  type SimEvent,
} from '../../engine';
import { type ActScore, scoreAct } from '../../scoring';

export const WHAT_IF_CHANGES = [
  'batch-size-1',
  'wip-limits',
  'telemetry',
  'improvement-20',
  'stop-the-line',
  'peer-review',
] as const;
export type WhatIfChange = (typeof WHAT_IF_CHANGES)[number];

export function isWhatIfChange(value: unknown): value is WhatIfChange {
  return typeof value === 'string' && (WHAT_IF_CHANGES as readonly string[]).includes(value);
}

/** The WIP limits the what-if sets (the same as the example "good flow" policy). */
export const WHAT_IF_WIP_LIMITS = { dev: 4, test: 2, ops: 3 } as const;

interface ChangeSpec {
  /** The mechanic the change needs; the what-if unlocks it even in an act that has not yet. */
  mechanic: Mechanic;
  /** Player commands that set this policy (they are replaced by the change). */
  drops(command: Command): boolean;
  /** Commands given at hour 0 instead. */
  commands: Command[];
  /** Investments in place from the first hour (an investment "from day 1" is not built during the act). */
  startingInvestments: Investment[];
}

const SPECS: Record<WhatIfChange, ChangeSpec> = {
  'batch-size-1': {
    mechanic: 'batch-size',
    // A release cadence batches changes too: "each change on its own" replaces it as well.
    drops: (c) => c.type === 'setBatchSize' || c.type === 'setReleaseCadence',
    commands: [{ type: 'setBatchSize', size: 1 }],
    startingInvestments: [],
  },
  'wip-limits': {
    mechanic: 'wip-limits',
    drops: (c) => c.type === 'setWipLimit',
    commands: (['dev', 'test', 'ops'] as const).map(
      (stage): Command => ({ type: 'setWipLimit', stage, limit: WHAT_IF_WIP_LIMITS[stage] }),
    ),
    startingInvestments: [],
  },
  telemetry: {
    mechanic: 'telemetry',
    drops: (c) => c.type === 'invest' && c.investment === 'telemetry',
    commands: [],
    startingInvestments: ['telemetry'],
  },
  'improvement-20': {
    mechanic: 'improvement-share',
    drops: (c) => c.type === 'setImprovementShare',
    commands: [{ type: 'setImprovementShare', share: 0.2 }],
    startingInvestments: [],
  },
  'stop-the-line': {
    mechanic: 'stop-the-line',
    drops: (c) => c.type === 'stopTheLine',
    commands: [{ type: 'stopTheLine', on: true }],
    startingInvestments: [],
  },
  'peer-review': {
    mechanic: 'change-approval',
    drops: (c) => c.type === 'setChangeApproval',
    commands: [{ type: 'setChangeApproval', mode: 'peer-review' }],
    startingInvestments: [],
  },
};

/** The mechanic a change needs (a what-if may show a tool of a later Way). */
export function whatIfMechanic(change: WhatIfChange): Mechanic {
  return SPECS[change].mechanic;
}

export interface WhatIfPlan {
  /** What the replay leaves out of the player's log and sets at hour 0 instead. */
  change: Counterfactual;
  /** The act as the what-if plays it (a later Way's mechanic unlocked, telemetry from day 1). */
  scenario: Scenario;
  /** Player commands the change replaced. */
  dropped: [number, Command][];
  /** True when the act had not unlocked this mechanic yet (the what-if shows a later Way's tool). */
  unlocked: boolean;
}

/**
 * The change a what-if makes: every command of the player's log except those that set the changed
 * policy, which is set at hour 0 instead. Mechanics the act has not unlocked are unlocked for the
 * what-if only; telemetry "from day 1" is in place from the start, not built during the act.
 */
export function planWhatIf(log: RunLog, scenario: Scenario, change: WhatIfChange): WhatIfPlan {
  const spec = SPECS[change];
  const dropped = log.commands.filter(([, command]) => spec.drops(command));
  const unlocked = !scenario.mechanics.includes(spec.mechanic);
  const variant: Scenario = {
    ...scenario,
    mechanics: unlocked ? [...scenario.mechanics, spec.mechanic] : scenario.mechanics,
    startingInvestments: [
      ...scenario.startingInvestments,
      ...spec.startingInvestments.filter((i) => !scenario.startingInvestments.includes(i)),
    ],
  };
  return {
    change: { drops: spec.drops, initial: spec.commands.map((command) => structuredClone(command)) },
    scenario: variant,
    dropped,
    unlocked,
  };
}

export interface RunOutcome {
  events: SimEvent[];
  metrics: Metrics;
  score: ActScore;
}

export type ReplayOutcome =
  | { ok: true; outcome: RunOutcome; run: Run }
  | { ok: false; reason: string; detail: string };

/** Replays the player's own log exactly (strict) against its scenario and scores it. */
export function replayAndScore(log: RunLog, scenario: Scenario): ReplayOutcome {
  const replay = replayLog(log, (id) => (id === scenario.id ? scenario : undefined));
  if (!replay.ok) return { ok: false, reason: replay.reason, detail: replay.detail };
  const events = replay.run.events;
  const metrics = computeMetrics(events);
  return { ok: true, run: replay.run, outcome: { events, metrics, score: scoreAct(scenario, metrics) } };
}

export interface WhatIfResult {
  change: WhatIfChange;
  plan: WhatIfPlan;
  outcome: RunOutcome;
  /** The what-if's run (its log holds the commands as given, aimed at the replay's own items). */
  run: Run;
  /** Wall-clock milliseconds the replay and scoring took, when a clock was given. */
  elapsedMs: number | null;
}

/**
 * Re-simulates the act with one change (commands the new course makes impossible are skipped, as a
 * player would have had to). `original` is the player's own run of the log (replayed when not given):
 * it tells which item each command aimed at. Both runs are scored by the act's own scenario.
 */
export function runWhatIf(
  log: RunLog,
  scenario: Scenario,
  change: WhatIfChange,
  now?: () => number,
  original?: Run,
): WhatIfResult | null {
  const started = now?.() ?? null;
  let source = original;
  if (!source) {
    const replay = replayLog(log, (id) => (id === scenario.id ? scenario : undefined), { lenient: true });
    if (!replay.ok) return null;
    source = replay.run;
  }
  const plan = planWhatIf(log, scenario, change);
  const replay = replayCounterfactual(
    log,
    (id) => (id === scenario.id ? plan.scenario : undefined),
    plan.change,
    source,
  );
  if (!replay.ok) return null;
  const events = replay.run.events;
  const metrics = computeMetrics(events);
  const elapsedMs = started === null || !now ? null : now() - started;
  return {
    change,
    plan,
    outcome: { events, metrics, score: scoreAct(scenario, metrics) },
    run: replay.run,
    elapsedMs,
  };
}
