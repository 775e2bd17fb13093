// Practice points: what each practice earned in *this* run. The run's score minus the score of the
// same log replayed with that practice undone (design §4). Nothing here knows which practice "should"
// win: a practice that hurt the run gets negative points.
import {
  type Command,
  type Counterfactual,
  computeMetrics,
  type Investment,
  type Mechanic,
  type Run,
  type RunLog,
  reapplies,
  replayCounterfactual,
  replayLog,
  type Scenario,
  type Settings,
} from '../engine';
import { scoreAct } from './score';

export type PracticeName =
  | 'small-batches'
  | 'wip-limits'
  | 'protect-constraint'
  | 'triage'
  | 'telemetry'
  | 'test-automation'
  | 'stop-the-line'
  | 'peer-review'
  | 'improvement-time'
  | 'deploy-automation'
  | 'runbooks'
  | 'cross-training'
  | 'chaos-drills'
  | 'post-mortems';

interface PracticeSpec {
  /** The act must have unlocked one of these for the practice to count. */
  mechanics: Mechanic[];
  /** How the practice is undone: the commands that set it are left out, and these hold from hour 0. */
  undo(): Counterfactual;
  /**
   * Whether a player command puts the practice in effect (default: any command the undo would drop
   * that does not merely restate the undone setting).
   */
  uses?(command: Command, defaults: Settings): boolean;
}

const investment = (name: Investment): PracticeSpec => ({
  mechanics: [name],
  undo: () => ({ drops: (c) => c.type === 'invest' && c.investment === name, initial: [] }),
});

/** Every practice, in the order the acts introduce them. */
export const PRACTICE_SPECS: Record<PracticeName, PracticeSpec> = {
  // Undone: back to the act's status-quo release size and cadence, no hand-triggered deploys.
  'small-batches': {
    mechanics: ['batch-size'],
    undo: () => ({
      drops: (c) => c.type === 'setBatchSize' || c.type === 'setReleaseCadence' || c.type === 'deploy',
      initial: [],
    }),
    // Smaller than the status quo, or released by hand: a bigger batch is not "small batches".
    uses: (c, defaults) =>
      c.type === 'deploy' ||
      (c.type === 'setBatchSize' && c.size < defaults.batchSize) ||
      (c.type === 'setReleaseCadence' &&
        c.hours !== null &&
        (defaults.releaseCadenceHours === null || c.hours < defaults.releaseCadenceHours)),
  },
  'wip-limits': {
    mechanics: ['wip-limits'],
    undo: () => ({
      drops: (c) => c.type === 'setWipLimit',
      initial: (['dev', 'test', 'ops'] as const).map(
        (stage): Command => ({ type: 'setWipLimit', stage, limit: null }),
      ),
    }),
  },
  'protect-constraint': {
    mechanics: ['protect-constraint'],
    undo: () => ({
      drops: (c) => c.type === 'protectConstraint',
      initial: [{ type: 'protectConstraint', on: false }],
    }),
  },
  // Undone: every request accepted as it comes (the auto-accept), no project freeze.
  triage: {
    mechanics: ['triage', 'project-freeze'],
    undo: () => ({
      drops: (c) => c.type === 'triage' || c.type === 'holdTriage' || c.type === 'projectFreeze',
      initial: [{ type: 'projectFreeze', on: false }],
    }),
  },
  telemetry: investment('telemetry'),
  'test-automation': investment('test-automation'),
  'stop-the-line': {
    mechanics: ['stop-the-line'],
    undo: () => ({ drops: (c) => c.type === 'stopTheLine', initial: [{ type: 'stopTheLine', on: false }] }),
  },
  // Undone: the change-approval board (on top of peer review).
  'peer-review': {
    mechanics: ['change-approval'],
    undo: () => ({
      drops: (c) => c.type === 'setChangeApproval',
      initial: [{ type: 'setChangeApproval', mode: 'cab' }],
    }),
  },
  'improvement-time': {
    mechanics: ['improvement-share'],
    undo: () => ({
      drops: (c) => c.type === 'setImprovementShare',
      initial: [{ type: 'setImprovementShare', share: 0 }],
    }),
  },
  'deploy-automation': investment('deploy-automation'),
  runbooks: investment('runbooks'),
  'cross-training': investment('cross-training'),
  'chaos-drills': investment('chaos-drills'),
  'post-mortems': investment('post-mortems'),
};

export const PRACTICES = Object.keys(PRACTICE_SPECS) as PracticeName[];

/** The practices an act has unlocked, in the order the acts introduce them. */
export function practicesOf(scenario: Scenario): PracticeName[] {
  return PRACTICES.filter((name) =>
    PRACTICE_SPECS[name].mechanics.some((m) => scenario.mechanics.includes(m)),
  );
}

export interface PracticeResult {
  practice: PracticeName;
  /** Score of the run minus score of the run with this practice undone (negative: it hurt). */
  points: number;
  /** False when the practice was never in effect in this run (then its points are 0, without a replay). */
  used: boolean;
}

/** Would this command change nothing in a fresh run of the act (the setting is already so)? */
function alreadySo(command: Command, defaults: Settings): boolean {
  switch (command.type) {
    case 'setWipLimit':
      return defaults.wipLimits[command.stage] === command.limit;
    case 'protectConstraint':
      return defaults.protectConstraint === command.on;
    case 'projectFreeze':
      return defaults.projectFreeze === command.on;
    case 'stopTheLine':
      return defaults.stopTheLine === command.on;
    case 'setChangeApproval':
      return defaults.changeApproval === command.mode;
    case 'setImprovementShare':
      return defaults.improvementShare === command.share;
    default:
      return false;
  }
}

function storyUsed(log: RunLog, scenario: Scenario, undo: Counterfactual): boolean {
  // A story option (chosen, or the default) that applies the practice counts as using it.
  for (const beat of scenario.storyBeats) {
    const chosen = log.commands.find(([, c]) => c.type === 'chooseStoryOption' && c.beatId === beat.id);
    const optionId =
      chosen && chosen[1].type === 'chooseStoryOption' ? chosen[1].optionId : beat.defaultOptionId;
    const option = beat.options.find((o) => o.id === optionId);
    if (option?.effects.some((e) => e.kind === 'command' && reapplies(e.command, undo))) return true;
  }
  return false;
}

/** Whether the practice was ever in effect: set by a command, a story option, or the act's defaults. */
function practiceUsed(log: RunLog, scenario: Scenario, spec: PracticeSpec, undo: Counterfactual): boolean {
  if (!undo.initial.every((c) => alreadySo(c, scenario.defaults))) return true;
  const uses = spec.uses ?? ((c: Command) => reapplies(c, undo));
  if (log.commands.some(([, c]) => uses(c, scenario.defaults))) return true;
  return storyUsed(log, scenario, undo);
}

export interface PracticePointsOptions {
  /** The player's run of this log, if already replayed (saves one replay). */
  original?: Run | undefined;
}

/**
 * Points each unlocked practice earned in the run of `log`, biggest first. null when the log does not
 * replay (another engine version, an unknown act, a rejected command).
 */
export function practicePoints(
  log: RunLog,
  findScenario: (id: string) => Scenario | undefined,
  options: PracticePointsOptions = {},
): PracticeResult[] | null {
  const scenario = findScenario(log.scenarioId);
  if (!scenario) return null;
  let original = options.original;
  if (!original) {
    const replay = replayLog(log, findScenario);
    if (!replay.ok) return null;
    original = replay.run;
  }
  const score = scoreAct(scenario, computeMetrics(original.events)).total;
  const results: PracticeResult[] = [];
  for (const practice of practicesOf(scenario)) {
    const spec = PRACTICE_SPECS[practice];
    const undo = spec.undo();
    if (!practiceUsed(log, scenario, spec, undo)) {
      results.push({ practice, points: 0, used: false });
      continue;
    }
    const replay = replayCounterfactual(log, findScenario, undo, original);
    if (!replay.ok) return null;
    const without = scoreAct(scenario, computeMetrics(replay.run.events)).total;
    results.push({ practice, points: score - without, used: true });
  }
  // Biggest first; ties keep the order the acts introduce the practices.
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => b.result.points - a.result.points || a.index - b.index)
    .map(({ result }) => result);
}

/** `{ practice: points }` for the CLI's JSON and the CSVs. */
export function practiceRecord(results: readonly PracticeResult[]): Partial<Record<PracticeName, number>> {
  const record: Partial<Record<PracticeName, number>> = {};
  for (const { practice, points } of results) record[practice] = points;
  return record;
}
