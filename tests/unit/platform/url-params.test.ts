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

  it('says when a class link names no act, or one the game does not know', () => {
    const cases: [string, string | null, string][] = [
      ['?seed=4711abc', 'no-scenario', ''],
      ['?seed=5', 'no-scenario', ''],
      ['?class=PM&seed=5', 'no-scenario', ''],
      ['?scenario=&seed=5', 'no-scenario', ''],
      ['?scenario=%20&seed=5', 'no-scenario', ''],
      ['?scenario=nope&seed=5', 'unknown-scenario', 'nope'],
      ['?scenario=nope', 'unknown-scenario', 'nope'],
      ['?scenario=First-Way&seed=5', 'unknown-scenario', 'First-Way'],
      [`?scenario=${'x'.repeat(100)}`, 'unknown-scenario', 'x'.repeat(24)],
      ['?scenario=first-way&seed=5', null, 'first-way'],
      ['?scenario=finale', null, 'finale'],
      ['?e2e', null, ''],
      ['?renderer=canvas&e2e', null, ''],
      ['', null, ''],
    ];
    for (const [query, problem, shown] of cases) {
      const options = parseLaunchOptions(query);
      expect(options.linkProblem, query).toBe(problem);
      expect(options.scenarioText, query).toBe(shown);
      // Never an act the link did not name.
      if (problem) expect(options.scenario, query).toBeNull();
    }
  });
});
