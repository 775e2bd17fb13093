// A made-up class for tests and the benchmark: full acts played by the policy bot with varied
// policies and seeds, each turned into the result code a player would hand in.
import { type PolicyInput, type ScenarioId, simulate } from '../engine';
import { encodeResultCode } from '../platform/result-code';
import { scenarios } from '../scenarios';

const NAMES = [
  'Ada',
  'Grace',
  'Linus',
  'Margaret',
  'Kai',
  'Noor',
  'Mateo',
  'Yuki',
  'Amara',
  'Sven',
  'Priya',
  'Tomás',
  'Ingrid',
  'Oluwaseun',
  'Chen',
  'Zofia',
  'Ravi',
  'Leila',
  'Jonas',
  'Ana',
  'Dmitri',
  'Fatima',
  'Hugo',
  'Mei',
] as const;

/** The policy of the i-th player: batch size, WIP limits, improvement time and investments vary. */
export function samplePolicy(i: number): PolicyInput {
  const limited = i % 5 !== 0;
  return {
    batchSize: [1, 2, 3, 4, 6, 8, 12][i % 7]!,
    wipLimits: limited ? { dev: 1 + (i % 4), test: 1 + (i % 3), ops: 1 + ((i >> 1) % 3) } : null,
    protectConstraint: i % 4 !== 1,
    improvementShare: [0, 0.05, 0.1, 0.2, 0.3][i % 5]!,
    investments: i % 2 === 0 ? ['telemetry', 'test-automation'] : [],
    stopTheLine: i % 5 === 2,
  };
}

export interface SamplePlayer {
  code: string;
  name: string;
  seed: number;
  policy: PolicyInput;
}

export function sampleClass(
  count: number,
  options: { scenario?: ScenarioId; seed?: number; sameSeed?: boolean; className?: string } = {},
): SamplePlayer[] {
  const scenario = scenarios[options.scenario ?? 'first-way'];
  const players: SamplePlayer[] = [];
  for (let i = 0; i < count; i++) {
    const seed = options.sameSeed ? (options.seed ?? 4711) : (options.seed ?? 4711) + i;
    const policy = samplePolicy(i);
    const { run } = simulate({ scenario, seed, policy });
    const name = `${NAMES[i % NAMES.length]!}${i >= NAMES.length ? ` ${Math.floor(i / NAMES.length) + 1}` : ''}`;
    players.push({
      code: encodeResultCode({ log: run.log, name, className: options.className ?? 'Onboarding' }),
      name,
      seed,
      policy,
    });
  }
  return players;
}
