import { getScenario } from '../../../scenarios';
import { type PracticeResult, practicePoints, scoreAct } from '../../../scoring';
import type { ActSession } from '../../act/act-session';
import type { WidgetHost } from '../../scenes/base-scene';
import type { Button } from '../button';
import { ResultsPanel } from './results-panel';
import type { ShareOptions } from './share-overlay';

export interface ActResults {
  panel: ResultsPanel;
  /** What each practice earned (null when it could not be computed). */
  practices: PracticeResult[] | null;
}

/** The finished act's results panel: its score and DORA keys, and what each practice earned. */
export function makeActResults(
  host: WidgetHost,
  session: ActSession,
  options: {
    share: Omit<ShareOptions, 'log'>;
    removeButton: (button: Button) => void;
    onContinue: () => void;
    onReplay: () => void;
    onShare: (open: boolean) => void;
  },
): ActResults {
  const metrics = session.metrics();
  const score = scoreAct(session.scenario, metrics);
  // What each practice earned: the run replayed with it undone (a few milliseconds per practice).
  const practices = practicePoints(session.log, getScenario, { original: session.run });
  const panel = new ResultsPanel(host, {
    scenario: session.scenario,
    metrics,
    dora: score.dora,
    score,
    practices,
    removeButton: options.removeButton,
    onContinue: options.onContinue,
    onReplay: options.onReplay,
    // The result code for the class (facilitator page): the log, the display name, the class.
    share: { log: session.log, ...options.share },
    onShare: options.onShare,
  });
  return { panel, practices };
}
