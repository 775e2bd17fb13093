// Types of the Phoenix Ops simulation. Everything here is plain JSON-serialisable data.

export type ScenarioId = 'first-way' | 'second-way' | 'third-way' | 'finale';

export type WorkType = 'feature' | 'project' | 'change' | 'incident' | 'improvement';
/** Work types that arrive from the business (incidents arrive separately; improvements are chosen). */
export type RequestType = 'feature' | 'project' | 'change';

/** The board's working stages (each has a WIP limit and a skill). */
export type WorkStage = 'dev' | 'test' | 'ops';
/**
 * Every place an item can be, exactly one at a time. `release` holds items whose Ops work is done,
 * waiting for approval and a release; `undetected` holds incidents nobody has noticed yet.
 */
export type Place =
  | 'triage'
  | 'deferred'
  | 'backlog'
  | 'dev'
  | 'test'
  | 'ops'
  | 'release'
  | 'live'
  | 'rejected'
  | 'undetected';

export const PLACES: readonly Place[] = [
  'triage',
  'deferred',
  'backlog',
  'dev',
  'test',
  'ops',
  'release',
  'live',
  'rejected',
  'undetected',
];

export type Mechanic =
  | 'wip-limits'
  | 'batch-size'
  | 'triage'
  | 'project-freeze'
  | 'protect-constraint'
  | 'telemetry'
  | 'test-automation'
  | 'stop-the-line'
  | 'change-approval'
  | 'improvement-share'
  | 'deploy-automation'
  | 'runbooks'
  | 'cross-training'
  | 'chaos-drills'
  | 'post-mortems';

export type Investment =
  | 'telemetry'
  | 'test-automation'
  | 'deploy-automation'
  | 'runbooks'
  | 'cross-training'
  | 'chaos-drills'
  | 'post-mortems';

export const INVESTMENTS: readonly Investment[] = [
  'telemetry',
  'test-automation',
  'deploy-automation',
  'runbooks',
  'cross-training',
  'chaos-drills',
  'post-mortems',
];

/** What an improvement item does when done: one of the investments, or paying down technical debt. */
export type ImprovementKind = Investment | 'debt-paydown';
export type IncidentCause = 'failed-release' | 'escaped-defect' | 'infrastructure' | 'story';
export type ChangeApproval = 'cab' | 'peer-review';
export type TriageDecision = 'accept' | 'defer' | 'reject';
export type BlockReason = 'frozen' | 'awaiting-fix' | 'awaiting-approval';

export interface WipLimits {
  dev: number | null;
  test: number | null;
  ops: number | null;
}

/** Everything the player can set (the policy bot sets the same things). */
export interface Settings {
  wipLimits: WipLimits;
  /** A release starts once at least this many approved changes wait (it takes all of them). */
  batchSize: number;
  /** Also release whatever is approved every this many hours; null = batch size only. */
  releaseCadenceHours: number | null;
  improvementShare: number;
  stopTheLine: boolean;
  protectConstraint: boolean;
  projectFreeze: boolean;
  /** Peer review always; `cab` adds a weekly change-approval board on top of it. */
  changeApproval: ChangeApproval;
}

export interface Range {
  min: number;
  max: number;
}

export interface WorkTemplate {
  effort: { dev: Range; test: Range; ops: Range };
  value: Range;
  /** Chance that the item's Ops work needs the constraint engineer. */
  constraintChance: number;
  /** Expected hidden defects injected in Dev at zero debt. */
  defectRate: number;
}

export interface StaffSpec {
  /** i18n key of the person's name, e.g. `staff.brent`. */
  nameKey: string;
  skills: { dev: number; test: number; ops: number };
  isConstraint: boolean;
  /** Can do constraint work once cross-training is done. */
  crossTrainable: boolean;
}

/** Numbers of the model that scenarios set and improvements change during a run. */
export interface ModelParams {
  arrivalsPerDay: { feature: number; project: number; change: number; infrastructureIncident: number };
  /** Most items one person juggles by default (the focus rule); more only when an incident pre-empts. */
  focusLimit: number;
  testDetection: number;
  automatedTestDetection: number;
  /** Test effort multiplier once tests are automated (fast automated suites). */
  automatedTestEffort: number;
  peerReviewDetection: number;
  cabDetection: number;
  /** Ticks within a 40-hour week at which the change-approval board meets. */
  cabMeetingHour: number;
  /**
   * Transaction cost of one release, in Ops hours, whatever its size: preparing, coordinating and
   * running a manual deploy, the approvals around it (Reinertsen's transaction cost).
   */
  deployTransactionHours: number;
  deployHoursPerChange: number;
  /** Chance that one change breaks a release by itself (configuration, environment). */
  deployRiskPerChange: number;
  /**
   * Integration risk: each change's chance of bringing an integration defect into a release grows by
   * this much for every other change in it (changes interact; a big release is more than the sum of
   * its changes).
   */
  integrationRiskPerChange: number;
  /** Chance that a hidden defect breaks the release rather than escaping to Live. */
  defectBreaksReleaseChance: number;
  /** Transaction cost of a release once deploys are automated (the pipeline does the work). */
  automationDeployEffort: number;
  automationDeployRisk: number;
  /** Hours to restore after a failed release once deploys are automated (rollback). */
  automatedRollbackHours: number;
  diagnoseBaseHours: number;
  /** Diagnosing a failed release means searching all of its changes. */
  diagnoseHoursPerChange: number;
  /** Multiplier on diagnosis and resolution effort once telemetry shows what broke. */
  telemetryDiagnosisFactor: number;
  /**
   * Stop-the-line: when the line stops for a found defect, the team checks the work still in Dev for
   * the same cause; each hidden defect there is found with this chance (fixed at the source, cheaply).
   */
  stopTheLineSweepDetection: number;
  /** Stop-the-line: root cause fixed after each stop, so the debt behind it falls by this much. */
  stopTheLineDebtFix: number;
  /**
   * Stop-the-line: each stop's root-cause fix keeps the same kind of defect from coming back, so the
   * defect rate of new work falls by this share (down to `defectLearningFloor`).
   */
  stopTheLineLearning: number;
  defectLearningFloor: number;
  /** Multiplier on the defect rate of new work (falls as stops teach the team; starts at 1). */
  defectRateFactor: number;
  incidentEffort: Range;
  escapedDefectOutageChance: number;
  infrastructureOutageChance: number;
  /** Hours until customers report an incident when there is no telemetry. */
  customerReportDelay: Range;
  telemetryDetectionDelay: Range;
  escapeDelay: Range;
  reworkHoursPerDefect: number;
  /** Rework grows by this fraction per day between finishing Dev and finding the defect. */
  reworkGrowthPerDay: number;
  revenuePerOutageHour: number;
  /** Fraction of a feature's value lost per day it waits (cost of delay), floored at `valueFloor`. */
  valueDecayPerDay: number;
  valueFloor: number;
  debt: number;
  /** Debt added by every request shipped (more code to maintain). */
  debtPerShippedItem: number;
  /** Debt added per extra item juggled on average while an item was developed (haste). */
  debtPerHaste: number;
  /** Debt added per defect that reaches Live (late or skipped testing: a quick patch in production). */
  debtPerEscapedDefect: number;
  /** Debt added per change beyond the first in a release (big merges, integration shortcuts). */
  debtPerReleaseChange: number;
  /** Debt added per incident resolved (workarounds under pressure). */
  debtPerIncident: number;
  /**
   * Share of the current debt one paydown item removes: the worst debt goes first, so returns
   * diminish as the code gets cleaner.
   */
  debtPaydown: number;
  /** Dev effort multiplier is 1 + debt × this. */
  debtEffortFactor: number;
  /** Test and Ops effort multiplier is 1 + debt × this (fragile, hand-built infrastructure). */
  debtOpsEffortFactor: number;
  /** Defect rate multiplier is 1 + debt × this. */
  debtDefectFactor: number;
  /** Infrastructure incident rate multiplier is 1 + debt × this. */
  debtIncidentFactor: number;
  /** Defect rate multiplier is 1 + (average items juggled in Dev − 1) × this. */
  hasteDefectFactor: number;
  autoTriageHours: number;
  deferHours: number;
  storyTimeoutHours: number;
  /** Multiplier on incident resolution effort (chaos drills lower it). */
  resolutionFactor: number;
  /** Multiplier on how often the constraint is needed (runbooks lower it). */
  constraintNeedFactor: number;
  /**
   * A manual deploy needs the constraint engineer's knowledge (they are the one who knows how); once
   * runbooks write it down or deploys are automated, anyone with Ops skills can deploy.
   */
  manualDeployNeedsConstraint: boolean;
  /** Swarmers beyond the first add this fraction of an hour each (communication overhead). */
  swarmEfficiency: number;
  maxSwarm: number;
}

export interface WorkItem {
  id: number;
  type: WorkType;
  /** For improvements: what they change; for incidents: their cause. */
  kind: ImprovementKind | IncidentCause | null;
  place: Place;
  createdAt: number;
  /** Tick each place was entered and left (the latest visit). */
  enteredAt: Partial<Record<Place, number>>;
  leftAt: Partial<Record<Place, number>>;
  effort: { dev: number; test: number; ops: number };
  /** Skill the current piece of work needs (null: nothing left to do in this place). */
  need: WorkStage | null;
  remaining: number;
  /** Business value when created; features decay while they wait. */
  value: number;
  needsConstraint: boolean;
  /** Uniform draw fixed at creation: the item needs the constraint when it is below the current chance. */
  constraintRoll: number;
  /** Uniform draw fixed at creation so the same item gets the same defects whatever the policy. */
  defectRoll: number;
  hiddenDefects: number;
  foundDefects: number;
  /** True while found defects are being reworked (drawn red on the board). */
  defectOpen: boolean;
  injected: boolean;
  tested: boolean;
  /** First tick anyone worked on it (the first commit, for requests): the start of lead time for changes. */
  firstWorkAt: number | null;
  /** Productive hours spent on it: a juggled hour counts at its productive share (flow efficiency). */
  activeHours: number;
  /** Sum and count, over hours of Dev work, of how many items the developer juggled (haste). */
  devJuggleSum: number;
  devJuggleHours: number;
  /** Staff ids working it. */
  assignees: number[];
  blocked: BlockReason | null;
  lastTouchedTick: number;
  approved: boolean;
  releaseId: number | null;
  /** Priority: invested improvements and story work jump the backlog. */
  expedite: boolean;
  triageDeadline: number | null;
  deferredUntil: number | null;
  constraintQueuedAt: number | null;
  /** Effort of the constraint work when it joined the constraint's queue. */
  constraintEffort: number;
  reviewed: boolean;
  // Incident fields (null for other types)
  outage: boolean;
  detectAt: number | null;
  detectedAt: number | null;
  resolvedAt: number | null;
  /** For incidents of failed releases: the release whose items wait for the fix. */
  brokenReleaseId: number | null;
  /** For incidents from a release (failed, or a defect it shipped): that release (change failure rate). */
  causedByReleaseId: number | null;
}

export interface Staff {
  id: number;
  nameKey: string;
  skills: { dev: number; test: number; ops: number };
  isConstraint: boolean;
  crossTrainable: boolean;
  /** Can do work flagged for the constraint engineer. */
  canDoConstraintWork: boolean;
  holding: number[];
  /** Fraction of the last hour spent working (including switching overhead). */
  busyLastHour: number;
}

export interface Release {
  id: number;
  itemIds: number[];
  startedAt: number;
  remaining: number;
  deployerId: number | null;
}

export interface ScheduledEscape {
  tick: number;
  itemId: number;
  /** The release that shipped the defect. */
  releaseId: number;
  outage: boolean;
}

export interface PendingBeat {
  beatId: string;
  firedAt: number;
}

export interface HoursWorked {
  planned: number;
  unplanned: number;
  improvement: number;
  switching: number;
  /** Hours the constraint engineer spent on fires (incidents, rework) and escalations (work not needing them). */
  constraintUnplanned: number;
  /** Hours the constraint engineer spent working (switching losses excluded). */
  constraintWorked: number;
}

export interface SimState {
  engineVersion: string;
  scenarioId: ScenarioId;
  seed: number;
  tick: number;
  endTick: number;
  /** Two PRNG streams: arrivals do not depend on the player's choices, outcomes do. */
  rng: { arrivals: number; outcomes: number };
  mechanics: Mechanic[];
  params: ModelParams;
  settings: Settings;
  templates: Scenario['templates'];
  investmentWork: Scenario['investmentWork'];
  items: WorkItem[];
  places: Record<Place, number[]>;
  staff: Staff[];
  constraintStaffId: number;
  release: Release | null;
  nextReleaseId: number;
  lastReleaseAt: number;
  deployRequested: boolean;
  scheduledEscapes: ScheduledEscape[];
  investments: Partial<Record<Investment, 'in-progress' | 'done'>>;
  telemetry: boolean;
  testAutomation: boolean;
  deployAutomation: boolean;
  runbooks: boolean;
  hoursWorked: HoursWorked;
  pendingBeat: PendingBeat | null;
  /** The player holds the triage countdowns (they are looking at the request): see `holdTriage`. */
  triageHeld: boolean;
  firedBeats: string[];
  storyBeats: StoryBeat[];
}

// ---- Scenarios (data) ----

export type StoryEffect =
  | { kind: 'command'; command: Command }
  | {
      kind: 'spawn';
      workType: RequestType | 'improvement';
      count: number;
      expedite: boolean;
      needsConstraint: boolean;
      valueMultiplier: number;
    }
  | { kind: 'incident'; outage: boolean; effortHours: number; needsConstraint: boolean }
  | { kind: 'scale-arrivals'; workType: RequestType | 'infrastructureIncident'; factor: number }
  | { kind: 'add-debt'; amount: number }
  | { kind: 'revenue-per-outage-hour'; factor: number };

export interface StoryOption {
  id: string;
  labelKey: string;
  effects: StoryEffect[];
}

export interface StoryBeat {
  id: string;
  tick: number;
  titleKey: string;
  bodyKey: string;
  /** Option applied when nobody chooses within `storyTimeoutHours`. */
  defaultOptionId: string;
  options: StoryOption[];
}

export interface ScenarioGoal {
  /** i18n key describing the goal; the numbers below fill it. */
  textKey: string;
  featuresShipped: number;
  byDay: number;
  maxOutageHours: number;
}

export interface Scenario {
  id: ScenarioId;
  titleKey: string;
  days: number;
  mechanics: Mechanic[];
  goal: ScenarioGoal;
  defaults: Settings;
  staff: StaffSpec[];
  templates: Record<'feature' | 'project' | 'change' | 'improvement', WorkTemplate>;
  /** Improvement work per investment (hours per stage, and whether it needs the constraint). */
  investmentWork: Record<
    ImprovementKind,
    { dev: number; test: number; ops: number; needsConstraint: boolean }
  >;
  params: ModelParams;
  initialBacklog: { feature: number; project: number; change: number };
  /** Investments already done when the act starts (carried over from earlier Ways). */
  startingInvestments: Investment[];
  storyBeats: StoryBeat[];
}

// ---- Commands ----

export type Command =
  | { type: 'setWipLimit'; stage: WorkStage; limit: number | null }
  | { type: 'setBatchSize'; size: number }
  | { type: 'setReleaseCadence'; hours: number | null }
  | { type: 'pull'; itemId: number }
  | { type: 'assign'; itemId: number; staffId: number }
  | { type: 'deploy' }
  | { type: 'triage'; itemId: number; decision: TriageDecision }
  /** While on, requests waiting for triage are not accepted by default: their countdowns stand still. */
  | { type: 'holdTriage'; on: boolean }
  | { type: 'projectFreeze'; on: boolean }
  | { type: 'protectConstraint'; on: boolean }
  | { type: 'stopTheLine'; on: boolean }
  | { type: 'invest'; investment: Investment }
  | { type: 'setImprovementShare'; share: number }
  | { type: 'setChangeApproval'; mode: ChangeApproval }
  | { type: 'chooseStoryOption'; beatId: string; optionId: string };

export type CommandType = Command['type'];

export type RejectReason =
  | 'malformed-command'
  | 'unknown-command'
  | 'run-finished'
  | 'mechanic-locked'
  | 'invalid-value'
  | 'unknown-item'
  | 'unknown-staff'
  | 'wrong-place'
  | 'work-remaining'
  | 'blocked'
  | 'wip-limit-reached'
  | 'line-stopped'
  | 'project-frozen'
  | 'not-skilled'
  | 'needs-constraint'
  | 'constraint-protected'
  | 'already-assigned'
  | 'release-in-progress'
  | 'nothing-to-deploy'
  | 'already-invested'
  | 'no-pending-beat'
  | 'unknown-option';

export type CommandResult = { ok: true; events: SimEvent[] } | { ok: false; reason: RejectReason };

// ---- Events ----

export interface WipSample {
  triage: number;
  backlog: number;
  dev: number;
  test: number;
  ops: number;
  release: number;
  /** All planned work in the system (created, not yet live, not rejected). */
  total: number;
}

export type SimEvent =
  | { type: 'item-created'; tick: number; itemId: number; workType: WorkType; place: Place }
  | { type: 'item-triaged'; tick: number; itemId: number; decision: TriageDecision; auto: boolean }
  | { type: 'item-pulled'; tick: number; itemId: number; from: Place; to: Place }
  | { type: 'item-moved'; tick: number; itemId: number; from: Place; to: Place }
  | { type: 'item-assigned'; tick: number; itemId: number; staffId: number }
  | { type: 'item-blocked'; tick: number; itemId: number; reason: BlockReason }
  | { type: 'item-unblocked'; tick: number; itemId: number }
  | {
      type: 'item-done';
      tick: number;
      itemId: number;
      workType: WorkType;
      /** Request → live (customer lead time). */
      customerLeadTimeHours: number;
      /** First work → live (DORA lead time for changes). */
      changeLeadTimeHours: number;
      /** Entered Dev (committed to) → live. */
      cycleTimeHours: number;
      /** Productive hours of work on it. */
      activeHours: number;
      /** Hours it spent in each stage (its latest visit). */
      stageHours: { dev: number; test: number; ops: number; release: number };
      value: number;
    }
  | { type: 'constraint-done'; tick: number; itemId: number; waitedHours: number }
  | { type: 'release-started'; tick: number; releaseId: number; itemIds: number[] }
  /** A deployment to production; `redeploy` when it is a failed release going out again with its fix. */
  | { type: 'deployed'; tick: number; releaseId: number; size: number; redeploy: boolean }
  | { type: 'deploy-failed'; tick: number; releaseId: number; size: number; incidentId: number }
  | { type: 'defect-found'; tick: number; itemId: number; where: 'test' | 'review' | 'cab' | 'line-stop' }
  | { type: 'defect-escaped'; tick: number; itemId: number; releaseId: number }
  | {
      type: 'incident-opened';
      tick: number;
      itemId: number;
      cause: IncidentCause;
      outage: boolean;
      /** The deployment that caused it (failed release or a defect it shipped), else null. */
      releaseId: number | null;
    }
  | { type: 'incident-detected'; tick: number; itemId: number; detectionHours: number }
  | { type: 'incident-resolved'; tick: number; itemId: number; restoreHours: number; outage: boolean }
  | { type: 'improvement-completed'; tick: number; itemId: number; improvement: ImprovementKind }
  | { type: 'setting-changed'; tick: number; command: Command }
  | { type: 'story-beat'; tick: number; beatId: string }
  | { type: 'story-option-chosen'; tick: number; beatId: string; optionId: string; auto: boolean }
  | {
      type: 'hour';
      tick: number;
      wip: WipSample;
      constraintBusy: number;
      constraintQueue: number;
      outage: boolean;
      revenueLost: number;
      hours: HoursWorked;
      debt: number;
    };

export type SimEventType = SimEvent['type'];
