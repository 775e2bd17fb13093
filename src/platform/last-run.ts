import * as v from 'valibot';
import { ENGINE_VERSION, parseRunLog, type RunLog, replayLog } from '../engine';
import { getScenario } from '../scenarios';
import { engineVersionAge, type VersionAge } from './engine-version';
import type { ActId } from './progress';
import {
  type KeyValueStorage,
  noticeSetAside,
  readJson,
  readRaw,
  readSetAside,
  type SetAside,
  type SetAsideReason,
  setAside,
  writeJson,
} from './storage';

export const LAST_RUN_VERSION = 1;
const key = (act: ActId) => `phoenix-ops:last-run:${act}`;

/** The last finished run of an act: its log (seed + commands), so the debrief can be re-opened. */
export interface LastRun {
  log: RunLog;
  /** When it finished (ms since 1970), for display only. */
  finishedAt: number;
}

const LastRunSchema = v.object({
  version: v.literal(LAST_RUN_VERSION),
  finishedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
  log: v.unknown(),
});

/** The act's last run: none, one this build can debrief, or one played under another engine version. */
export type LastRunRead =
  | { status: 'none' }
  /** Something is stored but it is not a run of this act that can be read. */
  | { status: 'damaged' }
  | { status: 'ok'; run: LastRun }
  | { status: 'other-version'; engineVersion: string; age: Exclude<VersionAge, 'current'> };

const LogHeadSchema = v.object({
  engineVersion: v.pipe(v.string(), v.maxLength(100)),
  scenarioId: v.string(),
});

/**
 * Reads the act's last finished run; nothing stored reads as "none", anything malformed (or saved
 * for another act) as "damaged".
 * The log is validated with the engine's own run-log schema; replaying it checks every command. A
 * run from another engine version is reported as such before its commands are looked at (their
 * shape may have changed with the rules).
 */
export function readLastRun(storage: KeyValueStorage, act: ActId): LastRunRead {
  if (readRaw(storage, key(act)) === null) return { status: 'none' };
  const parsed = v.safeParse(LastRunSchema, readJson(storage, key(act)));
  if (!parsed.success) return { status: 'damaged' };
  const head = v.safeParse(LogHeadSchema, parsed.output.log);
  if (!head.success || head.output.scenarioId !== act) return { status: 'damaged' };
  if (head.output.engineVersion !== ENGINE_VERSION) {
    const age = engineVersionAge(head.output.engineVersion);
    return {
      status: 'other-version',
      engineVersion: head.output.engineVersion,
      age: age === 'current' ? 'other' : age,
    };
  }
  const log = parseRunLog(parsed.output.log);
  if (!log.ok) return { status: 'damaged' };
  return { status: 'ok', run: { log: log.log, finishedAt: parsed.output.finishedAt } };
}

/** The act's last run this build can debrief, or null. */
export function loadLastRun(storage: KeyValueStorage, act: ActId): LastRun | null {
  const read = readLastRun(storage, act);
  return read.status === 'ok' ? read.run : null;
}

/**
 * Saves the act's last run. A previous one that can't be debriefed (another version, damaged, or a
 * log that does not replay) is set aside first, not overwritten unseen.
 */
export function saveLastRun(storage: KeyValueStorage, act: ActId, run: LastRun): boolean {
  const previous = readLastRun(storage, act);
  if (previous.status === 'other-version') setAside(storage, key(act), previous.age);
  else if (previous.status === 'damaged') setAside(storage, key(act), 'damaged');
  else if (previous.status === 'ok' && !replayLog(previous.run.log, getScenario).ok) {
    setAside(storage, key(act), 'replay');
  }
  return writeJson(storage, key(act), { version: LAST_RUN_VERSION, ...run });
}

export function hasLastRun(storage: KeyValueStorage, act: ActId): boolean {
  return loadLastRun(storage, act) !== null;
}

/** Keeps a last run that can't be debriefed under its own key; the act card says so. */
export function setAsideLastRun(storage: KeyValueStorage, act: ActId, reason: SetAsideReason): boolean {
  return setAside(storage, key(act), reason);
}

/** The act's last run that was set aside, if any. */
export function readSetAsideLastRun(storage: KeyValueStorage, act: ActId): SetAside | null {
  return readSetAside(storage, key(act));
}

/** The player has seen that the last run was set aside (it stays stored). */
export function noticeSetAsideLastRun(storage: KeyValueStorage, act: ActId): void {
  noticeSetAside(storage, key(act));
}
