// The act's cards as a player meets them: playing on until a story or incident card is up, and the
// check that a card's own texts stay inside its frame. Shared by the layout, incident-card and
// dialog-focus tests.
import type { GameSession } from './game';

export type ActSnapshot = NonNullable<ReturnType<NonNullable<Window['__phoenix']>['run']>>;

const SLOW = { timeout: 90_000, polling: 100 };

/**
 * Plays on at 4× until a card of this kind is up. Other cards take their default on the way (a story
 * card, which opens with nothing focused, its first choice by Tab and Enter; an incident card fix
 * forward by Enter), and a clock a request paused (the First Way's default setting) runs on.
 */
export async function playUntilCard(s: GameSession, kind: 'story' | 'incident'): Promise<ActSnapshot> {
  await s.page.evaluate(() => window.__phoenix?.setSpeed(4));
  for (;;) {
    await s.page.waitForFunction(
      () => {
        const now = window.__phoenix?.run();
        return !!now && (now.pendingBeat !== null || now.pendingIncident !== null || now.speed === 0);
      },
      undefined,
      SLOW,
    );
    const now = (await s.page.evaluate(() => window.__phoenix?.run())) as ActSnapshot | null;
    if (!now || now.ended) throw new Error(`The act ended before a ${kind} card opened`);
    if (kind === 'story' && now.pendingBeat !== null) return now;
    // A story card is in front of an incident card while both wait.
    if (kind === 'incident' && now.pendingBeat === null && now.pendingIncident !== null) return now;
    if (now.pendingBeat !== null) {
      if ((await s.page.evaluate(() => window.__phoenix?.focused() ?? null)) === null) await s.press('Tab');
      await s.press('Enter');
      await s.page.waitForFunction((beat) => window.__phoenix?.run()?.pendingBeat !== beat, now.pendingBeat);
    } else if (now.pendingIncident !== null) {
      await s.press('Enter');
      await s.page.waitForFunction(
        (id) => window.__phoenix?.run()?.pendingIncident !== id,
        now.pendingIncident,
      );
    }
    await s.page.evaluate(() => window.__phoenix?.setSpeed(4));
  }
}

/** A card's own texts (drawn over the board, depth 2000 and up) that leave its frame or overlap each other. */
export async function cardTextProblems(
  s: GameSession,
  frame: { left: number; top: number; right: number; bottom: number },
): Promise<string[]> {
  const boxes = (await s.page.evaluate(() => window.__phoenix?.textBoxes() ?? [])).filter(
    (b) => b.depth >= 2000,
  );
  const problems: string[] = [];
  for (const b of boxes) {
    if (b.left < frame.left || b.right > frame.right || b.top < frame.top || b.bottom > frame.bottom)
      problems.push(`"${b.text}" leaves the card`);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  return problems;
}
