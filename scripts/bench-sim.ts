// npm run bench:sim — plays whole First Way acts with the policy bot (the same loop as the CLI, metrics
// included) and reports the median milliseconds per act and acts per second.
import { performance } from 'node:perf_hooks';
import { type PolicyInput, simulate } from '../src/engine/index';
import { scenarios } from '../src/scenarios/index';

const GOOD_FLOW: PolicyInput = {
  wipLimits: { dev: 3, test: 2, ops: 3 },
  batchSize: 1,
  protectConstraint: true,
};
const WARMUP = 200;
const ROUNDS = 15;
const ACTS_PER_ROUND = 100;

function playAct(seed: number, policy: PolicyInput | null): number {
  return simulate({ scenario: scenarios['first-way'], seed, policy }).metrics.itemsShipped;
}

let sink = 0;
for (let i = 0; i < WARMUP; i++) sink += playAct(i, i % 2 ? GOOD_FLOW : {});
const perAct: number[] = [];
let seed = 1000;
for (let round = 0; round < ROUNDS; round++) {
  const start = performance.now();
  for (let i = 0; i < ACTS_PER_ROUND; i++) {
    seed++;
    // Alternate the good policy and the bot playing the scenario defaults (the heavier, congested act).
    sink += playAct(seed, seed % 2 ? GOOD_FLOW : {});
  }
  perAct.push((performance.now() - start) / ACTS_PER_ROUND);
}
perAct.sort((a, b) => a - b);
const median = perAct[Math.floor(perAct.length / 2)]!;
console.log(
  JSON.stringify({
    scenario: 'first-way',
    ticksPerAct: scenarios['first-way'].days * 8,
    acts: ROUNDS * ACTS_PER_ROUND,
    medianMsPerAct: Math.round(median * 1000) / 1000,
    actsPerSecond: Math.round(1000 / median),
    fastestRoundMsPerAct: Math.round(perAct[0]! * 1000) / 1000,
    slowestRoundMsPerAct: Math.round(perAct[perAct.length - 1]! * 1000) / 1000,
    checksum: sink,
  }),
);
