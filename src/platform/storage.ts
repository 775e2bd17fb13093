import * as v from 'valibot';

/** The part of the Web Storage API the game uses; injected so tests and private windows can supply their own. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A storage that keeps working when the browser's does not: every value is also kept in memory, so
 * the visit goes on as if it were saved, and the first failure (a throwing, full or missing
 * localStorage) is remembered and told to listeners — the game says once that progress cannot be
 * kept in this browser. A failed write still throws, so `writeJson` reports it to its caller.
 */
export class GuardedStorage implements KeyValueStorage {
  private readonly memory = new Map<string, string | null>();
  private failedState: boolean;
  private readonly listeners = new Set<() => void>();
  private noticeGiven = false;

  /** `backing` null: no browser storage at all (absent, or refused before the game started). */
  constructor(private readonly backing: KeyValueStorage | null) {
    this.failedState = backing === null;
  }

  /** True once the browser's storage has failed (or was never there): nothing more is kept. */
  get failed(): boolean {
    return this.failedState;
  }

  /** Calls `listener` at the first failure (at once if storage has failed already). */
  onFailure(listener: () => void): { close(): void } {
    if (this.failedState) {
      listener();
      return { close: () => undefined };
    }
    this.listeners.add(listener);
    return { close: () => this.listeners.delete(listener) };
  }

  /** True exactly once after a failure: whoever gets `true` tells the player. */
  takeNotice(): boolean {
    if (!this.failedState || this.noticeGiven) return false;
    this.noticeGiven = true;
    return true;
  }

  getItem(key: string): string | null {
    if (this.memory.has(key)) return this.memory.get(key) ?? null;
    if (!this.backing) return null;
    try {
      return this.backing.getItem(key);
    } catch {
      this.fail();
      return null;
    }
  }

  setItem(key: string, value: string): void {
    this.memory.set(key, value);
    if (!this.backing) throw new Error('Storage is not available');
    try {
      this.backing.setItem(key, value);
      // Saved for real: the browser's copy is the one to read from now on.
      if (!this.failedState) this.memory.delete(key);
    } catch (error) {
      this.fail();
      throw error;
    }
  }

  removeItem(key: string): void {
    this.memory.set(key, null);
    if (!this.backing) return;
    try {
      this.backing.removeItem(key);
      if (!this.failedState) this.memory.delete(key);
    } catch {
      this.fail();
    }
  }

  private fail(): void {
    if (this.failedState) return;
    this.failedState = true;
    for (const listener of [...this.listeners]) listener();
    this.listeners.clear();
  }
}

/**
 * The browser's localStorage behind a guard; when the browser refuses it (private mode, blocked
 * cookies, absent) an in-memory store that says it has failed.
 */
export function browserStorage(scope: { localStorage?: Storage } = globalThis): GuardedStorage {
  try {
    const storage = scope.localStorage;
    if (!storage) return new GuardedStorage(null);
    const probe = '__phoenix-ops-probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return new GuardedStorage(storage);
  } catch {
    return new GuardedStorage(null);
  }
}

export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** Reads the raw string without throwing; a refusing storage reads as nothing. */
export function readRaw(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Reads JSON without throwing: a corrupt value reads as `undefined`. */
export function readJson(storage: KeyValueStorage, key: string): unknown {
  const raw = readRaw(storage, key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes JSON; a full or blocked storage is reported, never thrown. */
export function writeJson(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Why a stored run was set aside instead of being resumed or debriefed. */
export const SET_ASIDE_REASONS = ['older', 'newer', 'other', 'damaged', 'replay'] as const;
export type SetAsideReason = (typeof SET_ASIDE_REASONS)[number];

/** A stored value the game could not use, kept whole under its own key rather than thrown away. */
export interface SetAside {
  reason: SetAsideReason;
  /** When it was set aside (ms since 1970). */
  at: number;
  /** True once the player has been shown it and moved on (the data itself stays). */
  noticed: boolean;
  /** The value exactly as it was stored. */
  raw: string | null;
}

const SET_ASIDE_VERSION = 1;
const SetAsideSchema = v.object({
  version: v.literal(SET_ASIDE_VERSION),
  reason: v.picklist(SET_ASIDE_REASONS),
  at: v.pipe(v.number(), v.finite()),
  noticed: v.boolean(),
  raw: v.nullable(v.string()),
});

export const setAsideKey = (key: string) => `${key}:set-aside`;

/**
 * Moves the value under `key` to `key:set-aside` with the reason, then removes it from `key`, so a
 * new save can take its place. Returns false when the browser refused (nothing is removed then).
 */
export function setAside(
  storage: KeyValueStorage,
  key: string,
  reason: SetAsideReason,
  now = Date.now(),
): boolean {
  const record: SetAside & { version: number } = {
    version: SET_ASIDE_VERSION,
    reason,
    at: now,
    noticed: false,
    raw: readRaw(storage, key),
  };
  if (!writeJson(storage, setAsideKey(key), record)) return false;
  try {
    storage.removeItem(key);
  } catch {
    // The set-aside copy exists; the old value is replaced at the next save.
  }
  return true;
}

/** What was set aside under `key`, or null (nothing, or unreadable). */
export function readSetAside(storage: KeyValueStorage, key: string): SetAside | null {
  const parsed = v.safeParse(SetAsideSchema, readJson(storage, setAsideKey(key)));
  if (!parsed.success) return null;
  const { reason, at, noticed, raw } = parsed.output;
  return { reason, at, noticed, raw };
}

/** Marks what was set aside under `key` as seen: it is no longer announced, but stays stored. */
export function noticeSetAside(storage: KeyValueStorage, key: string): void {
  const current = readSetAside(storage, key);
  if (!current || current.noticed) return;
  writeJson(storage, setAsideKey(key), { version: SET_ASIDE_VERSION, ...current, noticed: true });
}
