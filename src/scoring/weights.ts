// Every weight and threshold of the scoring engine, in one place. Hours are simulated working hours.
import type { ScenarioId } from '../engine';

export const COMPONENTS = ['business', 'flow', 'feedback', 'learning'] as const;
export type ComponentName = (typeof COMPONENTS)[number];

/** A measure earns 1 at `good` or better, 0 at `bad` or worse, linearly between. */
export interface Ramp {
  good: number;
  bad: number;
}

export const MEASURES = {
  // Business outcome
  shipped: { good: 1, bad: 0 }, // share of the goal's features shipped
  value: { good: 1, bad: 0.2 }, // value delivered / value the goal's features were worth when new
  outage: { good: 0, bad: 2 }, // outage hours / the goal's outage allowance
  // Flow
  leadTime: { good: 12, bad: 96 }, // median lead time, hours
  wip: { good: 1, bad: 3 }, // average items in Dev+Test+Ops per person
  batch: { good: 2, bad: 10 }, // average changes per release
  // Feedback
  mttd: { good: 0.5, bad: 12 }, // hours to detect
  mttr: { good: 2, bad: 24 }, // hours to restore
  changeFailure: { good: 0.05, bad: 0.5 },
  caught: { good: 0.95, bad: 0.4 }, // share of defects caught before Live
  // Learning
  improvementDistance: { good: 0, bad: 0.2 }, // |improvement share − 20%|
  debtTrend: { good: -0.15, bad: 0.25 }, // debt at the end − debt at the start
} as const satisfies Record<string, Ramp>;

export type MeasureName = keyof typeof MEASURES;

/** The improvement share the Third Way recommends (about a fifth of everyone's time). */
export const IMPROVEMENT_TARGET = 0.2;

/** Which measures make up each component, and their shares of it. */
export const COMPONENT_MEASURES: Record<ComponentName, Partial<Record<MeasureName, number>>> = {
  business: { shipped: 0.45, value: 0.25, outage: 0.3 },
  flow: { leadTime: 0.45, wip: 0.3, batch: 0.25 },
  feedback: { mttd: 0.25, mttr: 0.25, changeFailure: 0.25, caught: 0.25 },
  learning: { improvementDistance: 0.5, debtTrend: 0.5 },
};

/** Each act weights the components of its Way; the finale weights all. Weights sum to 1. */
export const ACT_WEIGHTS: Record<ScenarioId, Record<ComponentName, number>> = {
  'first-way': { business: 0.4, flow: 0.45, feedback: 0.1, learning: 0.05 },
  'second-way': { business: 0.3, flow: 0.2, feedback: 0.45, learning: 0.05 },
  'third-way': { business: 0.3, flow: 0.15, feedback: 0.15, learning: 0.4 },
  finale: { business: 0.3, flow: 0.25, feedback: 0.25, learning: 0.2 },
};

/**
 * Minimum total for 1, 2 and 3 stars. One star: the act's basics are in place; two: most of the Way is
 * practised; three: a genuinely good run. The First Way's top band is a little lower because its player
 * has no tool yet against outages (no telemetry, tests or runbooks until the Second and Third Ways); the
 * finale's is higher: with every tool at hand, three stars need all three Ways at once.
 */
export const STAR_THRESHOLDS: Record<ScenarioId, [number, number, number]> = {
  'first-way': [450, 650, 760],
  'second-way': [450, 650, 800],
  'third-way': [450, 650, 800],
  finale: [450, 650, 850],
};

export const MAX_SCORE = 1000;

// DORA bands, in simulated time: one working day is 8 hours, a week 5 working days, a month 4 weeks.
export const HOURS_PER_DAY = 8;
const DAY = HOURS_PER_DAY;
const WEEK = 5 * DAY;
const MONTH = 4 * WEEK;

/** Upper bounds of each band (the value must be below, or at most for rates); data, in one place. */
export const DORA_THRESHOLDS = {
  /** Deployments per working day: elite several a day, high daily–weekly, medium weekly–monthly. */
  deploymentFrequency: { elite: 2, high: 1 / 5, medium: 1 / 20 },
  /** Lead time for changes in hours: elite < 1 day, high < 1 week, medium < 1 month. */
  leadTimeHours: { elite: DAY, high: WEEK, medium: MONTH },
  /** Time to restore in hours: elite < 1 hour, high < 1 day, medium < 1 week. */
  timeToRestoreHours: { elite: 1, high: DAY, medium: WEEK },
  /** Change failure rate: elite ≤ 5%, high ≤ 10%, medium ≤ 15%. */
  changeFailureRate: { elite: 0.05, high: 0.1, medium: 0.15 },
} as const;
