import i18next, { type i18n, type TOptions } from 'i18next';
import { RetryableImport } from '../platform/retry-import';
import { FALLBACK_LANGUAGE, type Language, SUPPORTED_LANGUAGES } from './languages';
import en from './locales/en.json';

export * from './languages';

type Resource = Record<string, unknown>;

/**
 * English is the fallback and comes with the page; the other languages load when first chosen, so a
 * player downloads only the language they read. A download that failed is asked for again the next
 * time the language is chosen (under a new URL where the browser keeps the failed import).
 */
function localeLoaders(): Record<Language, () => Promise<Resource>> {
  const es = new RetryableImport(() => import('./locales/es.json'));
  const fr = new RetryableImport(() => import('./locales/fr.json'));
  const de = new RetryableImport(() => import('./locales/de.json'));
  return {
    en: async () => en,
    es: async () => (await es.run()).default,
    fr: async () => (await fr.run()).default,
    de: async () => (await de.run()).default,
  };
}

export interface Translator {
  readonly language: Language;
  t(key: string, options?: TOptions): string;
  /**
   * Shows `language`, downloading its strings first when needed. Resolves to false when they could
   * not be downloaded: the current language stays, and the language is downloaded again when next asked for.
   */
  setLanguage(language: Language): Promise<boolean>;
  /** Calls `listener` after every language change; `close()` stops it. */
  onLanguageChanged(listener: (language: Language) => void): { close(): void };
  /**
   * Calls `listener` when a language's strings could not be downloaded; `close()` stops it. A failure
   * before anyone listened (the stored language, at start) is told to the first listener.
   */
  onLanguageUnavailable(listener: (language: Language) => void): { close(): void };
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
  /** Replaces the download of a language's strings (tests). */
  download?: (language: Language) => Promise<Resource>;
}

/** One i18next instance per game; no global singleton, so tests and the facilitator page get their own. */
export async function createTranslator(options: TranslatorOptions): Promise<Translator> {
  const instance: i18n = i18next.createInstance();
  const reported = new Set<string>();
  const warn = options.warn ?? ((message: string) => console.warn(message));
  // Where a language's strings come from: the tests' own, or the page's chunks.
  const given = options.resources;
  const loaders = localeLoaders();
  const download =
    options.download ??
    (given
      ? async (language: Language) => given[language] ?? {}
      : (language: Language) => loaders[language]());
  const loaded = new Map<Language, Resource>();
  /** The language's strings, downloading them once; null when they could not be downloaded (not kept: the next ask tries again). */
  const load = async (language: Language): Promise<Resource | null> => {
    const known = loaded.get(language);
    if (known) return known;
    try {
      const resource = await download(language);
      loaded.set(language, resource);
      return resource;
    } catch {
      warn(`[i18n] could not load ${language}`);
      return null;
    }
  };
  const unavailable = new Set<(language: Language) => void>();
  let untold: Language | null = null;
  const tellUnavailable = (language: Language) => {
    if (unavailable.size === 0) untold = language;
    for (const listener of [...unavailable]) listener(language);
  };
  const initial = [...new Set<Language>([FALLBACK_LANGUAGE, options.language])];
  const resources: Record<string, { translation: Resource }> = {};
  await Promise.all(
    initial.map(async (language) => {
      const resource = await load(language);
      if (resource) resources[language] = { translation: resource };
    }),
  );
  // The stored language could not be downloaded (offline before it was cached): start in English and say so.
  const startLanguage = resources[options.language] ? options.language : FALLBACK_LANGUAGE;
  if (startLanguage !== options.language) tellUnavailable(options.language);
  await instance.init({
    lng: startLanguage,
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
  let inflight: { language: Language; promise: Promise<boolean> } | null = null;
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
      if (language === instance.language) return Promise.resolve(true);
      const promise = load(language).then(async (resource) => {
        if (!resource) {
          tellUnavailable(language);
          return false;
        }
        if (!instance.hasResourceBundle(language, 'translation'))
          instance.addResourceBundle(language, 'translation', resource);
        await instance.changeLanguage(language);
        return true;
      });
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
    onLanguageUnavailable: (listener) => {
      unavailable.add(listener);
      if (untold) {
        const language = untold;
        untold = null;
        listener(language);
      }
      return { close: () => unavailable.delete(listener) };
    },
    formatNumber: (value, numberOptions) => numberFormat(instance.language, numberOptions).format(value),
  };
}
