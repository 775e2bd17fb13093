// What the class's own numbers show: leaderboards, chart points and the debrief sentences. Pure: the
// page formats numbers through the translator it passes in.
import type { ScenarioId } from '../engine';
import { DORA_BANDS, type DoraBand, type DoraKeys, PRACTICES, type PracticeName } from '../scoring';
import type { VerifiedResult } from './verify';

export const ACT_ORDER: readonly ScenarioId[] = ['first-way', 'second-way', 'third-way', 'finale'];
export const DORA_KEYS: readonly (keyof DoraKeys)[] = [
  'deploymentFrequency',
  'leadTime',
  'changeFailureRate',
  'timeToRestore',
];

/** The small-batch line the First Way teaches: at most this many changes per release. */
export const SMALL_BATCH = 2;
/** Improvement time of at least this share counts as "invested" (the Third Way's target is ~20%). */
export const IMPROVEMENT_INVESTED = 0.1;

export function median(values: readonly number[]): number | null {
  const sorted = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function actsPresent(results: readonly VerifiedResult[]): ScenarioId[] {
  return ACT_ORDER.filter((act) => results.some((result) => result.scenario === act));
}

export interface Ranked {
  rank: number;
  result: VerifiedResult;
}

/** Best score first; equal scores share a rank; then by name so the order is stable. */
export function leaderboard(results: readonly VerifiedResult[], act: ScenarioId): Ranked[] {
  const sorted = results
    .filter((result) => result.scenario === act)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.code.localeCompare(b.code));
  let rank = 0;
  return sorted.map((result, index) => {
    if (index === 0 || sorted[index - 1]!.score !== result.score) rank = index + 1;
    return { rank, result };
  });
}

export interface Point {
  x: number;
  y: number;
  name: string;
}

/**
 * Batch size (changes per release) against median lead time for changes; players who never released
 * are left out.
 */
export function batchPoints(results: readonly VerifiedResult[]): Point[] {
  return results.flatMap((r) =>
    r.metrics.avgReleaseSize !== null && r.metrics.leadTimeP50 !== null
      ? [{ x: r.metrics.avgReleaseSize, y: r.metrics.leadTimeP50, name: r.name }]
      : [],
  );
}

/** Improvement share (0–1) against outage hours. */
export function improvementPoints(results: readonly VerifiedResult[]): Point[] {
  return results.map((r) => ({ x: r.metrics.improvementShare, y: r.metrics.outageHours, name: r.name }));
}

/** For each DORA key, the players in each band. */
export function doraDistribution(
  results: readonly VerifiedResult[],
): Record<keyof DoraKeys, Record<DoraBand, string[]>> {
  const out = {} as Record<keyof DoraKeys, Record<DoraBand, string[]>>;
  for (const key of DORA_KEYS) {
    const bands = Object.fromEntries(DORA_BANDS.map((band) => [band, [] as string[]])) as Record<
      DoraBand,
      string[]
    >;
    for (const result of results) bands[result.dora[key]].push(result.name);
    out[key] = bands;
  }
  return out;
}

export interface Formatter {
  hours(value: number): string;
  percent(value: number): string;
  number(value: number, digits?: number): string;
  /** A practice's name in the page's language. */
  practice(name: PracticeName): string;
  /** Points with their sign ("+84", "−12"). */
  points(value: number): string;
}

export interface PracticeSpread {
  practice: PracticeName;
  /** The points of each player who used the practice (those who did not are left out). */
  players: { name: string; points: number }[];
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

/**
 * For each practice the act unlocked (in the order the acts introduce them), the points it earned
 * each player who used it: the class's spread of what the practice did for their outcomes.
 */
export function practiceSpread(results: readonly VerifiedResult[]): PracticeSpread[] {
  const unlocked = new Set<PracticeName>();
  for (const result of results) for (const r of result.practices ?? []) unlocked.add(r.practice);
  return PRACTICES.filter((practice) => unlocked.has(practice)).map((practice) => {
    const players = results.flatMap((result) => {
      const r = result.practices?.find((p) => p.practice === practice);
      return r?.used ? [{ name: result.name, points: r.points }] : [];
    });
    const points = players.map((p) => p.points);
    return {
      practice,
      players,
      mean: points.length > 0 ? points.reduce((a, b) => a + b, 0) / points.length : null,
      median: median(points),
      min: points.length > 0 ? Math.min(...points) : null,
      max: points.length > 0 ? Math.max(...points) : null,
    };
  });
}

export interface Insight {
  /** An i18n key under `facilitator.insight`. */
  key: string;
  params: Record<string, string | number>;
}

/** Compares two medians: which way the data points, with a 10% margin for "about the same". */
function direction(a: number, b: number): 'lower' | 'higher' | 'same' {
  if (Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b), 1e-9)) return 'same';
  return a < b ? 'lower' : 'higher';
}

/**
 * The sentences of the debrief, computed from the class's results for one act: each states what the
 * data shows (which way, by how much, for how many players), never a canned conclusion.
 */
export function classInsights(results: readonly VerifiedResult[], format: Formatter): Insight[] {
  if (results.length < 2) return [{ key: 'facilitator.insight.tooFew', params: { count: results.length } }];
  const insights: Insight[] = [];
  const scores = results.map((r) => r.score);
  insights.push({
    key: 'facilitator.insight.scores',
    params: {
      total: results.length,
      median: format.number(median(scores) ?? 0, 0),
      min: format.number(Math.min(...scores), 0),
      max: format.number(Math.max(...scores), 0),
    },
  });

  // Batch size against lead time.
  const released = results.filter((r) => r.metrics.avgReleaseSize !== null && r.metrics.leadTimeP50 !== null);
  const small = released.filter((r) => (r.metrics.avgReleaseSize ?? 0) <= SMALL_BATCH);
  const large = released.filter((r) => (r.metrics.avgReleaseSize ?? 0) > SMALL_BATCH);
  const lead = (group: VerifiedResult[]) => median(group.map((r) => r.metrics.leadTimeP50 ?? Number.NaN));
  const smallLead = lead(small);
  const largeLead = lead(large);
  if (smallLead !== null && largeLead !== null) {
    const which = direction(smallLead, largeLead);
    insights.push({
      key: `facilitator.insight.batch.${which}`,
      params: {
        batch: SMALL_BATCH,
        small: small.length,
        large: large.length,
        smallLead: format.hours(smallLead),
        largeLead: format.hours(largeLead),
        ratio: format.number(
          which === 'lower' ? largeLead / Math.max(smallLead, 0.1) : smallLead / Math.max(largeLead, 0.1),
          1,
        ),
      },
    });
  } else if (released.length > 0) {
    insights.push({
      key: smallLead !== null ? 'facilitator.insight.batch.allSmall' : 'facilitator.insight.batch.allLarge',
      params: { batch: SMALL_BATCH, count: released.length, lead: format.hours((smallLead ?? largeLead)!) },
    });
  }

  // Improvement time against outages.
  const invested = results.filter((r) => r.metrics.improvementShare >= IMPROVEMENT_INVESTED);
  const notInvested = results.filter((r) => r.metrics.improvementShare < IMPROVEMENT_INVESTED);
  const outage = (group: VerifiedResult[]) => median(group.map((r) => r.metrics.outageHours));
  const investedOutage = outage(invested);
  const otherOutage = outage(notInvested);
  if (investedOutage !== null && otherOutage !== null) {
    insights.push({
      key: `facilitator.insight.improvement.${direction(investedOutage, otherOutage)}`,
      params: {
        share: format.percent(IMPROVEMENT_INVESTED),
        invested: invested.length,
        others: notInvested.length,
        investedOutage: format.hours(investedOutage),
        otherOutage: format.hours(otherOutage),
      },
    });
  } else {
    insights.push({
      key:
        investedOutage !== null
          ? 'facilitator.insight.improvement.all'
          : 'facilitator.insight.improvement.none',
      params: {
        share: format.percent(IMPROVEMENT_INVESTED),
        count: results.length,
        outage: format.hours((investedOutage ?? otherOutage)!),
      },
    });
  }

  // Practice points: which practice earned the class most, and which least (medians of its users).
  const spread = practiceSpread(results).filter((p) => p.players.length > 0);
  if (spread.length === 0) {
    insights.push({ key: 'facilitator.insight.practices.none', params: { total: results.length } });
  } else {
    const byMedian = [...spread].sort((a, b) => (b.median ?? 0) - (a.median ?? 0));
    const best = byMedian[0]!;
    const worst = byMedian[byMedian.length - 1]!;
    insights.push(
      best === worst
        ? {
            key: 'facilitator.insight.practices.one',
            params: {
              practice: format.practice(best.practice),
              points: format.points(best.median ?? 0),
              count: best.players.length,
            },
          }
        : {
            key: 'facilitator.insight.practices.range',
            params: {
              best: format.practice(best.practice),
              bestPoints: format.points(best.median ?? 0),
              bestCount: best.players.length,
              worst: format.practice(worst.practice),
              worstPoints: format.points(worst.median ?? 0),
              worstCount: worst.players.length,
            },
          },
    );
  }

  // DORA bands.
  const good = (band: DoraBand) => band === 'elite' || band === 'high';
  insights.push({
    key: 'facilitator.insight.dora',
    params: {
      total: results.length,
      lead: results.filter((r) => good(r.dora.leadTime)).length,
      deploys: results.filter((r) => good(r.dora.deploymentFrequency)).length,
      restore: results.filter((r) => good(r.dora.timeToRestore)).length,
      failure: results.filter((r) => good(r.dora.changeFailureRate)).length,
    },
  });
  return insights;
}
