// The debrief's what-if: the same scenario, seed and player commands, with exactly one policy changed
// from the first hour. Pure (no Phaser, no DOM): the scene, the test hook and the unit tests share it.
import {
  type Command,
  computeMetrics,
  type Investment,
  type Mechanic,
  type Metrics,
  type RunLog,
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
    drops: (c) => c.type === 'setBatchSize',
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
  log: RunLog;
  scenario: Scenario;
  /** Player commands the change replaced. */
  dropped: [number, Command][];
  /** True when the act had not unlocked this mechanic yet (the what-if shows a later Way's tool). */
  unlocked: boolean;
}

/**
 * The log and scenario of a what-if: every command of the player's log except those that set the
 * changed policy, which is set at hour 0 instead. Mechanics the act has not unlocked are unlocked
 * for the what-if only; telemetry "from day 1" is in place from the start, not built during the act.
 */
export function planWhatIf(log: RunLog, scenario: Scenario, change: WhatIfChange): WhatIfPlan {
  const spec = SPECS[change];
  const kept: [number, Command][] = [];
  const dropped: [number, Command][] = [];
  for (const entry of log.commands) (spec.drops(entry[1]) ? dropped : kept).push(entry);
  const commands: [number, Command][] = [
    ...spec.commands.map((command): [number, Command] => [0, structuredClone(command)]),
    ...kept,
  ];
  const unlocked = !scenario.mechanics.includes(spec.mechanic);
  const variant: Scenario = {
    ...scenario,
    mechanics: unlocked ? [...scenario.mechanics, spec.mechanic] : scenario.mechanics,
    startingInvestments: [
      ...scenario.startingInvestments,
      ...spec.startingInvestments.filter((i) => !scenario.startingInvestments.includes(i)),
    ],
  };
  return { log: { ...log, commands }, scenario: variant, dropped, unlocked };
}

export interface RunOutcome {
  events: SimEvent[];
  metrics: Metrics;
  score: ActScore;
}

export type ReplayOutcome = { ok: true; outcome: RunOutcome } | { ok: false; reason: string; detail: string };

/** Replays a log against a scenario and scores it (the act's own scenario scores both runs alike). */
export function replayAndScore(
  log: RunLog,
  scenario: Scenario,
  options: { lenient?: boolean; scoringScenario?: Scenario } = {},
): ReplayOutcome {
  const replay = replayLog(log, (id) => (id === scenario.id ? scenario : undefined), {
    lenient: options.lenient ?? false,
  });
  if (!replay.ok) return { ok: false, reason: replay.reason, detail: replay.detail };
  const events = replay.run.events;
  const metrics = computeMetrics(events);
  return {
    ok: true,
    outcome: { events, metrics, score: scoreAct(options.scoringScenario ?? scenario, metrics) },
  };
}

export interface WhatIfResult {
  change: WhatIfChange;
  plan: WhatIfPlan;
  outcome: RunOutcome;
  /** Wall-clock milliseconds the replay and scoring took, when a clock was given. */
  elapsedMs: number | null;
}

/** Re-simulates the act with one change (lenient: commands the new course makes impossible are skipped). */
export function runWhatIf(
  log: RunLog,
  scenario: Scenario,
  change: WhatIfChange,
  now?: () => number,
): WhatIfResult | null {
  const started = now?.() ?? null;
  const plan = planWhatIf(log, scenario, change);
  const replay = replayAndScore(plan.log, plan.scenario, { lenient: true, scoringScenario: scenario });
  if (!replay.ok) return null;
  const elapsedMs = started === null || !now ? null : now() - started;
  return { change, plan, outcome: replay.outcome, elapsedMs };
}
