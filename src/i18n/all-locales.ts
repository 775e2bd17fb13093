// Every locale, bundled: for tests and tools that read all of them at once. The game and the
// facilitator page load only the language they show (see index.ts), so they never import this file.
import type { Language } from './languages';
import de from './locales/de.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';

export const LOCALE_RESOURCES: Record<Language, Record<string, unknown>> = { en, es, fr, de };
