import type { SettingsStore } from '../platform/settings';
import type { Translator } from './index';

/**
 * Shows the settings' language whenever it changes. A language whose strings could not be downloaded
 * is not kept as the choice: the setting goes back to the language on screen, so the settings show
 * what the player reads and choosing the language again downloads it again. (The translator tells its
 * `onLanguageUnavailable` listeners, which say so.)
 */
export function followLanguageSetting(settings: SettingsStore, translator: Translator): { close(): void } {
  // The stored language could not be downloaded at start: the page is in English.
  if (settings.value.language !== translator.language) settings.update({ language: translator.language });
  return settings.subscribe((value) => {
    const language = value.language;
    if (language === translator.language) return;
    void translator.setLanguage(language).then((shown) => {
      if (!shown && settings.value.language === language) settings.update({ language: translator.language });
    });
  });
}
