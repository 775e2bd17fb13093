import * as v from 'valibot';
import { CODE_LIMITS, cleanName } from './result-code';
import { type KeyValueStorage, readJson, writeJson } from './storage';

const KEY = 'phoenix-ops:player-name';
const Schema = v.object({ version: v.literal(1), name: v.pipe(v.string(), v.maxLength(200)) });

/** The display name the player last put on a result code ('' when none). */
export function loadPlayerName(storage: KeyValueStorage): string {
  const parsed = v.safeParse(Schema, readJson(storage, KEY));
  return parsed.success ? cleanName(parsed.output.name, CODE_LIMITS.name) : '';
}

export function savePlayerName(storage: KeyValueStorage, name: string): void {
  writeJson(storage, KEY, { version: 1, name: cleanName(name, CODE_LIMITS.name) });
}
