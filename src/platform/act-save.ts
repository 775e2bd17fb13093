import * as v from 'valibot';
import type { Command, RunLog } from '../engine';
import { ACT_IDS, type ActId } from './progress';
import { type KeyValueStorage, readJson, writeJson } from './storage';

export const ACT_SAVE_VERSION = 1;
const key = (act: ActId) => `phoenix-ops:act:${act}`;

/** An unfinished act: its run log (seed + commands) and the hour it had reached. */
export interface SavedAct {
  log: RunLog;
  tick: number;
}

const CommandShape = v.looseObject({ type: v.string() });
const SavedActSchema = v.object({
  version: v.literal(ACT_SAVE_VERSION),
  tick: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  log: v.object({
    engineVersion: v.string(),
    scenarioId: v.picklist(ACT_IDS),
    seed: v.pipe(v.number(), v.integer()),
    days: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365))),
    demand: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10)),
    commands: v.pipe(
      v.array(v.tuple([v.pipe(v.number(), v.integer(), v.minValue(0)), CommandShape])),
      v.maxLength(50_000),
    ),
  }),
});

/**
 * Reads the saved act; anything malformed reads as "no save". The engine still validates every
 * command when the log is replayed, so a hand-edited save cannot smuggle in an impossible move.
 */
export function loadAct(storage: KeyValueStorage, act: ActId): SavedAct | null {
  const parsed = v.safeParse(SavedActSchema, readJson(storage, key(act)));
  if (!parsed.success || parsed.output.log.scenarioId !== act) return null;
  const { log, tick } = parsed.output;
  return { tick, log: { ...log, commands: log.commands as [number, Command][] } };
}

export function saveAct(storage: KeyValueStorage, act: ActId, saved: SavedAct): boolean {
  return writeJson(storage, key(act), { version: ACT_SAVE_VERSION, ...saved });
}

export function clearAct(storage: KeyValueStorage, act: ActId): void {
  try {
    storage.removeItem(key(act));
  } catch {
    // A storage that refuses removal keeps a stale save; it is replaced at the next save.
  }
}
