// How a saved run's engine version relates to this build's: a run recorded under other rules cannot be
// replayed (its score would change), so saves, last runs and result codes from another version are
// refused with a reason the player can act on — "made with an earlier version of the game".
import { ENGINE_VERSION } from '../engine';

/** current: this build's rules; older / newer: another release of the game; other: not comparable. */
export type VersionAge = 'current' | 'older' | 'newer' | 'other';

const SEMVER = /(\d+)\.(\d+)\.(\d+)$/;

function parts(version: string): [number, number, number] | null {
  const match = SEMVER.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** Compares `version` (e.g. `phoenix-sim-1.0.0`) with the engine of this build. */
export function engineVersionAge(version: string, current: string = ENGINE_VERSION): VersionAge {
  if (version === current) return 'current';
  const a = parts(version);
  const b = parts(current);
  const prefix = (v: string) => v.replace(SEMVER, '');
  if (!a || !b || prefix(version) !== prefix(current)) return 'other';
  for (let i = 0; i < 3; i++) {
    if (a[i]! < b[i]!) return 'older';
    if (a[i]! > b[i]!) return 'newer';
  }
  return 'other';
}
