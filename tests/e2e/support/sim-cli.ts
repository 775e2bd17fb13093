import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/** Runs `npm run sim` (its script, without npm's banner) and returns the parsed JSON. */
export function runSimCli(args: string[]): Record<string, unknown> {
  const stdout = execFileSync(resolve(root, 'node_modules/.bin/tsx'), ['scripts/sim.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

/** The CLI's rounding (three decimals), for comparing the game's unrounded numbers with it. */
export function round3(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1000) / 1000;
  if (Array.isArray(value)) return value.map(round3);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, round3(inner)]));
  }
  return value;
}

/** Metric keys that the CLI and the game's test hook both report with the same meaning. */
export const SHARED_METRIC_KEYS = [
  'leadTimeHours',
  'throughputPerDay',
  'itemsDone',
  'featuresShipped',
  'deploymentsPerDay',
  'releases',
  'changeFailureRate',
  'mttdHours',
  'mttrHours',
  'escapedDefects',
  'outageHours',
  'constraintUtilization',
  'constraintQueueWaitHours',
  'improvementShare',
  'valueDelivered',
  'revenueLost',
] as const;
