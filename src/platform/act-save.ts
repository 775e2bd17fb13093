import * as v from 'valibot';
import { type Command, ENGINE_VERSION, type RunLog } from '../engine';
import { engineVersionAge, type VersionAge } from './engine-version';
import { ACT_IDS, type ActId } from './progress';
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

export const ACT_SAVE_VERSION = 1;
const key = (act: ActId) => `phoenix-ops:act:${act}`;

/** An unfinished act: its run log (seed + commands) and the hour it had reached. */
export interface SavedAct {
  log: RunLog;
  tick: number;
  /** The speed the act ran at when saved (0: paused); a resumed act keeps it. Older saves lack it. */
  speed?: SavedSpeed;
}

export const SAVED_SPEEDS = [0, 1, 2, 4] as const;
export type SavedSpeed = (typeof SAVED_SPEEDS)[number];

const CommandShape = v.looseObject({ type: v.string() });
const SavedActSchema = v.object({
  version: v.literal(ACT_SAVE_VERSION),
  tick: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  speed: v.optional(v.picklist(SAVED_SPEEDS)),
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
 * What is saved for an act: nothing (or nothing readable), a save this build can resume, or a save
 * made under another engine version — its rules differ, so it cannot be resumed, and the player is
 * told so rather than finding it silently gone.
 */
export type ActSaveRead =
  | { status: 'none' }
  /** Something is stored but it is not a save of this act (truncated, edited, another format). */
  | { status: 'damaged' }
  | { status: 'ok'; saved: SavedAct }
  | { status: 'other-version'; engineVersion: string; age: Exclude<VersionAge, 'current'>; tick: number };

/** Enough of a save to tell its engine version and hour, whatever else changed in its log. */
const SaveHeadSchema = v.object({
  version: v.literal(ACT_SAVE_VERSION),
  tick: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  log: v.object({ engineVersion: v.pipe(v.string(), v.maxLength(100)), scenarioId: v.picklist(ACT_IDS) }),
});

/**
 * Reads the saved act; nothing stored reads as "none", anything stored but malformed as "damaged"
 * (the caller sets it aside rather than overwrite it). The engine still validates every
 * command when the log is replayed, so a hand-edited save cannot smuggle in an impossible move.
 */
export function readActSave(storage: KeyValueStorage, act: ActId): ActSaveRead {
  if (readRaw(storage, key(act)) === null) return { status: 'none' };
  const raw = readJson(storage, key(act));
  const head = v.safeParse(SaveHeadSchema, raw);
  if (!head.success || head.output.log.scenarioId !== act) return { status: 'damaged' };
  const engineVersion = head.output.log.engineVersion;
  if (engineVersion !== ENGINE_VERSION) {
    const age = engineVersionAge(engineVersion);
    return {
      status: 'other-version',
      engineVersion,
      age: age === 'current' ? 'other' : age,
      tick: head.output.tick,
    };
  }
  const parsed = v.safeParse(SavedActSchema, raw);
  if (!parsed.success) return { status: 'damaged' };
  const { log, tick, speed } = parsed.output;
  const saved: SavedAct = { tick, log: { ...log, commands: log.commands as [number, Command][] } };
  if (speed !== undefined) saved.speed = speed;
  return { status: 'ok', saved };
}

/** The saved act this build can resume, or null (none, malformed, or from another engine version). */
export function loadAct(storage: KeyValueStorage, act: ActId): SavedAct | null {
  const read = readActSave(storage, act);
  return read.status === 'ok' ? read.saved : null;
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

/** Why a save can't be resumed, as the reason it is set aside under. */
export function setAsideReasonOf(read: ActSaveRead): SetAsideReason | null {
  if (read.status === 'other-version') return read.age;
  if (read.status === 'damaged') return 'damaged';
  return null;
}

/**
 * Keeps a save that can't be resumed (another engine version, damaged, or one that does not replay)
 * under its own key, and frees the act for a new save; the act card tells the player.
 */
export function setAsideAct(storage: KeyValueStorage, act: ActId, reason: SetAsideReason): boolean {
  return setAside(storage, key(act), reason);
}

/** The act's save that was set aside, if any. */
export function readSetAsideAct(storage: KeyValueStorage, act: ActId): SetAside | null {
  return readSetAside(storage, key(act));
}

/** The player has seen that the save was set aside (it stays stored). */
export function noticeSetAsideAct(storage: KeyValueStorage, act: ActId): void {
  noticeSetAside(storage, key(act));
}
