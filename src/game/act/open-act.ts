import type { Scenario } from '../../engine';
import {
  noticeSetAsideAct,
  readActSave,
  type SavedSpeed,
  setAsideAct,
  setAsideReasonOf,
} from '../../platform/act-save';
import type { KeyValueStorage, SetAsideReason } from '../../platform/storage';
import { randomSeed } from '../../shared/random-seed';
import { ActSession } from './act-session';

export interface OpenedAct {
  session: ActSession;
  /** The speed a resumed act had when it was saved (paused stays paused); undefined for a new act. */
  savedSpeed: SavedSpeed | undefined;
  /** Why the saved act could not be resumed (it was set aside and a new act started), if so. */
  notResumed: SetAsideReason | null;
}

/**
 * Starts an act, or continues its saved run when asked. A save that cannot be resumed is set aside
 * under its own key (the act card tells of it), not silently replaced by the new act's save.
 */
export function openAct(
  storage: KeyValueStorage,
  scenario: Scenario,
  options: { seed?: number; resume?: boolean },
): OpenedAct {
  const saved = options.resume ? readActSave(storage, scenario.id) : null;
  const resumed = saved?.status === 'ok' ? ActSession.resume(saved.saved.log, saved.saved.tick) : null;
  const session = resumed ?? ActSession.start(scenario, options.seed ?? randomSeed());
  const notResumed =
    saved && !resumed ? (setAsideReasonOf(saved) ?? (saved.status === 'ok' ? 'replay' : null)) : null;
  if (notResumed) {
    setAsideAct(storage, scenario.id, notResumed);
    // The act tells the player with a toast; the card need not announce it again.
    noticeSetAsideAct(storage, scenario.id);
  }
  const savedSpeed = resumed && saved?.status === 'ok' ? saved.saved.speed : undefined;
  return { session, savedSpeed, notResumed };
}
