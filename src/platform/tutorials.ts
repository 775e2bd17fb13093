import * as v from 'valibot';
import { ACT_IDS, type ActId } from './progress';
import { type KeyValueStorage, readJson, writeJson } from './storage';

const KEY = 'phoenix-ops:tutorials';
const VERSION = 1;
const Schema = v.object({ version: v.literal(VERSION), seen: v.array(v.string()) });

/** Which acts' tutorials the player has finished or skipped. */
export class TutorialStore {
  constructor(private readonly storage: KeyValueStorage) {}

  private read(): ActId[] {
    const parsed = v.safeParse(Schema, readJson(this.storage, KEY));
    if (!parsed.success) return [];
    return parsed.output.seen.filter((id): id is ActId => (ACT_IDS as readonly string[]).includes(id));
  }

  hasSeen(act: ActId): boolean {
    return this.read().includes(act);
  }

  markSeen(act: ActId): void {
    const seen = new Set(this.read());
    seen.add(act);
    writeJson(this.storage, KEY, { version: VERSION, seen: [...seen] });
  }

  /** "Replay tutorials" in Settings: every act shows its tutorial again. */
  reset(): void {
    writeJson(this.storage, KEY, { version: VERSION, seen: [] });
  }
}
