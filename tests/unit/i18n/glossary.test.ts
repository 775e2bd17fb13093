import { describe, expect, it } from 'vitest';
import { createTranslator, SUPPORTED_LANGUAGES } from '../../../src/i18n';
import { LOCALE_RESOURCES } from '../../../src/i18n/all-locales';
import {
  BOARD_ANCHORS,
  GLOSSARY_TERMS,
  glossaryEntry,
  glossaryKeys,
  OFF_BOARD_TERMS,
  termOf,
} from '../../../src/i18n/glossary';

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('glossary', () => {
  it('names the terms the issue asks for, each once', () => {
    expect(new Set(GLOSSARY_TERMS).size).toBe(GLOSSARY_TERMS.length);
    for (const term of [
      'wip',
      'constraint',
      'batch',
      'leadTime',
      'deploymentFrequency',
      'changeFailureRate',
      'timeToRestore',
      'mttd',
      'dora',
      'bands',
    ])
      expect(GLOSSARY_TERMS).toContain(term);
  });

  for (const language of SUPPORTED_LANGUAGES) {
    it(`has a name and a definition for every term in ${language}, translated`, () => {
      for (const term of GLOSSARY_TERMS) {
        const keys = glossaryKeys(term);
        const name = lookup(LOCALE_RESOURCES[language], keys.name);
        const text = lookup(LOCALE_RESOURCES[language], keys.text);
        expect(typeof name, `${language} ${keys.name}`).toBe('string');
        expect(typeof text, `${language} ${keys.text}`).toBe('string');
        expect((text as string).length, `${language} ${keys.text}`).toBeGreaterThan(60);
        // A definition copied from English is no translation.
        if (language !== 'en') expect(text).not.toBe(lookup(LOCALE_RESOURCES.en, keys.text));
      }
    });

    it(`fills every number a definition quotes in ${language}`, async () => {
      const translator = await createTranslator({ language, reportMissing: false });
      for (const term of GLOSSARY_TERMS) {
        const entry = glossaryEntry(term, translator);
        expect(entry.text, term).not.toMatch(/{{|}}/);
        expect(entry.name, term).not.toBe(glossaryKeys(term).name);
      }
    });

    it(`spells WIP out where the First Way's tutorial first uses it, in ${language}`, () => {
      const step = lookup(LOCALE_RESOURCES[language], 'tutorial.firstWay.wip') as string;
      const board = lookup(LOCALE_RESOURCES[language], 'tutorial.firstWay.board') as string;
      expect(board).not.toContain('WIP');
      expect(step).toMatch(/WIP[^(]{0,12}\(/);
    });
  }

  it('quotes DORA’s thresholds with the game’s duration format', async () => {
    const en = await createTranslator({ language: 'en', reportMissing: false });
    expect(glossaryEntry('leadTime', en).text).toContain(
      'Elite under 1 d, high under 5 d, medium under 20 d',
    );
    expect(glossaryEntry('timeToRestore', en).text).toContain(
      'Elite under 1 h, high under 1 d, medium under 5 d',
    );
    expect(glossaryEntry('changeFailureRate', en).text).toContain('Elite at most 5%, high 10%, medium 15%');
  });

  it('gives every term that appears on the board a tooltip anchor, and only those', () => {
    const anchored = new Set(
      Object.keys(BOARD_ANCHORS).map((anchor) => termOf(anchor as keyof typeof BOARD_ANCHORS)),
    );
    for (const term of GLOSSARY_TERMS) {
      if (OFF_BOARD_TERMS.includes(term)) expect(anchored.has(term), term).toBe(false);
      else expect(anchored.has(term), term).toBe(true);
    }
    // The four DORA tiles each explain their own key.
    for (const key of ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const)
      expect(termOf(`tile-${key}`)).toBe(key);
  });
});
