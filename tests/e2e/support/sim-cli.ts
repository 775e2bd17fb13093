import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { Metrics } from '../../../src/engine';

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
  'leadTimeForChangesHours',
  'customerLeadTimeHours',
  'cycleTimeHours',
  'throughputPerDay',
  'itemsShipped',
  'featuresShipped',
  'deploymentsPerDay',
  'deployments',
  'failedDeployments',
  'changeFailureRate',
  'productionFailures',
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

/**
 * Runs `npm run sim` for the same act, seed and policy as a game the policy bot played, and expects
 * the same metrics (as the CLI rounds them; of a distribution, the fields the CLI reports) and the
 * same score.
 */
export function expectSameAsCli(
  game: {
    metrics: Metrics;
    score: { total: number };
  },
  run: { scenario: string; seed: number; policy: unknown },
): void {
  const file = join(mkdtempSync(join(tmpdir(), 'policy-')), 'policy.json');
  writeFileSync(file, JSON.stringify(run.policy));
  const cli = runSimCli(['--scenario', run.scenario, '--seed', String(run.seed), '--policy', file]);
  const cliMetrics = cli.metrics as Record<string, unknown>;
  for (const key of SHARED_METRIC_KEYS) {
    const expected = cliMetrics[key];
    let value: unknown = game.metrics[key];
    if (value && typeof value === 'object' && expected && typeof expected === 'object') {
      const fields = Object.keys(expected);
      value = Object.fromEntries(fields.map((field) => [field, (value as Record<string, unknown>)[field]]));
    }
    expect(round3(value), key).toEqual(expected);
  }
  expect((cli.score as { total: number }).total).toBe(game.score.total);
}
