import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n';
import { formatDuration, formatPerDayValue, WORKING_DAY_HOURS } from '../../../src/i18n/format';
import { HOURS_PER_DAY } from '../../../src/scoring/weights';

describe('formatDuration', async () => {
  const en = await createTranslator({ language: 'en', reportMissing: false });
  const de = await createTranslator({ language: 'de', reportMissing: false });

  it('uses the engine’s working day (8 simulated hours), the one the DORA bands use', () => {
    expect(WORKING_DAY_HOURS).toBe(HOURS_PER_DAY);
    expect(WORKING_DAY_HOURS).toBe(8);
  });

  it('shows hours under a working day and working days from one up', () => {
    expect(formatDuration(en, 0)).toBe('0 h');
    expect(formatDuration(en, 5)).toBe('5 h');
    expect(formatDuration(en, 7.5)).toBe('7.5 h');
    expect(formatDuration(en, 8)).toBe('1 d');
    expect(formatDuration(en, 33)).toBe('4.1 d');
    expect(formatDuration(en, 38.4)).toBe('4.8 d');
  });

  it('switches on the rounded number: 7.96 h is a day, not "8 h"', () => {
    expect(formatDuration(en, 7.96)).toBe('1 d');
    expect(formatDuration(en, 7.94)).toBe('7.9 h');
  });

  it('shows a dash when there is nothing to measure', () => {
    expect(formatDuration(en, null)).toBe('–');
    expect(formatDuration(en, undefined)).toBe('–');
    expect(formatDuration(en, Number.POSITIVE_INFINITY)).toBe('–');
    expect(formatDuration(en, Number.NaN)).toBe('–');
  });

  it('writes numbers the language’s way', () => {
    expect(formatDuration(de, 33)).toBe('4,1 T');
    expect(formatDuration(de, 2.5)).toBe('2,5 h');
  });
});

describe('the debrief’s words', async () => {
  const { countedPhrase, debriefFormat, factParams } = await import('../../../src/game/ui/debrief/format');
  const en = debriefFormat(await createTranslator({ language: 'en', reportMissing: false }));
  const fr = debriefFormat(await createTranslator({ language: 'fr', reportMissing: false }));

  it('counts nouns through plural keys, by the number as shown', () => {
    expect(countedPhrase(en, 'items', 1)).toBe('1 item');
    expect(countedPhrase(en, 'items', 0.96)).toBe('1 item');
    expect(countedPhrase(en, 'items', 2.46)).toBe('2.5 items');
    expect(countedPhrase(en, 'changes', 1)).toBe('1 change');
    expect(countedPhrase(en, 'changes', 3)).toBe('3 changes');
    // French counts 1.5 as singular.
    expect(countedPhrase(fr, 'changes', 1.5)).toBe('1,5 changement');
    expect(countedPhrase(fr, 'changes', 2)).toBe('2 changements');
  });

  it('shows a score fact’s durations as the HUD does', () => {
    const params = factParams(
      { measure: 'leadTime', key: 'score.fact.leadTime', params: { value: 33, good: 24 }, pointsLost: 10 },
      en,
    );
    expect(params).toEqual({ value: '4.1 d', good: '3 d' });
    expect(en.t('score.fact.leadTime', params)).toBe('Median lead time for changes 4.1 d (target 3 d)');
    const outage = factParams(
      { measure: 'outage', key: 'score.fact.outage', params: { value: 3.5, target: 16 }, pointsLost: 0 },
      en,
    );
    expect(outage).toEqual({ value: '3.5', target: '16' });
  });
});

describe('formatPerDayValue', async () => {
  const en = await createTranslator({ language: 'en', reportMissing: false });
  const fr = await createTranslator({ language: 'fr', reportMissing: false });

  it('gives a rate two significant digits under ten and whole numbers above, the same on every screen', () => {
    expect(formatPerDayValue(en, 0.55)).toBe('0.55'); // the HUD once rounded this to "0.6"
    expect(formatPerDayValue(en, 1 / 7)).toBe('0.14');
    expect(formatPerDayValue(en, 1.25)).toBe('1.3');
    expect(formatPerDayValue(en, 2)).toBe('2');
    expect(formatPerDayValue(en, 0)).toBe('0');
    expect(formatPerDayValue(en, 12.4)).toBe('12');
  });

  it('writes numbers the language’s way', () => {
    expect(formatPerDayValue(fr, 0.55)).toBe('0,55');
  });
});
