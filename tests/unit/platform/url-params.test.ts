import { describe, expect, it } from 'vitest';
import { parseLaunchOptions, parseSeed } from '../../../src/platform/url-params';

describe('launch options from the query string', () => {
  it('takes a class link as given', () => {
    expect(parseLaunchOptions('?scenario=first-way&seed=4711&class=PM%20onboarding')).toMatchObject({
      scenario: 'first-way',
      seed: 4711,
      seedProblem: null,
      seedText: null,
      className: 'PM onboarding',
    });
    expect(parseLaunchOptions('?scenario=finale&seed=0').seed).toBe(0);
    expect(parseLaunchOptions('?scenario=finale&seed=2147483647').seed).toBe(2147483647);
    expect(parseLaunchOptions('?scenario=finale&seed=%204711%20').seed).toBe(4711);
  });

  it('says why a seed could not be used instead of dropping it silently', () => {
    const cases: [string, string, string][] = [
      ['4711abc', 'not-a-number', '4711abc'],
      ['-1', 'not-a-number', '-1'],
      ['1e3', 'not-a-number', '1e3'],
      ['47.11', 'not-a-number', '47.11'],
      ['2147483648', 'out-of-range', '2147483648'],
      ['99999999999999999999999', 'out-of-range', '99999999999999999999999'],
      ['', 'empty', ''],
      ['%20', 'empty', ''],
    ];
    for (const [raw, problem, shown] of cases) {
      const options = parseLaunchOptions(`?scenario=first-way&seed=${raw}`);
      expect(options, raw).toMatchObject({
        scenario: 'first-way',
        seed: null,
        seedProblem: problem,
        seedText: shown,
      });
    }
    // The text shown on the briefing is short.
    expect(parseLaunchOptions(`?seed=${'9'.repeat(200)}`).seedText).toHaveLength(24);
  });

  it('has no problem when no seed is given', () => {
    expect(parseLaunchOptions('?scenario=first-way')).toMatchObject({ seed: null, seedProblem: null });
    expect(parseLaunchOptions('')).toMatchObject({
      scenario: null,
      seed: null,
      seedProblem: null,
      e2e: false,
    });
    expect(parseSeed(null)).toEqual({ seed: null, problem: null });
    expect(parseSeed('12')).toEqual({ seed: 12, problem: null });
  });
});
