import { afterEach, describe, expect, it } from 'vitest';
import { type GameSession, openGame } from './support/game';

let session: GameSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const texts = (s: GameSession) => s.page.evaluate(() => window.__phoenix?.texts() ?? []);

describe('French and German', () => {
  it('switch the Title and Settings texts and the document language, without errors', async () => {
    session = await openGame();
    await session.waitForScene('Title');
    const english = await texts(session);
    expect(english).toContain('Play');

    await session.page.evaluate(() => window.__phoenix?.setLanguage('fr'));
    await session.waitForScene('Title');
    const french = await texts(session);
    expect(french).toEqual(expect.arrayContaining(['Jouer', 'Paramètres', 'Crédits', 'Français']));
    expect(french).not.toContain('Play');
    expect(french.length).toBe(english.length);
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await session.screenshot('title-fr');

    await session.page.evaluate(() => window.__phoenix?.setLanguage('de'));
    await session.waitForScene('Title');
    const german = await texts(session);
    expect(german).toEqual(expect.arrayContaining(['Spielen', 'Einstellungen', 'Deutsch']));
    expect(german).not.toContain('Play');
    expect(german).not.toContain('Jouer');
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('de');
    await session.screenshot('title-de');

    await session.page.evaluate(() => window.__phoenix?.goto('Settings'));
    await session.waitForScene('Settings');
    // One button per language, each named in its own language.
    expect(await texts(session)).toEqual(
      expect.arrayContaining(['Sprache', 'English', 'Español', 'Français', 'Deutsch']),
    );
    await session.screenshot('settings-de');
    expect(session.errors).toEqual([]);
  });
});
