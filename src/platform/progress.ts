import * as v from 'valibot';
import { type KeyValueStorage, readJson, writeJson } from './storage';

export const PROGRESS_KEY = 'phoenix-ops:progress';
export const PROGRESS_VERSION = 1;

/** The acts in the order they unlock. */
export const ACT_IDS = ['first-way', 'second-way', 'third-way', 'finale'] as const;
export type ActId = (typeof ACT_IDS)[number];

export interface ActRecord {
  bestStars: number;
  bestScore: number;
  completed: boolean;
}

export type Progress = Partial<Record<ActId, ActRecord>>;

const ActRecordSchema = v.object({
  bestStars: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
  bestScore: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1000)),
  completed: v.boolean(),
});
const StoredProgressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  acts: v.record(v.string(), v.unknown()),
});

/** Keeps every valid act record and drops the rest: one corrupt entry never erases the others. */
export function parseProgress(stored: unknown): Progress {
  const envelope = v.safeParse(StoredProgressSchema, stored);
  if (!envelope.success) return {};
  const progress: Progress = {};
  for (const id of ACT_IDS) {
    const record = v.safeParse(ActRecordSchema, envelope.output.acts[id]);
    if (record.success) progress[id] = record.output;
  }
  return progress;
}

export function isUnlocked(progress: Progress, act: ActId): boolean {
  const index = ACT_IDS.indexOf(act);
  if (index <= 0) return true;
  const previous = ACT_IDS[index - 1];
  return previous !== undefined && progress[previous]?.completed === true;
}

export class ProgressStore {
  private current: Progress;

  constructor(private readonly storage: KeyValueStorage) {
    this.current = parseProgress(readJson(storage, PROGRESS_KEY));
  }

  get value(): Readonly<Progress> {
    return this.current;
  }

  isUnlocked(act: ActId): boolean {
    return isUnlocked(this.current, act);
  }

  /** Records a finished act, keeping the best result. */
  recordResult(act: ActId, result: { stars: number; score: number }): boolean {
    const previous = this.current[act];
    this.current = {
      ...this.current,
      [act]: {
        bestStars: Math.max(previous?.bestStars ?? 0, result.stars),
        bestScore: Math.max(previous?.bestScore ?? 0, result.score),
        completed: true,
      },
    };
    return writeJson(this.storage, PROGRESS_KEY, { version: PROGRESS_VERSION, acts: this.current });
  }
}
