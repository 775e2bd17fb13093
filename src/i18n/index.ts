import i18next, { type i18n, type TOptions } from 'i18next';
import { FALLBACK_LANGUAGE, type Language, SUPPORTED_LANGUAGES } from './languages';
import en from './locales/en.json';

export * from './languages';

type Resource = Record<string, unknown>;

/**
 * English is the fallback and comes with the page; the other languages load when first chosen, so a
 * player downloads only the language they read.
 */
const LOCALE_LOADERS: Record<Language, () => Promise<Resource>> = {
  en: async () => en,
  es: async () => (await import('./locales/es.json')).default,
  fr: async () => (await import('./locales/fr.json')).default,
  de: async () => (await import('./locales/de.json')).default,
};

export interface Translator {
  readonly language: Language;
  t(key: string, options?: TOptions): string;
  setLanguage(language: Language): Promise<void>;
  /** Calls `listener` after every language change; `close()` stops it. */
  onLanguageChanged(listener: (language: Language) => void): { close(): void };
  /** Formats a number with the current language's conventions. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

interface TranslatorOptions {
  language: Language;
  /** Report each missing key once (development builds). */
  reportMissing: boolean;
  warn?: (message: string) => void;
  /** Replaces the bundled locales (tests). */
  resources?: Partial<Record<Language, Record<string, unknown>>>;
}

/** One i18next instance per game; no global singleton, so tests and the facilitator page get their own. */
export async function createTranslator(options: TranslatorOptions): Promise<Translator> {
  const instance: i18n = i18next.createInstance();
  const reported = new Set<string>();
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const given = options.resources;
  const loaded = new Map<Language, Resource>();
  /** The language's strings, loading them once; a language that fails to load falls back to English. */
  const load = async (language: Language): Promise<Resource> => {
    const known = loaded.get(language);
    if (known) return known;
    let resource: Resource;
    try {
      resource = given ? (given[language] ?? {}) : await LOCALE_LOADERS[language]();
    } catch {
      warn(`[i18n] could not load ${language}; showing English`);
      resource = {};
    }
    loaded.set(language, resource);
    return resource;
  };
  const initial = [...new Set<Language>([FALLBACK_LANGUAGE, options.language])];
  const resources = Object.fromEntries(
    await Promise.all(initial.map(async (language) => [language, { translation: await load(language) }])),
  );
  await instance.init({
    lng: options.language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    resources,
    interpolation: { escapeValue: false }, // Phaser text is not HTML.
    returnNull: false,
  });
  // i18next only calls its missing-key handler when no language has the key; we also want to
  // hear about a key that silently fell back to English.
  const reportIfMissing = (key: string, tOptions: TOptions | undefined) => {
    const language = instance.language;
    const id = `${language}:${key}`;
    if (reported.has(id)) return;
    if (instance.exists(key, { ...tOptions, lng: language, fallbackLng: [] })) return;
    reported.add(id);
    warn(`[i18n] missing key "${key}" for ${language}`);
  };
  let inflight: { language: Language; promise: Promise<void> } | null = null;
  // Making an Intl.NumberFormat costs far more than using one, and a board shows dozens of numbers
  // with a handful of option sets: one formatter per language and options.
  const formatters = new Map<string, Intl.NumberFormat>();
  const numberFormat = (language: string, numberOptions: Intl.NumberFormatOptions | undefined) => {
    const key = `${language}|${numberOptions ? JSON.stringify(numberOptions) : ''}`;
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new Intl.NumberFormat(language, numberOptions);
      formatters.set(key, formatter);
    }
    return formatter;
  };
  return {
    get language() {
      return instance.language as Language;
    },
    t: (key, tOptions) => {
      if (options.reportMissing) reportIfMissing(key, tOptions);
      return instance.t(key, tOptions ?? {}) as string;
    },
    setLanguage: (language) => {
      // One change per language at a time: settings and the test hook may both ask for it.
      if (inflight?.language === language) return inflight.promise;
      if (language === instance.language) return Promise.resolve();
      const promise = load(language)
        .then((resource) => {
          if (!instance.hasResourceBundle(language, 'translation'))
            instance.addResourceBundle(language, 'translation', resource);
          return instance.changeLanguage(language);
        })
        .then(() => undefined);
      inflight = { language, promise };
      void promise.finally(() => {
        if (inflight?.promise === promise) inflight = null;
      });
      return promise;
    },
    onLanguageChanged: (listener) => {
      const handler = (language: string) => listener(language as Language);
      instance.on('languageChanged', handler);
      return { close: () => instance.off('languageChanged', handler) };
    },
    formatNumber: (value, numberOptions) => numberFormat(instance.language, numberOptions).format(value),
  };
}
