// The lessons of `npm run lessons` (issue 11 §4), asserted on seeds 1–20 from the script's own
// definitions: each must go the expected way on a share of seeds (paired by seed), not on one lucky run,
// and the ratio of the means must point the same way.
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  evaluateLesson,
  expectationText,
  LESSONS,
  type LessonResult,
  lessonSeeds,
  ratioHolds,
  renderMarkdown,
} from '../../../scripts/lessons';
import { seeds } from './helpers';

const SEEDS = seeds(20);

function describeResult(r: LessonResult): string {
  return (
    `${r.act} ${r.id}: A (${r.a}) = ${r.aMean}, B (${r.b}) = ${r.bMean}, B/A = ${r.ratio}, ` +
    `expected ${expectationText(r.expect)} on ${r.expected}/${r.seeds} seeds (bar ${r.minShare})`
  );
}

describe('lessons the model teaches (npm run lessons), seeds 1–20', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.act}: ${lesson.title} — ${lesson.metric}`, () => {
      const result = evaluateLesson(lesson, SEEDS);
      // Most seeds must measure something (a metric can be null, e.g. no incident to detect).
      expect(result.seeds, describeResult(result)).toBeGreaterThanOrEqual(
        Math.ceil(0.75 * lessonSeeds(lesson, SEEDS).length),
      );
      expect(result.share ?? 0, describeResult(result)).toBeGreaterThanOrEqual(lesson.minShare);
      if (lesson.checkRatio !== false) {
        expect(ratioHolds(lesson.expect, result.ratio), describeResult(result)).toBe(true);
      }
      expect(result.holds).toBe(true);
    });
  }

  it('every lesson has a unique id and a unique (title, metric) row', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    expect(new Set(LESSONS.map((l) => `${l.title}|${l.metric}`)).size).toBe(LESSONS.length);
  });

  it("the markdown report has a table per act with every lesson's row and the sweeps", () => {
    const report = buildReport(SEEDS);
    const text = renderMarkdown(report);
    const lines = text.split('\n');
    for (const heading of ['## First Way', '## Second Way', '## Third Way']) expect(text).toContain(heading);
    for (const lesson of LESSONS) {
      const row = lines.find((line) => line.startsWith(`| ${lesson.title} `) && line.includes(lesson.metric));
      expect(row, lesson.id).toBeDefined();
    }
    expect(report.lessons.map((r) => r.id)).toEqual(LESSONS.map((l) => l.id));
    expect(report.uCurve.map((r) => r.batchSize)).toEqual([1, 2, 3, 5, 8, 10]);
    expect(report.improvement.map((r) => r.share)).toEqual([0, 0.1, 0.2, 0.3, 0.5]);
    expect(report.kingman.map((r) => r.demand)).toEqual([0.3, 0.6, 1, 1.5, 2]);
    expect(report.little.length).toBeGreaterThan(0);
    expect(text).toContain('U-curve');
    expect(text).toContain("Little's law");
    expect(text).toContain('%busy/%idle');
  });
});
