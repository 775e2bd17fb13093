// Why a pasted code was refused, as the i18n key the facilitator page shows. A code from another
// version of the game says which way: made with an earlier version (ask the player to play the act
// again) or with a newer one (update this page).
import { engineVersionAge } from '../platform/engine-version';
import type { RejectedCode } from './verify';

const REASON_KEYS: Record<string, string> = {
  'not-a-code': 'notACode',
  'unknown-format': 'unknownFormat',
  truncated: 'truncated',
  damaged: 'damaged',
  'too-large': 'tooLarge',
  invalid: 'invalid',
  'engine-version': 'engineVersion',
  'unknown-scenario': 'unknownScenario',
  'does-not-replay': 'doesNotReplay',
  'not-a-standard-act': 'notAStandardAct',
  'class-full': 'classFull',
};

/** The `resultCode.reason.*` key for a rejected code (its `detail` fills `{{detail}}`). */
export function reasonKey(rejected: Pick<RejectedCode, 'reason' | 'detail'>): string {
  if (rejected.reason === 'engine-version') {
    const age = engineVersionAge(rejected.detail);
    if (age === 'older') return 'resultCode.reason.engineVersionOlder';
    if (age === 'newer') return 'resultCode.reason.engineVersionNewer';
    return 'resultCode.reason.engineVersion';
  }
  return `resultCode.reason.${REASON_KEYS[rejected.reason] ?? 'invalid'}`;
}
