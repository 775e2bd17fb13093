import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/sim';
import { parsePolicy } from '../../../src/engine/index';

const ROOT = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
function policyFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const METRIC_KEYS = [
  'leadTimeForChangesHours',
  'customerLeadTimeHours',
  'itemsShipped',
  'deployments',
  'productionFailures',
  'failuresPerChange',
  'throughputPerDay',
  'avgWip',
  'deploymentsPerDay',
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
];

describe('sim CLI', () => {
  it('prints one JSON object with the contract keys', () => {
    const out = runCli(['--scenario', 'first-way', '--seed', '1']);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json).toMatchObject({ scenario: 'first-way', seed: 1, policy: null });
    expect(typeof json.engineVersion).toBe('string');
    for (const key of METRIC_KEYS) expect(json.metrics).toHaveProperty(key);
    expect(Object.keys(json.metrics.leadTimeForChangesHours)).toEqual(['mean', 'p50', 'p85']);
    // What each practice the act unlocked earned in this run, by replay.
    expect(Object.keys(json.score.practices).sort()).toEqual(
      ['protect-constraint', 'small-batches', 'triage', 'wip-limits'].sort(),
    );
    for (const points of Object.values(json.score.practices)) expect(Number.isInteger(points)).toBe(true);
    expect(json.score.total).toBeGreaterThanOrEqual(0);
    expect(json.score.total).toBeLessThanOrEqual(1000);
  });

  it('applies --days and --demand', () => {
    const short = JSON.parse(runCli(['--scenario', 'third-way', '--seed', '2', '--days', '5']).stdout);
    expect(short.days).toBe(5);
    const busy = JSON.parse(runCli(['--scenario', 'first-way', '--seed', '2', '--demand', '1.5']).stdout);
    const calm = JSON.parse(runCli(['--scenario', 'first-way', '--seed', '2', '--demand', '0.5']).stdout);
    expect(busy.metrics.avgWip).toBeGreaterThan(calm.metrics.avgWip);
  });

  it('plays a policy, ignoring (with one stderr line) mechanics the act has not unlocked', () => {
    const path = policyFile('p.json', { batchSize: 1, stopTheLine: true, investments: ['telemetry'] });
    const out = runCli(['--scenario', 'first-way', '--seed', '3', '--policy', path]);
    expect(out.code).toBe(0);
    expect(out.stderr).toHaveLength(1);
    expect(out.stderr[0]).toMatch(/stopTheLine.*telemetry/);
    expect(JSON.parse(out.stdout).settings.batchSize).toBe(1);
  });

  it.each([
    [['--scenario', 'fourth-way', '--seed', '1'], /scenario/],
    [['--scenario', 'first-way'], /seed/],
    [['--scenario', 'first-way', '--seed', 'abc'], /seed/],
    [['--scenario', 'first-way', '--seed', '1', '--days', '0'], /days/],
    [['--scenario', 'first-way', '--seed', '1', '--demand', 'lots'], /demand/],
    [['--scenario', 'first-way', '--seed', '1', '--speed', '2'], /speed/],
    [['--scenario', 'first-way', '--seed', '1', '--policy', '/nonexistent/p.json'], /policy/],
  ])('exits 2 naming the field for %j', (args, field) => {
    const out = runCli(args);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toHaveLength(1);
    expect(out.stderr[0]).toMatch(field);
  });

  it.each([
    [{ batchSize: 0 }, 'batchSize'],
    [{ batchSize: 21 }, 'batchSize'],
    [{ improvementShare: 0.6 }, 'improvementShare'],
    [{ investments: ['magic'] }, 'investments.0'],
    [{ wipLimits: { dev: 0, test: 2, ops: 2 } }, 'wipLimits.dev'],
    [{ changeApproval: 'ceo' }, 'changeApproval'],
    [{ stopTheLine: 'yes' }, 'stopTheLine'],
    [{ colour: 'red' }, 'colour'],
    [[], 'policy'],
    [null, 'policy'],
  ])('rejects a malformed policy %j naming %s', (policy, field) => {
    const out = runCli([
      '--scenario',
      'first-way',
      '--seed',
      '1',
      '--policy',
      policyFile('bad.json', policy),
    ]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr[0]).toContain(field);
  });

  it('rejects a policy that is not JSON', () => {
    const out = runCli(['--scenario', 'first-way', '--seed', '1', '--policy', policyFile('x.json', '{nope')]);
    expect(out.code).toBe(2);
    expect(out.stderr[0]).toMatch(/policy/);
  });

  it('as a process: exit code 2 and empty stdout on bad input, JSON on good input', () => {
    const bad = spawnSync('npx', ['tsx', 'scripts/sim.ts', '--scenario', 'nope', '--seed', '1'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const good = spawnSync('npx', ['tsx', 'scripts/sim.ts', '--scenario', 'finale', '--seed', '4'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).scenario).toBe('finale');
  });
});

describe('example policies', () => {
  const folder = resolve(ROOT, 'scripts/policies');
  it.each(readdirSync(folder).filter((f) => f.endsWith('.json')))('%s is a valid policy', (file) => {
    const parsed = parsePolicy(JSON.parse(readFileSync(join(folder, file), 'utf8')));
    expect(parsed.ok).toBe(true);
  });
});
