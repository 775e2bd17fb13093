import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine';
import {
  classInsights,
  doraDistribution,
  type Formatter,
  leaderboard,
  median,
} from '../../../src/facilitator/class-stats';
import { ResultCollection, type Verify } from '../../../src/facilitator/collection';
import { CSV_COLUMNS, resultsCsv } from '../../../src/facilitator/csv';
import { sampleClass } from '../../../src/facilitator/sample-class';
import { type VerifiedResult, verifyCode } from '../../../src/facilitator/verify';
import { LOCALE_RESOURCES } from '../../../src/i18n';
import { encodeResultCode } from '../../../src/platform/result-code';
import { scenarios } from '../../../src/scenarios';
import { scoreAct } from '../../../src/scoring';

const format: Formatter = {
  hours: (value) => `${value.toFixed(1)} h`,
  percent: (value) => `${Math.round(value * 100)}%`,
  number: (value, digits = 1) => value.toFixed(digits),
};
const verifySync: Verify = async (codes, onProgress) => {
  const out = codes.map((code) => verifyCode(code));
  onProgress(codes.length, codes.length);
  return out;
};

function fake(
  name: string,
  overrides: Partial<VerifiedResult['metrics']> & { score?: number } = {},
): VerifiedResult {
  const { score = 500, ...metrics } = overrides;
  return {
    ok: true,
    code: `PHX1.${name}`,
    name,
    className: '',
    scenario: 'first-way',
    seed: 1,
    engineVersion: 'x',
    commands: 0,
    score,
    stars: 1,
    dora: {
      deploymentFrequency: 'high',
      leadTime: 'medium',
      changeFailureRate: 'low',
      timeToRestore: 'elite',
    },
    metrics: {
      leadTimeP50: 50,
      leadTimeMean: 50,
      avgReleaseSize: 3,
      improvementShare: 0,
      outageHours: 10,
      deploymentsPerDay: 1,
      changeFailureRate: 0.2,
      mttrHours: 5,
      mttdHours: 1,
      featuresShipped: 10,
      releases: 5,
      valueDelivered: 100,
      revenueLost: 10,
      ...metrics,
    },
  };
}

describe('verification', () => {
  it('recomputes the score the game showed, from the log alone', () => {
    for (const player of sampleClass(6, { scenario: 'third-way', seed: 77 })) {
      const result = verifyCode(player.code);
      if (!result.ok) throw new Error(result.reason);
      const expected = scoreAct(
        scenarios['third-way'],
        simulate({ scenario: scenarios['third-way'], seed: player.seed, policy: player.policy }).metrics,
      );
      expect(result.score).toBe(expected.total);
      expect(result.stars).toBe(expected.stars);
      expect(result.dora).toEqual(expected.dora);
      expect(result.name).toBe(player.name);
      expect(result.scenario).toBe('third-way');
    }
  });
});

describe('the class collection', () => {
  it('merges duplicates, lists bad inputs with a reason, and never lets one stop the others', async () => {
    const players = sampleClass(4);
    const collection = new ResultCollection();
    const progress: number[] = [];
    const entries = await collection.add(
      [players[0]!.code, 'garbage', players[1]!.code.slice(0, 40), players[0]!.code, players[2]!.code].join(
        '\n',
      ),
      verifySync,
      (done) => progress.push(done),
    );
    expect(entries.map((e) => (e.ok ? (e.duplicate ? 'dup' : 'ok') : e.reason))).toEqual([
      'ok',
      'not-a-code',
      'truncated',
      'dup',
      'ok',
    ]);
    expect(progress).toEqual([3]); // each distinct code verified once
    expect(collection.results).toHaveLength(2);
    expect(collection.rejected).toHaveLength(2);
    // Pasting the class again adds nothing new.
    const again = await collection.add(`${players[0]!.code}\n${players[3]!.code}`, verifySync);
    expect(again.map((e) => e.ok && e.duplicate)).toEqual([true, false]);
    expect(collection.results).toHaveLength(3);
  });
});

describe('class statistics', () => {
  it('medians and a leaderboard with shared ranks', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const board = leaderboard(
      [fake('b', { score: 700 }), fake('a', { score: 700 }), fake('c', { score: 900 })],
      'first-way',
    );
    expect(board.map((r) => [r.rank, r.result.name])).toEqual([
      [1, 'c'],
      [2, 'a'],
      [2, 'b'],
    ]);
  });

  it('states what the data shows, whichever way it points', () => {
    const smallFast = [1, 2, 3].map((i) => fake(`s${i}`, { avgReleaseSize: 1 + i / 10, leadTimeP50: 20 }));
    const largeSlow = [1, 2].map((i) => fake(`l${i}`, { avgReleaseSize: 6, leadTimeP50: 60 }));
    const [, batch] = classInsights([...smallFast, ...largeSlow], format);
    expect(batch).toEqual({
      key: 'facilitator.insight.batch.lower',
      params: { batch: 2, small: 3, large: 2, smallLead: '20.0 h', largeLead: '60.0 h', ratio: '3.0' },
    });
    const largeFast = [1, 2].map((i) => fake(`l${i}`, { avgReleaseSize: 6, leadTimeP50: 10 }));
    expect(classInsights([...smallFast, ...largeFast], format)[1]!.key).toBe(
      'facilitator.insight.batch.higher',
    );
    expect(classInsights(smallFast, format)[1]!.key).toBe('facilitator.insight.batch.allSmall');
    expect(classInsights([fake('x')], format)).toEqual([
      { key: 'facilitator.insight.tooFew', params: { count: 1 } },
    ]);

    const invested = [
      fake('i1', { improvementShare: 0.2, outageHours: 4 }),
      fake('i2', { improvementShare: 0.15, outageHours: 6 }),
    ];
    const notInvested = [fake('n1', { outageHours: 20 }), fake('n2', { outageHours: 30 })];
    const improvement = classInsights([...invested, ...notInvested], format)[2]!;
    expect(improvement.key).toBe('facilitator.insight.improvement.lower');
    expect(improvement.params).toMatchObject({
      investedOutage: '5.0 h',
      otherOutage: '25.0 h',
      invested: 2,
      others: 2,
    });
    // Every key the sentences use exists in the English locale.
    const en = LOCALE_RESOURCES.en as Record<string, Record<string, unknown>>;
    const insightKeys = en.facilitator!.insight as Record<string, unknown>;
    for (const insight of classInsights([...smallFast, ...largeSlow, ...invested], format)) {
      const path = insight.key.replace('facilitator.insight.', '').split('.');
      let node: unknown = insightKeys;
      for (const part of path) node = (node as Record<string, unknown>)[part];
      expect(typeof node, insight.key).toBe('string');
    }
  });

  it('counts every player once per DORA key', () => {
    const results = [fake('a'), fake('b'), fake('c')];
    const distribution = doraDistribution(results);
    expect(distribution.leadTime.medium).toEqual(['a', 'b', 'c']);
    for (const key of Object.keys(distribution) as (keyof typeof distribution)[]) {
      expect(Object.values(distribution[key]).flat()).toHaveLength(3);
    }
  });
});

describe('CSV export', () => {
  it('has one row per result, quotes what needs quoting and keeps formulas as text', () => {
    const { run } = simulate({ scenario: scenarios['first-way'], seed: 2, policy: { batchSize: 1 } });
    const names = ['=HYPERLINK("x")', 'Smith, Jo', 'מרים "M"', '<b>B</b>'];
    const results = names.map((name) => {
      const result = verifyCode(encodeResultCode({ log: run.log, name, className: 'A, B' }));
      if (!result.ok) throw new Error(result.reason);
      return result;
    });
    const csv = resultsCsv(results);
    const parsed = Papa.parse<string[]>(csv.trim(), { newline: '\r\n' }).data;
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed).toHaveLength(5);
    const nameColumn = parsed.slice(1).map((row) => row[0]);
    expect(nameColumn).toContain(`'=HYPERLINK("x")`);
    expect(nameColumn).toContain('Smith, Jo');
    expect(nameColumn).toContain('מרים "M"');
    expect(nameColumn).toContain('<b>B</b>');
    expect(parsed[1]![1]).toBe('A, B');
  });
});
