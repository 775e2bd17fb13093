/**
 * Phaser's keyboard plugin can hand the same browser key event to a listener twice when two keys
 * are queued in one step (seen with Shift+Tab: its own duplicate check only compares with the
 * previous event). Each listener keeps a filter from this, so every press acts once.
 */
export function firstDelivery(): (event: KeyboardEvent) => boolean {
  const seen = new WeakSet<KeyboardEvent>();
  return (event) => {
    if (seen.has(event)) return false;
    seen.add(event);
    return true;
  };
}
