import { ACT_IDS, type ActId } from './progress';

/**
 * Why a class link's `seed` was not used (the briefing says so instead of quietly starting a random
 * run): `empty` (`seed=`), `not-a-number` (`4711abc`, `-1`, `1e3`) or `out-of-range` (above 2147483647).
 */
export type SeedProblem = 'empty' | 'not-a-number' | 'out-of-range';

/**
 * Why a class link names no act the game can open: `no-scenario` (a `seed` or `class` without a
 * `scenario`) or `unknown-scenario` (`scenario=nope`). The Title says so; no act is started.
 */
export type LinkProblem = 'no-scenario' | 'unknown-scenario';

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
  /** Set when the query looks like a class link but names no known act (then `scenario` is null). */
  linkProblem: LinkProblem | null;
  /** The `scenario` as the link spelled it, shortened, for the message ('' when there was none). */
  scenarioText: string;
}

const MAX_SEED = 2 ** 31 - 1;
const MAX_CLASS_NAME = 40;
const MAX_SEED_TEXT = 24;
const MAX_SCENARIO_TEXT = 24;

const shorten = (text: string, max: number) => Array.from(text.trim()).slice(0, max).join('');

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
  const scenarioParam = params.get('scenario');
  const scenarioText = shorten(scenarioParam ?? '', MAX_SCENARIO_TEXT);
  const scenario = (ACT_IDS as readonly string[]).includes(scenarioParam ?? '')
    ? (scenarioParam as ActId)
    : null;
  const seedText = params.get('seed');
  const { seed, problem } = parseSeed(seedText);
  const className = params.get('class')?.trim().slice(0, MAX_CLASS_NAME) ?? '';
  const looksLikeClassLink = scenarioParam !== null || seedText !== null || params.has('class');
  let linkProblem: LinkProblem | null = null;
  if (looksLikeClassLink && scenario === null) {
    linkProblem = scenarioText === '' ? 'no-scenario' : 'unknown-scenario';
  }
  return {
    e2e: params.has('e2e'),
    renderer: renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
    scenario,
    seed,
    seedProblem: problem,
    seedText: problem === null ? null : shorten(seedText ?? '', MAX_SEED_TEXT),
    className: className === '' ? null : className,
    linkProblem,
    scenarioText,
  };
}
