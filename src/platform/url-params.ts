import { ACT_IDS, type ActId } from './progress';

/**
 * Why a class link's `seed` was not used (the briefing says so instead of quietly starting a random
 * run): `empty` (`seed=`), `not-a-number` (`4711abc`, `-1`, `1e3`) or `out-of-range` (above 2147483647).
 */
export type SeedProblem = 'empty' | 'not-a-number' | 'out-of-range';

/** What the page's query string asks of the game. Unknown or malformed values are ignored. */
export interface LaunchOptions {
  /** `?e2e` or `&e2e`: expose the test hook. */
  e2e: boolean;
  /** `?renderer=canvas` forces Phaser's Canvas renderer (for comparisons); default is WebGL with fallback. */
  renderer: 'auto' | 'canvas' | 'webgl';
  /** `?scenario=<id>&seed=<n>`: a shared run (classroom links). Invalid values are dropped. */
  scenario: ActId | null;
  seed: number | null;
  /** Set when the link had a `seed` that could not be used (then `seed` is null). */
  seedProblem: SeedProblem | null;
  /** The `seed` as the link spelled it, shortened, for the message (null without a problem). */
  seedText: string | null;
  /** `&class=<name>`: the class this run is for (shown as text, at most 40 characters). */
  className: string | null;
}

const MAX_SEED = 2 ** 31 - 1;
const MAX_CLASS_NAME = 40;
const MAX_SEED_TEXT = 24;

/** A seed as a class link gives it: a whole number from 0 to 2147483647, digits only. */
export function parseSeed(text: string | null): { seed: number | null; problem: SeedProblem | null } {
  if (text === null) return { seed: null, problem: null };
  const trimmed = text.trim();
  if (trimmed === '') return { seed: null, problem: 'empty' };
  if (!/^\d+$/.test(trimmed)) return { seed: null, problem: 'not-a-number' };
  const seed = Number(trimmed);
  if (!Number.isSafeInteger(seed) || seed > MAX_SEED) return { seed: null, problem: 'out-of-range' };
  return { seed, problem: null };
}

export function parseLaunchOptions(search: string): LaunchOptions {
  const params = new URLSearchParams(search);
  const renderer = params.get('renderer');
  const scenario = params.get('scenario');
  const seedText = params.get('seed');
  const { seed, problem } = parseSeed(seedText);
  const className = params.get('class')?.trim().slice(0, MAX_CLASS_NAME) ?? '';
  const shownSeed = seedText === null ? '' : Array.from(seedText.trim()).slice(0, MAX_SEED_TEXT).join('');
  return {
    e2e: params.has('e2e'),
    renderer: renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
    scenario: (ACT_IDS as readonly string[]).includes(scenario ?? '') ? (scenario as ActId) : null,
    seed,
    seedProblem: problem,
    seedText: problem === null ? null : shownSeed,
    className: className === '' ? null : className,
  };
}
