import { describe, expect, it } from 'vitest';
import { createTranslator, detectLanguage, SUPPORTED_LANGUAGES } from '../../../src/i18n';
import { LOCALE_RESOURCES } from '../../../src/i18n/all-locales';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object') {
      for (const [k, v] of flatten(value as Record<string, unknown>, path)) out.set(k, v);
    } else throw new Error(`${path} is neither text nor a group`);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/{{\s*([\w.]+)[^}]*}}/g)].map((m) => m[1]).sort();

/** Plural forms are compared by their base key: each language needs the forms its own plural rules use. */
function byBaseKey(flat: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of flat) {
    const base = key.replace(PLURAL_SUFFIX, '');
    out.set(base, [...(out.get(base) ?? []), value]);
  }
  return out;
}

const english = flatten(LOCALE_RESOURCES.en);

describe('locales', () => {
  for (const language of SUPPORTED_LANGUAGES) {
    describe(language, () => {
      const flat = flatten(LOCALE_RESOURCES[language]);

      it('has exactly the English keys (plural forms aside)', () => {
        expect([...byBaseKey(flat).keys()].sort()).toEqual([...byBaseKey(english).keys()].sort());
      });

      it('uses the same interpolation variables as English in every string', () => {
        const englishBases = byBaseKey(english);
        for (const [base, texts] of byBaseKey(flat)) {
          const expected = [...new Set((englishBases.get(base) ?? []).flatMap(variables))].sort();
          const actual = [...new Set(texts.flatMap(variables))].sort();
          expect(actual, base).toEqual(expected);
        }
      });

      it('has every plural form its language needs', () => {
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        const pluralBases = new Set(
          [...english.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')),
        );
        for (const base of pluralBases) {
          for (const category of categories)
            expect(flat.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
        }
      });

      it('has no empty strings', () => {
        for (const [key, value] of flat) expect(value.trim(), key).not.toBe('');
      });
    });
  }
});

describe('translator', () => {
  it('falls back to English for a missing key and reports it once', async () => {
    const warnings: string[] = [];
    const translator = await createTranslator({
      language: 'es',
      reportMissing: true,
      warn: (message) => warnings.push(message),
      resources: { en: { greeting: 'Hello', only: 'Only in English' }, es: { greeting: 'Hola' } },
    });
    expect(translator.t('greeting')).toBe('Hola');
    expect(translator.t('only')).toBe('Only in English');
    expect(translator.t('only')).toBe('Only in English');
    expect(warnings.filter((w) => w.includes('"only"'))).toHaveLength(1);
  });

  it('switches language at runtime and tells subscribers', async () => {
    const translator = await createTranslator({ language: 'en', reportMissing: false });
    const seen: string[] = [];
    const subscription = translator.onLanguageChanged((language) => seen.push(language));
    expect(translator.t('title.play')).toBe('Play');
    await translator.setLanguage('es');
    expect(translator.t('title.play')).toBe('Jugar');
    subscription.close();
    await translator.setLanguage('en');
    expect(seen).toEqual(['es']);
  });

  it('formats plurals and numbers per language', async () => {
    const translator = await createTranslator({ language: 'en', reportMissing: false });
    expect(translator.t('acts.stars', { count: 1 })).toBe('1 star');
    expect(translator.t('acts.stars', { count: 3 })).toBe('3 stars');
    expect(translator.formatNumber(1234.5)).toBe('1,234.5');
    await translator.setLanguage('es');
    expect(translator.t('acts.stars', { count: 1 })).toBe('1 estrella');
    expect(translator.formatNumber(12345.5)).toBe('12.345,5');
    await translator.setLanguage('fr');
    expect(translator.t('title.play')).toBe('Jouer');
    expect(translator.t('acts.stars', { count: 1 })).toBe('1 étoile');
    expect(translator.t('acts.stars', { count: 3 })).toBe('3 étoiles');
    expect(translator.t('acts.stars', { count: 0 })).toBe('0 étoile'); // French: 0 is singular.
    expect(translator.formatNumber(1234.5)).toBe('1\u202f234,5'); // narrow no-break space
    await translator.setLanguage('de');
    expect(translator.t('title.play')).toBe('Spielen');
    expect(translator.t('acts.stars', { count: 1 })).toBe('1 Stern');
    expect(translator.t('acts.stars', { count: 3 })).toBe('3 Sterne');
    expect(translator.formatNumber(1234.5)).toBe('1.234,5');
  });

  it('formats numbers with the options and language of each call (formatters are reused)', async () => {
    const translator = await createTranslator({ language: 'en', reportMissing: false });
    const oneDecimal = { maximumFractionDigits: 1 };
    expect(translator.formatNumber(2.345, oneDecimal)).toBe('2.3');
    expect(translator.formatNumber(2.345, { maximumFractionDigits: 2 })).toBe('2.35');
    expect(translator.formatNumber(2.345, { ...oneDecimal })).toBe('2.3');
    expect(translator.formatNumber(0.5, { style: 'percent' })).toBe('50%');
    await translator.setLanguage('de');
    expect(translator.formatNumber(2.345, oneDecimal)).toBe('2,3');
    expect(translator.formatNumber(0.5, { style: 'percent' })).toBe('50\u00a0%');
    await translator.setLanguage('en');
    expect(translator.formatNumber(2.345, oneDecimal)).toBe('2.3');
  });

  it('detects French and German from the browser list', () => {
    expect(detectLanguage(['fr-CA', 'en-US'])).toBe('fr');
    expect(detectLanguage(['de-AT'])).toBe('de');
  });
});

describe('detectLanguage', () => {
  it('takes the first supported base language of the browser list', () => {
    expect(detectLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(detectLanguage(['ja-JP', 'en-GB'])).toBe('en');
    expect(detectLanguage(['ja'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });
});
