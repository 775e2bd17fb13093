import * as v from 'valibot';
import { parseRunLog, type RunLog } from '../engine';
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

/**
 * Reads the act's last finished run; anything malformed (or saved for another act) reads as "none".
 * The log is validated with the engine's own run-log schema; replaying it checks every command.
 */
export function loadLastRun(storage: KeyValueStorage, act: ActId): LastRun | null {
  const parsed = v.safeParse(LastRunSchema, readJson(storage, key(act)));
  if (!parsed.success) return null;
  const log = parseRunLog(parsed.output.log);
  if (!log.ok || log.log.scenarioId !== act) return null;
  return { log: log.log, finishedAt: parsed.output.finishedAt };
}

export function saveLastRun(storage: KeyValueStorage, act: ActId, run: LastRun): boolean {
  return writeJson(storage, key(act), { version: LAST_RUN_VERSION, ...run });
}

export function hasLastRun(storage: KeyValueStorage, act: ActId): boolean {
  return loadLastRun(storage, act) !== null;
}
