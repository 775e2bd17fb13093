import { ACT_IDS, type ActId } from './progress';

/** What the page's query string asks of the game. Unknown or malformed values are ignored. */
export interface LaunchOptions {
  /** `?e2e` or `&e2e`: expose the test hook. */
  e2e: boolean;
  /** `?renderer=canvas` forces Phaser's Canvas renderer (for comparisons); default is WebGL with fallback. */
  renderer: 'auto' | 'canvas' | 'webgl';
  /** `?scenario=<id>&seed=<n>`: a shared run (classroom links). Invalid values are dropped. */
  scenario: ActId | null;
  seed: number | null;
  /** `&class=<name>`: the class this run is for (shown as text, at most 40 characters). */
  className: string | null;
}

const MAX_SEED = 2 ** 31 - 1;
const MAX_CLASS_NAME = 40;

export function parseLaunchOptions(search: string): LaunchOptions {
  const params = new URLSearchParams(search);
  const renderer = params.get('renderer');
  const scenario = params.get('scenario');
  const seedText = params.get('seed');
  const seed = seedText !== null && /^\d{1,10}$/.test(seedText) ? Number(seedText) : null;
  const className = params.get('class')?.trim().slice(0, MAX_CLASS_NAME) ?? '';
  return {
    e2e: params.has('e2e'),
    renderer: renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
    scenario: (ACT_IDS as readonly string[]).includes(scenario ?? '') ? (scenario as ActId) : null,
    seed: seed !== null && seed <= MAX_SEED ? seed : null,
    className: className === '' ? null : className,
  };
}
