// What the test hook reads from the debrief scene (registered by the scene while it is shown).
import type { Metrics } from '../../engine';
import type { ActScore, PracticeResult } from '../../scoring';
import type { NextTry, RunSummary } from './analysis';
import type { DebriefSeries } from './series';
import type { WhatIfChange } from './what-if';

export interface WhatIfSnapshot {
  change: WhatIfChange;
  original: RunSummary;
  changed: RunSummary;
  /** Player commands the change replaced. */
  replaced: number;
  /** Milliseconds the replay and scoring took in the page. */
  elapsedMs: number | null;
}

/** What the debrief shows: `window.__phoenix.debrief()`. */
export interface DebriefSnapshot {
  scenario: string;
  seed: number;
  score: number;
  stars: number;
  components: ActScore['components'];
  dora: ActScore['dora'];
  metrics: Metrics;
  series: DebriefSeries;
  nextTry: NextTry | null;
  /** Practice points, as the Practices tab shows them (null: not computed). */
  practices: PracticeResult[] | null;
  tab: string;
  /** The what-if on show, if any. */
  whatIf: WhatIfSnapshot | null;
  /** Per chart with a category axis: its categories (bars) and how many are labelled on the axis. */
  chartAxes: Record<string, { categories: number; labels: number }>;
  /** Per chart: the font sizes (CSS px) its axis ticks and its legend are drawn at (null: no legend). */
  chartFonts: Record<string, { ticks: number; legend: number | null }>;
}

export interface DebriefHookTarget {
  snapshot(): DebriefSnapshot;
  /** Shows the what-if for this change, as a click would; rejects an unknown change. */
  whatIf(change: string): WhatIfSnapshot;
}
