/** Above this a + step lifts the limit altogether ("no limit"), as the board's − / + buttons cycle. */
export const WIP_LIMIT_MAX = 12;

/**
 * The WIP limit a − or + step asks for: from "no limit" (null), − sets it at today's count (at least 1)
 * so the first click already means something, and + keeps it off; past the maximum, + lifts it.
 */
export function nextWipLimit(current: number | null, delta: 1 | -1, count: number): number | null {
  if (current === null) return delta < 0 ? Math.max(1, count) : null;
  const next = current + delta;
  if (delta > 0 && next > WIP_LIMIT_MAX) return null;
  return Math.max(1, next);
}
