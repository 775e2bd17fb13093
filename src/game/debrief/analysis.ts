// Everything the debrief shows, computed from a finished run's log: replay, metrics, score, chart
// series, the what-ifs and the lesson. Pure (no Phaser, no DOM).
import type { Metrics, Run, RunLog, Scenario, ScenarioId } from '../../engine';
import { getScenario } from '../../scenarios';
import { type ActScore, type PracticeResult, practicePoints } from '../../scoring';
import { type DebriefSeries, debriefSeries } from './series';
import {
  type ReplayOutcome,
  type RunOutcome,
  replayAndScore,
  runWhatIf,
  WHAT_IF_CHANGES,
  type WhatIfChange,
  type WhatIfResult,
} from './what-if';

export interface DebriefData {
  scenario: Scenario;
  log: RunLog;
  /** The player's own run of the log (the what-ifs follow its items). */
  run: Run;
  outcome: RunOutcome;
  series: DebriefSeries;
  /** What each practice the act unlocked earned in this run, biggest first (null: not computed). */
  practices: PracticeResult[] | null;
}

export type AnalyseResult = { ok: true; data: DebriefData } | { ok: false; reason: string };

/** Replays the player's own log exactly (strict: a log that no longer replays is reported, not guessed). */
export function analyseRun(log: RunLog, find = getScenario): AnalyseResult {
  const scenario = find(log.scenarioId);
  if (!scenario) return { ok: false, reason: 'unknown-scenario' };
  const replay: ReplayOutcome = replayAndScore(log, scenario);
  if (!replay.ok) return { ok: false, reason: replay.reason };
  const { events, metrics } = replay.outcome;
  const practices = practicePoints(log, find, { original: replay.run });
  return {
    ok: true,
    data: {
      scenario,
      log,
      run: replay.run,
      outcome: replay.outcome,
      series: debriefSeries(events, metrics),
      practices,
    },
  };
}

/** What the test hook and the comparison table show of one run. */
export interface RunSummary {
  score: ActScore;
  metrics: Metrics;
}

export const summary = (outcome: RunOutcome): RunSummary => ({
  score: outcome.score,
  metrics: outcome.metrics,
});

/** Which Way each act teaches (lesson texts live under `debrief.lesson.<way>`). */
export const ACT_WAY: Record<ScenarioId, 'firstWay' | 'secondWay' | 'thirdWay' | 'finale'> = {
  'first-way': 'firstWay',
  'second-way': 'secondWay',
  'third-way': 'thirdWay',
  finale: 'finale',
};

export interface NextTry {
  change: WhatIfChange;
  /** Score points the change would have added on the player's own run. */
  scoreGain: number;
  /** Lead time for changes (median) with the change. */
  leadTimeHours: number | null;
  /** Customer lead time (median) with the change. */
  customerLeadTimeHours: number | null;
  outageHours: number;
}

/** Every what-if of a run (six replays of a few milliseconds each), so a click only has to draw. */
export function allWhatIfs(data: DebriefData, now?: () => number): Map<WhatIfChange, WhatIfResult> {
  const results = new Map<WhatIfChange, WhatIfResult>();
  for (const change of WHAT_IF_CHANGES) {
    const result = runWhatIf(data.log, data.scenario, change, now, data.run);
    if (result) results.set(change, result);
  }
  return results;
}

/**
 * The lesson card's "try next time": of the changes this act lets the player make, the one that would
 * have raised their own score most (null when none would have).
 */
export function bestNextTry(
  data: DebriefData,
  results: Map<WhatIfChange, WhatIfResult> = allWhatIfs(data),
): NextTry | null {
  let best: NextTry | null = null;
  for (const change of WHAT_IF_CHANGES) {
    const result = results.get(change);
    if (!result || result.plan.unlocked) continue;
    const gain = result.outcome.score.total - data.outcome.score.total;
    if (gain > 0 && (!best || gain > best.scoreGain)) {
      best = {
        change,
        scoreGain: gain,
        leadTimeHours: result.outcome.metrics.leadTimeForChangesHours.p50,
        customerLeadTimeHours: result.outcome.metrics.customerLeadTimeHours.p50,
        outageHours: result.outcome.metrics.outageHours,
      };
    }
  }
  return best;
}
