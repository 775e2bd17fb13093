import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine';
import { analyseRun } from '../../../src/game/debrief/analysis';
import { CSV_HEADER, metricsCsvRows, parseCsv, toCsv } from '../../../src/game/debrief/csv';
import { getScenario } from '../../../src/scenarios';
import { practicesOf } from '../../../src/scoring';

describe('metrics CSV', () => {
  it('round-trips quotes, commas, line breaks and non-ASCII names', () => {
    const rows = [
      ['run', 'player', 'Zoë "Ops" Muñoz, jefa de TI', '', 'señal ✓ 日本', ''],
      ['metric', 'x', 'Tiempo de entrega, p50', '3', '1.25', 'h'],
      ['note', 'multi', 'line one\nline two', '', '', ''],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(parseCsv(text)).toEqual([[...CSV_HEADER], ...rows]);
  });

  it('writes a run’s score, DORA bands, metrics and per-day series with translated labels', () => {
    const run = simulate({ scenario: getScenario('first-way')!, seed: 7, policy: { batchSize: 2 } });
    const analysed = analyseRun(run.run.log);
    if (!analysed.ok) throw new Error(analysed.reason);
    const rows = metricsCsvRows(analysed.data, {
      label: (section, key) => `«${section}, "${key}"»`,
      unit: (unit) => `ü-${unit}`,
    });
    const parsed = parseCsv(toCsv(rows));
    expect(parsed.slice(1)).toEqual(rows);
    const total = parsed.find((r) => r[0] === 'score' && r[1] === 'total');
    expect(Number(total?.[4])).toBe(analysed.data.outcome.score.total);
    const p50 = parsed.find((r) => r[1] === 'leadTimeForChangesHours.p50');
    expect(Number(p50?.[4])).toBe(analysed.data.outcome.metrics.leadTimeForChangesHours.p50);
    // One row per practice the act unlocked, named `practice.<name>`, with the points it earned.
    const practices = parsed.filter((r) => r[0] === 'practice');
    expect(practices.map((r) => r[1])).toEqual(
      practicesOf(analysed.data.scenario).map((practice) => `practice.${practice}`),
    );
    for (const result of analysed.data.practices ?? []) {
      expect(Number(practices.find((r) => r[1] === `practice.${result.practice}`)?.[4])).toBe(result.points);
    }
    expect(parsed.filter((r) => r[0] === 'cfd')).toHaveLength(6 * analysed.data.series.cfd.days.length);
    expect(parsed.find((r) => r[0] === 'dora' && r[1] === 'leadTime')?.[4]).toBe(
      analysed.data.outcome.score.dora.leadTime,
    );
  });
});
