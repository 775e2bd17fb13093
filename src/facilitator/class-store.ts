// The facilitator's class survives a reload: the verified codes are kept in this browser's storage
// (never sent anywhere) and re-verified when the page opens. "Clear class" empties it.
import * as v from 'valibot';
import { CODE_LIMITS } from '../platform/result-code';
import { type KeyValueStorage, readJson, writeJson } from '../platform/storage';

const KEY = 'phoenix-ops:facilitator-class';
const MAX_CODES = 2000;
const Schema = v.object({
  version: v.literal(1),
  codes: v.pipe(v.array(v.pipe(v.string(), v.maxLength(CODE_LIMITS.codeLength))), v.maxLength(MAX_CODES)),
});

export function loadClassCodes(storage: KeyValueStorage): string[] {
  const parsed = v.safeParse(Schema, readJson(storage, KEY));
  return parsed.success ? parsed.output.codes : [];
}

/** Returns false when the browser refused (full or blocked storage): the class still works for now. */
export function saveClassCodes(storage: KeyValueStorage, codes: readonly string[]): boolean {
  return writeJson(storage, KEY, { version: 1, codes: codes.slice(0, MAX_CODES) });
}
