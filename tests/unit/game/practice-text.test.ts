import { describe, expect, it } from 'vitest';
import {
  debriefPractices,
  type PracticeTextFormat,
  practiceSentence,
  resultsPractices,
  signedPoints,
} from '../../../src/game/practice-text';
import { createTranslator, SUPPORTED_LANGUAGES, type Translator } from '../../../src/i18n';
import type { PracticeResult } from '../../../src/scoring';

const fmtOf = (translator: Translator): PracticeTextFormat => ({
  t: (key, options) => translator.t(key, options),
  formatNumber: (value, options) => translator.formatNumber(value, options),
});

const RESULTS: PracticeResult[] = [
  { practice: 'small-batches', points: 84, used: true },
  { practice: 'protect-constraint', points: 1, used: true },
  { practice: 'wip-limits', points: 0, used: true },
  { practice: 'triage', points: -12, used: true },
  { practice: 'telemetry', points: 0, used: false },
];

describe('practice texts', async () => {
  const en = fmtOf(await createTranslator({ language: 'en', reportMissing: false }));

  it('the results panel names the top three used practices with signed points, biggest first', () => {
    const view = resultsPractices(RESULTS, en);
    expect(view.heading).toBe('What your practices earned');
    expect(view.rows).toEqual([
      { practice: 'small-batches', name: 'Small batches', points: '+84 points', tone: 'gain' },
      { practice: 'protect-constraint', name: 'Protecting the constraint', points: '+1 point', tone: 'gain' },
      { practice: 'wip-limits', name: 'WIP limits', points: '0 points', tone: 'none' },
    ]);
    expect(view.note).toBe('…and 1 more practice in the debrief.');
  });

  it('a practice that cost points shows its loss; unused practices are never listed', () => {
    const view = resultsPractices(
      [
        { practice: 'triage', points: -12, used: true },
        { practice: 'small-batches', points: 30, used: false },
      ],
      en,
    );
    expect(view.rows.map((r) => [r.name, r.points, r.tone])).toEqual([
      ['Triage and project freeze', '-12 points', 'loss'],
    ]);
    expect(view.note).toBeNull();
  });

  it('says plainly when no practice was used, or when points could not be computed', () => {
    const none = resultsPractices([{ practice: 'telemetry', points: 0, used: false }], en);
    expect(none.rows).toEqual([]);
    expect(none.note).toMatch(/^You used none of this act's practices/);
    expect(resultsPractices([], en).note).toBe(none.note);
    expect(resultsPractices(null, en).note).toBe('Practice points could not be computed for this run.');
  });

  it('writes one sentence per practice with the score without it', () => {
    const score = 612 + 84;
    expect(practiceSentence(RESULTS[0]!, score, en)).toBe(
      'Small batches earned you +84 points: without this practice your score would have been 612.',
    );
    expect(practiceSentence(RESULTS[1]!, score, en)).toBe(
      'Protecting the constraint earned you +1 point: without this practice your score would have been 695.',
    );
    expect(practiceSentence(RESULTS[3]!, 600, en)).toBe(
      'Triage and project freeze cost you 12 points: without this practice your score would have been 612.',
    );
    expect(practiceSentence(RESULTS[2]!, 600, en)).toBe(
      'WIP limits made no difference to your score: 600 with it or without it.',
    );
    expect(practiceSentence(RESULTS[4]!, 600, en)).toBe('Telemetry: not used in this run.');
  });

  it('lists the debrief’s practices used ones first, biggest first, then the unused ones', () => {
    const shuffled = [RESULTS[4]!, RESULTS[3]!, RESULTS[0]!, RESULTS[2]!, RESULTS[1]!];
    expect(debriefPractices(shuffled).map((r) => r.practice)).toEqual([
      'small-batches',
      'protect-constraint',
      'wip-limits',
      'triage',
      'telemetry',
    ]);
  });

  for (const language of SUPPORTED_LANGUAGES) {
    it(`${language}: every text is translated, with the numbers in the language's format`, async () => {
      const fmt = fmtOf(await createTranslator({ language, reportMissing: false }));
      const score = 1234;
      const texts = [
        ...RESULTS.map((result) => practiceSentence(result, score, fmt)),
        ...resultsPractices(RESULTS, fmt).rows.flatMap((row) => [row.name, row.points]),
        resultsPractices(RESULTS, fmt).heading,
        resultsPractices(RESULTS, fmt).note ?? '',
        resultsPractices([], fmt).note ?? '',
      ];
      for (const text of texts) {
        expect(text).not.toMatch(/practice\.|results\.|\{\{/);
        expect(text.trim()).not.toBe('');
      }
      // The score without a practice, formatted as the language writes 1,150.
      const without = fmt.formatNumber(score - 84, { maximumFractionDigits: 0 });
      expect(texts[0]).toContain(without);
      expect(texts[0]).toContain(signedPoints(84, fmt));
      expect(texts[3]).toContain(fmt.formatNumber(12));
    });
  }
});
