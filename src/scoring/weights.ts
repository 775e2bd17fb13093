// Every weight and threshold of the scoring engine, in one place. Hours are simulated working hours.
import type { ScenarioId } from '../engine';

export const COMPONENTS = ['business', 'flow', 'feedback', 'learning'] as const;
export type ComponentName = (typeof COMPONENTS)[number];

/** A measure earns 1 at `good` or better, 0 at `bad` or worse, linearly between. */
export interface Ramp {
  good: number;
  bad: number;
}

/**
 * Every measure is an outcome the business or the team feels. None is a setting the player chose
 * (batch size, WIP per person, improvement share, approval mode, an investment): practices earn their
 * points only through what they did to these outcomes (see practices.ts).
 */
export const MEASURES = {
  // Business outcome
  shipped: { good: 1, bad: 0 }, // share of the goal's features shipped by the goal's day
  value: { good: 1.5, bad: 0.2 }, // value delivered / value the goal's features were worth when new
  outage: { good: 0, bad: 2 }, // outage hours / the goal's outage allowance (revenue lost follows them)
  // Flow (DORA speed, and what the customer waits)
  leadTime: { good: 8, bad: 80 }, // median lead time for changes (first work → live), hours
  deployFrequency: { good: 2, bad: 0.2 }, // deployments per working day
  customerLeadTime: { good: 24, bad: 120 }, // median customer lead time (request → live), hours
  // Feedback (DORA stability, and quality)
  mttd: { good: 0.5, bad: 8 }, // hours to detect
  mttr: { good: 2, bad: 24 }, // time to restore, hours
  changeFailure: { good: 0.05, bad: 0.45 }, // share of deployments that caused a failure
  escaped: { good: 0.05, bad: 0.6 }, // defects that reached Live per request shipped
  // Learning
  debtEnd: { good: 0.2, bad: 0.8 }, // technical debt at the end
  unplanned: { good: 0.08, bad: 0.4 }, // share of work hours that were unplanned (fires, rework)
} as const satisfies Record<string, Ramp>;

export type MeasureName = keyof typeof MEASURES;

/** Which measures make up each component, and their shares of it. */
export const COMPONENT_MEASURES: Record<ComponentName, Partial<Record<MeasureName, number>>> = {
  business: { shipped: 0.45, value: 0.25, outage: 0.3 },
  flow: { leadTime: 0.4, deployFrequency: 0.25, customerLeadTime: 0.35 },
  feedback: { mttd: 0.2, mttr: 0.25, changeFailure: 0.3, escaped: 0.25 },
  learning: { debtEnd: 0.5, unplanned: 0.5 },
};

/** Each act weights the components of its Way; the finale weights all. Weights sum to 1. */
export const ACT_WEIGHTS: Record<ScenarioId, Record<ComponentName, number>> = {
  'first-way': { business: 0.4, flow: 0.45, feedback: 0.1, learning: 0.05 },
  'second-way': { business: 0.3, flow: 0.2, feedback: 0.45, learning: 0.05 },
  'third-way': { business: 0.4, flow: 0.2, feedback: 0.15, learning: 0.25 },
  finale: { business: 0.3, flow: 0.25, feedback: 0.25, learning: 0.2 },
};

/**
 * Minimum total for 1, 2 and 3 stars. One star: the act's basics are in place; two: most of the Way is
 * practised; three: a genuinely good run. The First Way's top band is a little lower because its player
 * has no tool yet against outages (no telemetry, tests or runbooks until the Second and Third Ways); the
 * finale's is higher: with every tool at hand, three stars need all three Ways at once.
 */
export const STAR_THRESHOLDS: Record<ScenarioId, [number, number, number]> = {
  'first-way': [400, 560, 620],
  'second-way': [450, 650, 780],
  'third-way': [450, 650, 820],
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
