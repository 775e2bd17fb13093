// npm run sim -- --scenario <first-way|second-way|third-way|finale> --seed <int> [--policy <file>]
//                [--days <n>] [--demand <multiplier>]
// Prints one JSON object on stdout. Bad input: exit 2, one line on stderr naming the field, no stdout.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  type Distribution,
  ENGINE_VERSION,
  goalProgress,
  type PolicyInput,
  parsePolicy,
  simulate,
} from '../src/engine/index';
import { getScenario, SCENARIO_IDS } from '../src/scenarios/index';
import { practicePoints, practiceRecord, scoreAct } from '../src/scoring/index';

const pick = (d: Distribution) => ({ mean: d.mean, p50: d.p50, p85: d.p85 });

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string[];
}

class UsageError extends Error {}

function fail(field: string, message: string): never {
  throw new UsageError(`sim: invalid ${field}: ${message}`);
}

function parseArgs(argv: string[]): Map<string, string> {
  const known = new Set(['--scenario', '--seed', '--policy', '--days', '--demand']);
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]!;
    if (!known.has(key)) fail(key.replace(/^-+/, '') || 'argument', `unknown argument "${key}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) fail(key.slice(2), 'missing value');
    if (args.has(key)) fail(key.slice(2), 'given twice');
    args.set(key, value);
    i++;
  }
  return args;
}

function round(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1000) / 1000;
  if (Array.isArray(value)) return value.map(round);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]));
  }
  return value;
}

export function runCli(argv: string[]): CliOutcome {
  const stderr: string[] = [];
  try {
    const args = parseArgs(argv);
    const scenarioId = args.get('--scenario');
    if (scenarioId === undefined) fail('scenario', `required (${SCENARIO_IDS.join('|')})`);
    const scenario = getScenario(scenarioId);
    if (!scenario) fail('scenario', `"${scenarioId}" is not one of ${SCENARIO_IDS.join('|')}`);
    const seedText = args.get('--seed');
    if (seedText === undefined) fail('seed', 'required (an integer)');
    if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(Number(seedText))) {
      fail('seed', `"${seedText}" is not an integer`);
    }
    const seed = Number(seedText);
    let days: number | null = null;
    const daysText = args.get('--days');
    if (daysText !== undefined) {
      days = Number(daysText);
      if (!/^\d+$/.test(daysText) || days < 1 || days > 1000)
        fail('days', `"${daysText}" is not an integer 1–1000`);
    }
    let demand = 1;
    const demandText = args.get('--demand');
    if (demandText !== undefined) {
      demand = Number(demandText);
      if (demandText.trim() === '' || !Number.isFinite(demand) || demand < 0 || demand > 10) {
        fail('demand', `"${demandText}" is not a number 0–10`);
      }
    }
    const policyPath = args.get('--policy') ?? null;
    let policyInput: PolicyInput | null = null;
    if (policyPath !== null) {
      let text: string;
      try {
        text = readFileSync(policyPath, 'utf8');
      } catch {
        fail('policy', `cannot read file "${policyPath}"`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        fail('policy', `"${policyPath}" is not valid JSON`);
      }
      const parsed = parsePolicy(json);
      if (!parsed.ok)
        fail(parsed.field === 'policy' ? 'policy' : `policy field "${parsed.field}"`, parsed.message);
      policyInput = parsed.policy;
    }
    const result = simulate({ scenario, seed, days, demand, policy: policyInput });
    if (result.ignored.length > 0) {
      stderr.push(
        `sim: ${scenario.id} has not unlocked ${result.ignored.join(', ')}; playing the policy without ${result.ignored.length > 1 ? 'them' : 'it'}`,
      );
    }
    const m = result.metrics;
    const score = scoreAct(scenario, m);
    // What each practice earned in this run: the run's score minus the score of its log replayed
    // with that practice undone.
    const practices = practicePoints(result.run.log, getScenario, { original: result.run });
    const output = {
      scenario: scenario.id,
      seed,
      engineVersion: ENGINE_VERSION,
      policy: policyPath,
      days: m.days,
      demand,
      settings: result.policy,
      metrics: {
        leadTimeForChangesHours: pick(m.leadTimeForChangesHours),
        customerLeadTimeHours: pick(m.customerLeadTimeHours),
        cycleTimeHours: pick(m.cycleTimeHours),
        stageTimeHours: m.stageTimeHours,
        throughputPerDay: m.throughputPerDay,
        itemsShipped: m.itemsShipped,
        featuresShipped: m.featuresShipped,
        goalFeaturesShipped: goalProgress(scenario, m).featuresShipped,
        avgWip: m.avgWip.total,
        avgWipByStage: m.avgWip,
        flowEfficiency: m.flowEfficiency,
        deploymentsPerDay: m.deploymentsPerDay,
        deployments: m.deployments,
        failedDeployments: m.failedDeployments,
        avgReleaseSize: m.avgReleaseSize,
        changeFailureRate: m.changeFailureRate,
        productionFailures: m.productionFailures,
        failuresPerChange: m.failuresPerChange,
        mttdHours: m.mttdHours,
        mttrHours: m.mttrHours,
        incidents: m.incidents,
        defectsFound: m.defectsFound,
        escapedDefects: m.escapedDefects,
        outageHours: m.outageHours,
        constraintUtilization: m.constraintUtilization,
        constraintQueueWaitHours: m.constraintQueueWaitHours,
        avgConstraintQueue: m.avgConstraintQueue,
        constraintUnplannedShare: m.constraintUnplannedShare,
        improvementShare: m.improvementShare,
        unplannedShare: m.unplannedShare,
        switchingShare: m.switchingShare,
        debtIndex: m.debtIndex,
        valueDelivered: m.valueDelivered,
        revenueLost: m.revenueLost,
        cumulativeFlow: m.cumulativeFlow,
      },
      score: { ...score, practices: practices ? practiceRecord(practices) : null },
    };
    return { code: 0, stdout: `${JSON.stringify(round(output))}\n`, stderr };
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, stdout: '', stderr: [error.message] };
    throw error;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const outcome = runCli(process.argv.slice(2));
  for (const line of outcome.stderr) process.stderr.write(`${line}\n`);
  process.stdout.write(outcome.stdout);
  process.exitCode = outcome.code;
}
