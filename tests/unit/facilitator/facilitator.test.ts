import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, simulate } from '../../../src/engine';
import {
  classInsights,
  doraDistribution,
  type Formatter,
  leaderboard,
  median,
  practiceSpread,
} from '../../../src/facilitator/class-stats';
import { ResultCollection, type Verify } from '../../../src/facilitator/collection';
import { CSV_COLUMNS, resultsCsv } from '../../../src/facilitator/csv';
import { reasonKey } from '../../../src/facilitator/reasons';
import { sampleClass } from '../../../src/facilitator/sample-class';
import { type VerifiedResult, verifyCode } from '../../../src/facilitator/verify';
import { SUPPORTED_LANGUAGES } from '../../../src/i18n';
import { LOCALE_RESOURCES } from '../../../src/i18n/all-locales';
import { decodeResultCode, encodeResultCode } from '../../../src/platform/result-code';
import { getScenario, scenarios } from '../../../src/scenarios';
import { PRACTICES, practicePoints, practicesOf, scoreAct } from '../../../src/scoring';

const format: Formatter = {
  hours: (value) => `${value.toFixed(1)} h`,
  percent: (value) => `${Math.round(value * 100)}%`,
  number: (value, digits = 1) => value.toFixed(digits),
  practice: (name) => `«${name}»`,
  points: (value) => (value > 0 ? `+${value}` : String(value)),
};
const verifySync: Verify = async (codes, onProgress) => {
  const out = codes.map((code) => verifyCode(code));
  onProgress(codes.length, codes.length);
  return out;
};

function fake(
  name: string,
  overrides: Partial<VerifiedResult['metrics']> & {
    score?: number;
    practices?: VerifiedResult['practices'];
  } = {},
): VerifiedResult {
  const { score = 500, practices = null, ...metrics } = overrides;
  return {
    ok: true,
    code: `PHX1.${name}`,
    name,
    className: '',
    scenario: 'first-way',
    seed: 1,
    days: 20,
    demand: 1,
    runKey: `first-way|1|x|${name}`,
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
      customerLeadTimeP50: 80,
      avgReleaseSize: 3,
      improvementShare: 0,
      outageHours: 10,
      deploymentsPerDay: 1,
      deployments: 20,
      failedDeployments: 2,
      changeFailureRate: 0.2,
      failuresPerChange: 0.1,
      mttrHours: 5,
      mttdHours: 1,
      goalFeatures: 9,
      featuresShipped: 10,
      itemsShipped: 20,
      escapedDefects: 3,
      valueDelivered: 100,
      revenueLost: 10,
      ...metrics,
    },
    practices,
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
      // Practice points, computed from the log as the game's results panel and debrief compute them.
      const decoded = decodeResultCode(player.code);
      if (!decoded.ok) throw new Error(decoded.reason);
      expect(result.practices).toEqual(practicePoints(decoded.content.log, getScenario));
    }
  });

  it('refuses a code made with an earlier version of the game, and says so', () => {
    const { run } = simulate({ scenario: scenarios['first-way'], seed: 5, policy: {} });
    const older = ENGINE_VERSION.replace(/\d+\.\d+\.\d+$/, '0.0.0');
    const code = encodeResultCode({ log: { ...run.log, engineVersion: older }, name: 'Old', className: '' });
    const result = verifyCode(code);
    expect(result).toMatchObject({ ok: false, reason: 'engine-version', detail: older });
    if (result.ok) return;
    const key = reasonKey(result);
    expect(key).toBe('resultCode.reason.engineVersionOlder');
    for (const language of SUPPORTED_LANGUAGES) {
      const reasons = (LOCALE_RESOURCES[language] as Record<string, Record<string, Record<string, string>>>)
        .resultCode!.reason!;
      expect(reasons.engineVersionOlder, language).toContain('{{detail}}');
    }
    expect(reasonKey({ reason: 'engine-version', detail: 'who-knows' })).toBe(
      'resultCode.reason.engineVersion',
    );
    expect(reasonKey({ reason: 'truncated', detail: '' })).toBe('resultCode.reason.truncated');
  });
});

describe('the class collection', () => {
  it('merges duplicates, lists bad inputs with a reason, and never lets one stop the others', async () => {
    const players = sampleClass(4);
    const collection = new ResultCollection();
    const progress: number[] = [];
    const { entries, summary } = await collection.add(
      [players[0]!.code, 'garbage', players[1]!.code.slice(0, 40), players[0]!.code, players[2]!.code].join(
        '\n',
      ),
      verifySync,
      { onProgress: (done) => progress.push(done) },
    );
    // One entry per code; the line that was not a code is counted, with an example.
    expect(entries.map((e) => (e.ok ? (e.duplicate ? 'dup' : 'ok') : e.reason))).toEqual([
      'ok',
      'truncated',
      'dup',
      'ok',
    ]);
    expect(summary).toMatchObject({ verified: 2, rejected: 1, duplicates: 1, notCodeLines: 1 });
    expect(summary.examples).toEqual(['garbage']);
    expect(progress).toEqual([3]); // each distinct code verified once
    expect(collection.results).toHaveLength(2);
    expect(collection.rejected).toHaveLength(1);
    expect(collection.notCodes).toEqual({ lines: 1, examples: ['garbage'] });
    // Pasting the class again adds nothing new.
    const again = await collection.add(`${players[0]!.code}\n${players[3]!.code}`, verifySync);
    expect(again.entries.map((e) => e.ok && e.duplicate)).toEqual([true, false]);
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

  it('spreads practice points over the players who used each practice, and names the best and worst', () => {
    const used = (points: number) => ({ points, used: true });
    const results = [
      fake('a', {
        practices: [
          { practice: 'small-batches', ...used(80) },
          { practice: 'wip-limits', ...used(-10) },
          { practice: 'triage', points: 0, used: false },
        ],
      }),
      fake('b', {
        practices: [
          { practice: 'small-batches', ...used(40) },
          { practice: 'wip-limits', ...used(20) },
          { practice: 'triage', points: 0, used: false },
        ],
      }),
      fake('c', {
        practices: [
          { practice: 'small-batches', ...used(60) },
          { practice: 'wip-limits', points: 0, used: false },
          { practice: 'triage', points: 0, used: false },
        ],
      }),
    ];
    const spread = practiceSpread(results);
    // In the order the acts introduce them; only the practices the act unlocked.
    expect(spread.map((s) => s.practice)).toEqual(['small-batches', 'wip-limits', 'triage']);
    expect(spread[0]).toMatchObject({ median: 60, mean: 60, min: 40, max: 80 });
    expect(spread[0]!.players.map((p) => p.name)).toEqual(['a', 'b', 'c']);
    expect(spread[1]).toMatchObject({ median: 5, min: -10, max: 20 });
    expect(spread[2]).toMatchObject({ players: [], median: null });
    const insight = classInsights(results, format).find((i) =>
      i.key.startsWith('facilitator.insight.practices'),
    );
    expect(insight).toEqual({
      key: 'facilitator.insight.practices.range',
      params: {
        best: '«small-batches»',
        bestPoints: '+60',
        bestCount: 3,
        worst: '«wip-limits»',
        worstPoints: '+5',
        worstCount: 2,
      },
    });
    const none = classInsights([fake('x'), fake('y')], format).find((i) =>
      i.key.startsWith('facilitator.insight.practices'),
    );
    expect(none?.key).toBe('facilitator.insight.practices.none');
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

  it('has one column per practice with the points it earned, empty where the act had not unlocked it', () => {
    const players = sampleClass(3, { scenario: 'second-way', seed: 31 });
    const results = players.map((player) => {
      const result = verifyCode(player.code);
      if (!result.ok) throw new Error(result.reason);
      return result;
    });
    const parsed = Papa.parse<string[]>(resultsCsv(results).trim(), { newline: '\r\n' }).data;
    const header = parsed[0]!;
    for (const practice of PRACTICES) expect(header).toContain(`practice.${practice}`);
    const unlocked = new Set(practicesOf(scenarios['second-way']));
    for (const row of parsed.slice(1)) {
      const result = results.find((r) => r.code === row[header.indexOf('code')])!;
      for (const practice of PRACTICES) {
        const cell = row[header.indexOf(`practice.${practice}`)];
        const earned = result.practices?.find((p) => p.practice === practice);
        if (unlocked.has(practice)) expect(Number(cell), practice).toBe(earned?.points);
        else expect(cell, practice).toBe('');
      }
      expect(Number(row[header.indexOf('lead_time_for_changes_p50_h')])).toBeCloseTo(
        result.metrics.leadTimeP50 ?? Number.NaN,
        3,
      );
    }
  });
});
