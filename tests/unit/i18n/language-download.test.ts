import { describe, expect, it, vi } from 'vitest';
import { createTranslator, type Language } from '../../../src/i18n';
import { followLanguageSetting } from '../../../src/i18n/follow-language';
import { defaultSettings, SETTINGS_KEY, SettingsStore } from '../../../src/platform/settings';
import { memoryStorage } from '../../../src/platform/storage';

const STRINGS: Record<Language, Record<string, string>> = {
  en: { greeting: 'Hello' },
  fr: { greeting: 'Bonjour' },
  es: { greeting: 'Hola' },
  de: { greeting: 'Hallo' },
};

/** Downloads that fail for the languages in `offline` (English comes with the page and never fails). */
function network() {
  const offline = new Set<Language>();
  const asked: Language[] = [];
  const download = async (language: Language) => {
    asked.push(language);
    if (offline.has(language)) throw new TypeError('Failed to fetch dynamically imported module');
    return STRINGS[language];
  };
  return { offline, asked, download };
}

/** A translator whose downloads go through `net`. */
const translatorOn = (net: ReturnType<typeof network>, language: Language) =>
  createTranslator({ language, reportMissing: false, warn: () => {}, download: net.download });

describe('a language whose strings cannot be downloaded', () => {
  it('keeps the language on screen, says so, and downloads it again when next chosen', async () => {
    const net = network();
    const translator = await translatorOn(net, 'en');
    const told: Language[] = [];
    const changed: Language[] = [];
    translator.onLanguageUnavailable((language) => told.push(language));
    translator.onLanguageChanged((language) => changed.push(language));

    net.offline.add('fr');
    await expect(translator.setLanguage('fr')).resolves.toBe(false);
    expect(translator.language).toBe('en');
    expect(translator.t('greeting')).toBe('Hello');
    expect(told).toEqual(['fr']);
    expect(changed).toEqual([]);

    net.offline.delete('fr');
    await expect(translator.setLanguage('fr')).resolves.toBe(true);
    expect(translator.language).toBe('fr');
    expect(translator.t('greeting')).toBe('Bonjour');
    expect(changed).toEqual(['fr']);
    expect(net.asked.filter((language) => language === 'fr')).toHaveLength(2);

    // Once downloaded, it is not downloaded again.
    await translator.setLanguage('en');
    await translator.setLanguage('fr');
    expect(net.asked.filter((language) => language === 'fr')).toHaveLength(2);
  });

  it('at start: the page opens in English and the first listener is told, once', async () => {
    const net = network();
    net.offline.add('de');
    const translator = await translatorOn(net, 'de');
    expect(translator.language).toBe('en');
    expect(translator.t('greeting')).toBe('Hello');
    const first: Language[] = [];
    const second: Language[] = [];
    translator.onLanguageUnavailable((language) => first.push(language));
    translator.onLanguageUnavailable((language) => second.push(language));
    expect(first).toEqual(['de']);
    expect(second).toEqual([]);
  });

  it('a listener that closed hears nothing more', async () => {
    const net = network();
    net.offline.add('es');
    const translator = await translatorOn(net, 'en');
    const told: Language[] = [];
    translator.onLanguageUnavailable((language) => told.push(language)).close();
    await translator.setLanguage('es');
    expect(told).toEqual([]);
  });
});

describe('followLanguageSetting', () => {
  const settingsIn = (language: Language) => {
    const storage = memoryStorage();
    return {
      storage,
      settings: new SettingsStore(storage, defaultSettings({ language, prefersReducedMotion: false })),
    };
  };

  it('shows the chosen language, and puts the choice back when it cannot be downloaded', async () => {
    const net = network();
    const { storage, settings } = settingsIn('en');
    const translator = await translatorOn(net, 'en');
    followLanguageSetting(settings, translator);

    settings.update({ language: 'es' });
    await vi.waitFor(() => expect(translator.language).toBe('es'));
    expect(settings.value.language).toBe('es');

    net.offline.add('fr');
    settings.update({ language: 'fr' });
    await vi.waitFor(() => expect(settings.value.language).toBe('es'));
    expect(translator.language).toBe('es');
    expect(String(storage.getItem(SETTINGS_KEY))).toContain('"es"');

    // Choosing it again, online, downloads it.
    net.offline.delete('fr');
    settings.update({ language: 'fr' });
    await vi.waitFor(() => expect(translator.language).toBe('fr'));
    expect(settings.value.language).toBe('fr');
  });

  it('a stored language that failed at start is not shown as chosen', async () => {
    const net = network();
    net.offline.add('fr');
    const { settings } = settingsIn('fr');
    const translator = await translatorOn(net, settings.value.language);
    followLanguageSetting(settings, translator);
    expect(translator.language).toBe('en');
    expect(settings.value.language).toBe('en');
  });

  it('asks for no download when another setting changes', async () => {
    const net = network();
    const { settings } = settingsIn('en');
    const translator = await translatorOn(net, 'en');
    followLanguageSetting(settings, translator);
    const before = net.asked.length;
    settings.update({ volume: 0.2 });
    settings.update({ muted: true });
    expect(net.asked.length).toBe(before);
  });
});
