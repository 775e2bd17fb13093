// npm run decisions [-- --seeds <n>] [--json]
// Counts the decisions each act offers the player per simulated day — requests waiting for triage,
// story beats, incidents whose response is open — under the balance policies, over several seeds.
// The bots answer none of them (beyond triage by intake limit), so the offers are what a player at 1×
// would be asked; the count comes from the engine's events (`countDecisions`).
import { pathToFileURL } from 'node:url';
import { countDecisions, simulate } from '../src/engine/index';
import { SCENARIO_IDS, type ScenarioId, scenarios } from '../src/scenarios/index';
import { BALANCE_POLICIES, type NamedPolicy, seedRange } from './balance';

export interface DecisionRow {
  scenario: ScenarioId;
  policy: string;
  seeds: number;
  /** Means per simulated day over the seeds. */
  triagePerDay: number;
  storyPerDay: number;
  incidentPerDay: number;
  totalPerDay: number;
  /** The lowest total per day of any seed. */
  minPerDay: number;
}

export function measureDecisions(
  scenarioId: ScenarioId,
  named: NamedPolicy,
  seeds: readonly number[],
): DecisionRow {
  const scenario = scenarios[scenarioId];
  const sums = { triage: 0, story: 0, incident: 0, total: 0 };
  let minPerDay = Number.POSITIVE_INFINITY;
  for (const seed of seeds) {
    const { run } = simulate({ scenario, seed, policy: named.policy });
    const count = countDecisions(run.events);
    sums.triage += count.triage / count.days;
    sums.story += count.story / count.days;
    sums.incident += count.incident / count.days;
    sums.total += count.perDay ?? 0;
    minPerDay = Math.min(minPerDay, count.perDay ?? 0);
  }
  const n = seeds.length;
  return {
    scenario: scenarioId,
    policy: named.name,
    seeds: n,
    triagePerDay: sums.triage / n,
    storyPerDay: sums.story / n,
    incidentPerDay: sums.incident / n,
    totalPerDay: sums.total / n,
    minPerDay,
  };
}

function main(argv: string[]): void {
  let seedCount = 20;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seeds') seedCount = Number(argv[++i]);
    else if (argv[i] === '--json') json = true;
    else {
      process.stderr.write(`decisions: unknown argument "${argv[i]}"\n`);
      process.exitCode = 2;
      return;
    }
  }
  if (!Number.isInteger(seedCount) || seedCount < 1) {
    process.stderr.write('decisions: --seeds takes a positive integer\n');
    process.exitCode = 2;
    return;
  }
  const rows: DecisionRow[] = [];
  for (const id of SCENARIO_IDS) {
    for (const named of BALANCE_POLICIES) rows.push(measureDecisions(id, named, seedRange(seedCount)));
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const f = (x: number) => x.toFixed(2);
  const lines = [
    `Decisions offered per simulated day, seeds 1–${seedCount} (mean; min = lowest seed).`,
    '',
    '| act | policy | triage | story | incident | total | min |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.policy} | ${f(r.triagePerDay)} | ${f(r.storyPerDay)} | ${f(r.incidentPerDay)} | ${f(r.totalPerDay)} | ${f(r.minPerDay)} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) main(process.argv.slice(2));
