// npm run balance [-- --seeds <n>] [--scenario <id>] [--json]
// Plays a matrix of named policies over many seeds per act and prints, per act and policy, the score
// (mean, p10, p90), the stars distribution and the key metrics. The policies are the same declarative
// JSON the CLI takes (`scripts/policies/`); the engine plays them with the player's own commands and
// drops whatever an act has not unlocked. Nothing in the engine or the scoring knows these names.
import { pathToFileURL } from 'node:url';
import { type Metrics, type PolicyInput, resolvePolicy, simulate } from '../src/engine/index';
import { SCENARIO_IDS, type Scenario, type ScenarioId, scenarios } from '../src/scenarios/index';
import { type ActScore, scoreAct } from '../src/scoring/index';

export interface NamedPolicy {
  name: string;
  /** What a player following it does (for the README table). */
  description: string;
  /** null: hands off — no commands at all; the act's defaults and story defaults hold. */
  policy: PolicyInput | null;
}

const FLOW_LIMITS = { dev: 3, test: 2, ops: 2 };
const ALL_INVESTMENTS: PolicyInput['investments'] = [
  'telemetry',
  'test-automation',
  'deploy-automation',
  'runbooks',
  'cross-training',
];
const expert = (improvementShare: number): PolicyInput => ({
  wipLimits: FLOW_LIMITS,
  batchSize: 1,
  improvementShare,
  investments: ALL_INVESTMENTS,
  stopTheLine: true,
  protectConstraint: true,
  changeApproval: 'peer-review',
  projectFreeze: true,
});

export const BALANCE_POLICIES: readonly NamedPolicy[] = [
  { name: 'hands-off', description: 'no commands: the act as it starts', policy: null },
  {
    name: 'keep-busy',
    description: 'no WIP limits, releases of 10, no improvement, everyone uses the constraint engineer',
    policy: {
      wipLimits: null,
      batchSize: 10,
      improvementShare: 0,
      investments: [],
      stopTheLine: false,
      protectConstraint: false,
    },
  },
  {
    name: 'flow',
    description: 'First Way: WIP limits 3/2/2, batch size 1, protect the constraint, freeze projects',
    policy: { wipLimits: FLOW_LIMITS, batchSize: 1, protectConstraint: true, projectFreeze: true },
  },
  {
    name: 'feedback',
    description: 'flow + Second Way: telemetry, test automation, stop-the-line, peer review',
    policy: {
      wipLimits: FLOW_LIMITS,
      batchSize: 1,
      protectConstraint: true,
      projectFreeze: true,
      stopTheLine: true,
      changeApproval: 'peer-review',
      investments: ['telemetry', 'test-automation'],
      improvementShare: 0,
    },
  },
  {
    name: 'naive-0%',
    description: "the act's defaults, 0% improvement time",
    policy: { improvementShare: 0 },
  },
  {
    name: 'naive-20%',
    description: "the act's defaults, 20% improvement time",
    policy: { improvementShare: 0.2 },
  },
  {
    name: 'naive-50%',
    description: "the act's defaults, 50% improvement time",
    policy: { improvementShare: 0.5 },
  },
  { name: 'improve-0%', description: 'expert investments, but 0% improvement time', policy: expert(0) },
  {
    name: 'expert',
    description: 'all three Ways: flow + feedback + 20% improvement time + all investments',
    policy: expert(0.2),
  },
  { name: 'improve-50%', description: 'expert, but 50% improvement time', policy: expert(0.5) },
];

export interface BalanceRun {
  scenario: ScenarioId;
  policy: string;
  seed: number;
  metrics: Metrics;
  score: ActScore;
}

export function playOne(scenario: Scenario, named: NamedPolicy, seed: number): BalanceRun {
  const { metrics } = simulate({ scenario, seed, policy: named.policy });
  return { scenario: scenario.id, policy: named.name, seed, metrics, score: scoreAct(scenario, metrics) };
}

/**
 * Every policy on every seed of one act. Policies that resolve to the same settings in this act (the
 * fields it has not unlocked are dropped) are the same run, so each distinct one is simulated once.
 */
export function playAct(
  scenarioId: ScenarioId,
  seeds: readonly number[],
  policies: readonly NamedPolicy[] = BALANCE_POLICIES,
): Map<string, BalanceRun[]> {
  const scenario = scenarios[scenarioId];
  const byPolicy = new Map<string, BalanceRun[]>();
  const played = new Map<string, BalanceRun[]>();
  for (const named of policies) {
    const key = named.policy === null ? 'null' : JSON.stringify(resolvePolicy(scenario, named.policy).policy);
    let runs = played.get(key);
    if (!runs) {
      runs = seeds.map((seed) => playOne(scenario, named, seed));
      played.set(key, runs);
    }
    byPolicy.set(
      named.name,
      runs.map((run) => ({ ...run, policy: named.name })),
    );
  }
  return byPolicy;
}

export function seedRange(count: number, from = 1): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

function meanOf(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

export interface BalanceRow {
  scenario: ScenarioId;
  policy: string;
  runs: number;
  mean: number;
  p10: number;
  p90: number;
  /** Share of runs with 0, 1, 2 and 3 stars. */
  stars: [number, number, number, number];
  components: Record<string, number>;
  leadTimeP50: number | null;
  changeFailureRate: number | null;
  mttr: number | null;
  outageHours: number | null;
  featuresShipped: number | null;
  improvementShare: number | null;
}

export function summarise(runs: readonly BalanceRun[]): BalanceRow {
  const totals = runs.map((r) => r.score.total).sort((a, b) => a - b);
  const stars: [number, number, number, number] = [0, 0, 0, 0];
  for (const r of runs) stars[r.score.stars]++;
  const components: Record<string, number> = {};
  for (const name of Object.keys(runs[0]!.score.components)) {
    components[name] =
      meanOf(runs.map((r) => r.score.components[name as keyof ActScore['components']].points)) ?? 0;
  }
  return {
    scenario: runs[0]!.scenario,
    policy: runs[0]!.policy,
    runs: runs.length,
    mean: meanOf(totals) ?? 0,
    p10: quantile(totals, 0.1),
    p90: quantile(totals, 0.9),
    stars: stars.map((n) => n / runs.length) as BalanceRow['stars'],
    components,
    leadTimeP50: meanOf(runs.map((r) => r.metrics.leadTimeForChangesHours.p50)),
    changeFailureRate: meanOf(runs.map((r) => r.metrics.changeFailureRate)),
    mttr: meanOf(runs.map((r) => r.metrics.mttrHours)),
    outageHours: meanOf(runs.map((r) => r.metrics.outageHours)),
    featuresShipped: meanOf(runs.map((r) => r.metrics.featuresShipped)),
    improvementShare: meanOf(runs.map((r) => r.metrics.improvementShare)),
  };
}

const fmt = (value: number | null, digits = 0): string => (value === null ? '–' : value.toFixed(digits));
const pct = (value: number | null): string => (value === null ? '–' : `${Math.round(value * 100)}%`);

export function formatTable(rows: readonly BalanceRow[]): string {
  const header = [
    'act',
    'policy',
    'mean',
    'p10',
    'p90',
    '0★/1★/2★/3★ (%)',
    'bus/flow/fb/learn',
    'LT changes p50 h',
    'CFR',
    'MTTR h',
    'outage h',
    'features',
  ];
  const lines = rows.map((r) => [
    r.scenario,
    r.policy,
    fmt(r.mean),
    fmt(r.p10),
    fmt(r.p90),
    r.stars.map((s) => Math.round(s * 100)).join('/'),
    ['business', 'flow', 'feedback', 'learning'].map((c) => fmt(r.components[c] ?? 0)).join('/'),
    fmt(r.leadTimeP50, 1),
    pct(r.changeFailureRate),
    fmt(r.mttr, 1),
    fmt(r.outageHours, 1),
    fmt(r.featuresShipped, 1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [row(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(row)].join('\n');
}

function main(argv: string[]): void {
  let seedCount = 50;
  let only: ScenarioId[] = [...SCENARIO_IDS];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--seeds') seedCount = Number(argv[++i]);
    else if (arg === '--scenario') only = [argv[++i] as ScenarioId];
    else if (arg === '--json') json = true;
    else {
      process.stderr.write(`balance: unknown argument "${arg}"\n`);
      process.exitCode = 2;
      return;
    }
  }
  if (!Number.isInteger(seedCount) || seedCount < 1 || only.some((id) => !SCENARIO_IDS.includes(id))) {
    process.stderr.write('balance: --seeds takes a positive integer, --scenario an act id\n');
    process.exitCode = 2;
    return;
  }
  const seeds = seedRange(seedCount);
  const rows: BalanceRow[] = [];
  for (const id of only) {
    for (const runs of playAct(id, seeds).values()) rows.push(summarise(runs));
  }
  if (json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else process.stdout.write(`Seeds 1–${seedCount} per act and policy.\n\n${formatTable(rows)}\n`);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) main(process.argv.slice(2));
