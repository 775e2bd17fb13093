// The facilitator's class survives a reload: the verified codes are kept in this browser's storage
// (never sent anywhere) and re-verified when the page opens. "Clear class" empties it. The class link's
// act, seed and class name are kept too, so results are compared with the seed the class was given.
import * as v from 'valibot';
import { CODE_LIMITS, MAX_SEED } from '../platform/result-code';
import { type KeyValueStorage, readJson, writeJson } from '../platform/storage';
import { CLASS_LIMITS } from './collection';

const KEY = 'phoenix-ops:facilitator-class';
const SHARE_KEY = 'phoenix-ops:facilitator-share';
/** Stored entries read at most (a class keeps `CLASS_LIMITS.results`; more only come from elsewhere). */
const MAX_READ = 100_000;
const Schema = v.object({
  version: v.literal(1),
  codes: v.pipe(v.array(v.unknown()), v.maxLength(MAX_READ)),
});

export interface StoredClass {
  /** The codes to verify again (at most `CLASS_LIMITS.results`). */
  codes: string[];
  /** How many codes were stored: more than `codes.length` when the stored class was over the limit. */
  stored: number;
}

export function loadClassCodes(storage: KeyValueStorage): StoredClass {
  const parsed = v.safeParse(Schema, readJson(storage, KEY));
  if (!parsed.success) return { codes: [], stored: 0 };
  const all = parsed.output.codes.filter(
    (code): code is string => typeof code === 'string' && code.length <= CODE_LIMITS.codeLength,
  );
  return { codes: all.slice(0, CLASS_LIMITS.results), stored: all.length };
}

/** Returns false when the browser refused (full or blocked storage): the class still works for now. */
export function saveClassCodes(storage: KeyValueStorage, codes: readonly string[]): boolean {
  return writeJson(storage, KEY, { version: 1, codes: codes.slice(0, CLASS_LIMITS.results) });
}

const ShareSchema = v.object({
  act: v.pipe(v.string(), v.maxLength(40)),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SEED)),
  className: v.pipe(v.string(), v.maxLength(CODE_LIMITS.className * 4)),
});
export type ShareSettings = v.InferOutput<typeof ShareSchema>;

/** The class link last made on this page (null: none yet). */
export function loadShareSettings(storage: KeyValueStorage): ShareSettings | null {
  const parsed = v.safeParse(ShareSchema, readJson(storage, SHARE_KEY));
  return parsed.success ? parsed.output : null;
}

export function saveShareSettings(storage: KeyValueStorage, settings: ShareSettings): boolean {
  return writeJson(storage, SHARE_KEY, settings);
}
