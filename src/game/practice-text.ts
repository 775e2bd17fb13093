// The words of practice points (what each practice earned in this run, src/scoring/practices.ts), for the
// results panel and the debrief. Pure: the caller passes its translator, so the unit tests can check the
// sentences and the scenes only draw them.
import type { PracticeName, PracticeResult } from '../scoring';

/** What the texts need of a translator (the scenes' host and the debrief's format both have it). */
export interface PracticeTextFormat {
  t(key: string, options?: Record<string, unknown>): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

/** The practices the results panel names: the ones that earned most. */
export const RESULTS_TOP = 3;

export function practiceName(practice: PracticeName, fmt: PracticeTextFormat): string {
  return fmt.t(`practice.${practice}`);
}

/** "+84", "−12", "0": points with their sign, in the player's number format. */
export function signedPoints(points: number, fmt: PracticeTextFormat): string {
  return fmt.formatNumber(points, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
}

export type PointsTone = 'gain' | 'loss' | 'none';

export const toneOf = (points: number): PointsTone => (points > 0 ? 'gain' : points < 0 ? 'loss' : 'none');

export interface PracticeRow {
  practice: PracticeName;
  name: string;
  /** "+84 points" */
  points: string;
  tone: PointsTone;
}

export interface ResultsPracticeView {
  heading: string;
  rows: PracticeRow[];
  /** Said under the rows (or instead of them): none used, more in the debrief, or not computed. */
  note: string | null;
}

export function practiceRow(result: PracticeResult, fmt: PracticeTextFormat): PracticeRow {
  return {
    practice: result.practice,
    name: practiceName(result.practice, fmt),
    points: fmt.t('practice.points', {
      count: Math.abs(result.points),
      points: signedPoints(result.points, fmt),
    }),
    tone: toneOf(result.points),
  };
}

/**
 * The results panel's practice lines: the practices the player used that earned most, biggest first,
 * with signed points (a practice that hurt shows its loss). Says so plainly when none was used.
 */
export function resultsPractices(
  results: readonly PracticeResult[] | null,
  fmt: PracticeTextFormat,
  count = RESULTS_TOP,
): ResultsPracticeView {
  const heading = fmt.t('results.practices.heading');
  if (results === null) return { heading, rows: [], note: fmt.t('results.practices.unavailable') };
  const used = results.filter((result) => result.used).sort((a, b) => b.points - a.points);
  if (used.length === 0) return { heading, rows: [], note: fmt.t('results.practices.none') };
  const rows = used.slice(0, count).map((result) => practiceRow(result, fmt));
  const more = used.length - rows.length;
  return { heading, rows, note: more > 0 ? fmt.t('results.practices.more', { count: more }) : null };
}

/**
 * One sentence per practice for the debrief: what it earned (or cost) and the score without it.
 * `score` is the run's total.
 */
export function practiceSentence(result: PracticeResult, score: number, fmt: PracticeTextFormat): string {
  const practice = practiceName(result.practice, fmt);
  if (!result.used) return fmt.t('practice.sentence.unused', { practice });
  const without = fmt.formatNumber(score - result.points, { maximumFractionDigits: 0 });
  if (result.points > 0) {
    return fmt.t('practice.sentence.earned', {
      practice,
      count: result.points,
      points: signedPoints(result.points, fmt),
      without,
    });
  }
  if (result.points < 0) {
    return fmt.t('practice.sentence.cost', {
      practice,
      count: -result.points,
      points: fmt.formatNumber(-result.points, { maximumFractionDigits: 0 }),
      without,
    });
  }
  return fmt.t('practice.sentence.none', {
    practice,
    score: fmt.formatNumber(score, { maximumFractionDigits: 0 }),
  });
}

/** The debrief's practices, in the order shown: used ones biggest first, then the ones not used. */
export function debriefPractices(results: readonly PracticeResult[]): PracticeResult[] {
  const used = results.filter((r) => r.used).sort((a, b) => b.points - a.points);
  return [...used, ...results.filter((r) => !r.used)];
}
