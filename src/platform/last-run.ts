import * as v from 'valibot';
import { ENGINE_VERSION, parseRunLog, type RunLog } from '../engine';
import { engineVersionAge, type VersionAge } from './engine-version';
import type { ActId } from './progress';
import { type KeyValueStorage, readJson, writeJson } from './storage';

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
  | { status: 'ok'; run: LastRun }
  | { status: 'other-version'; engineVersion: string; age: Exclude<VersionAge, 'current'> };

const LogHeadSchema = v.object({
  engineVersion: v.pipe(v.string(), v.maxLength(100)),
  scenarioId: v.string(),
});

/**
 * Reads the act's last finished run; anything malformed (or saved for another act) reads as "none".
 * The log is validated with the engine's own run-log schema; replaying it checks every command. A
 * run from another engine version is reported as such before its commands are looked at (their
 * shape may have changed with the rules).
 */
export function readLastRun(storage: KeyValueStorage, act: ActId): LastRunRead {
  const parsed = v.safeParse(LastRunSchema, readJson(storage, key(act)));
  if (!parsed.success) return { status: 'none' };
  const head = v.safeParse(LogHeadSchema, parsed.output.log);
  if (!head.success || head.output.scenarioId !== act) return { status: 'none' };
  if (head.output.engineVersion !== ENGINE_VERSION) {
    const age = engineVersionAge(head.output.engineVersion);
    return {
      status: 'other-version',
      engineVersion: head.output.engineVersion,
      age: age === 'current' ? 'other' : age,
    };
  }
  const log = parseRunLog(parsed.output.log);
  if (!log.ok) return { status: 'none' };
  return { status: 'ok', run: { log: log.log, finishedAt: parsed.output.finishedAt } };
}

/** The act's last run this build can debrief, or null. */
export function loadLastRun(storage: KeyValueStorage, act: ActId): LastRun | null {
  const read = readLastRun(storage, act);
  return read.status === 'ok' ? read.run : null;
}

export function saveLastRun(storage: KeyValueStorage, act: ActId, run: LastRun): boolean {
  return writeJson(storage, key(act), { version: LAST_RUN_VERSION, ...run });
}

export function hasLastRun(storage: KeyValueStorage, act: ActId): boolean {
  return loadLastRun(storage, act) !== null;
}
