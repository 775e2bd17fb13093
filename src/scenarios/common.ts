// Shared building blocks of the acts. Units: hours of effort, value in thousands (k) of currency.
import type { ModelParams, Scenario, Settings, StaffSpec } from '../engine/types';

export const BASE_PARAMS: ModelParams = {
  arrivalsPerDay: { feature: 0.75, project: 0.15, change: 1.0, infrastructureIncident: 0.2 },
  focusLimit: 3,
  testDetection: 0.6,
  automatedTestDetection: 0.92,
  automatedTestEffort: 0.5,
  peerReviewDetection: 0.3,
  cabDetection: 0.05,
  cabMeetingHour: 36,
  deployTransactionHours: 2.5,
  deployHoursPerChange: 0.25,
  deployRiskPerChange: 0.02,
  integrationRiskPerChange: 0.02,
  defectBreaksReleaseChance: 0.4,
  automationDeployEffort: 0.25,
  automationDeployRisk: 0.005,
  automatedRollbackHours: 1,
  diagnoseBaseHours: 1,
  diagnoseHoursPerChange: 1.5,
  telemetryDiagnosisFactor: 0.6,
  stopTheLineSweepDetection: 0.8,
  stopTheLineDebtFix: 0.005,
  stopTheLineLearning: 0.1,
  defectLearningFloor: 0.3,
  defectRateFactor: 1,
  incidentEffort: { min: 2, max: 6 },
  escapedDefectOutageChance: 0.3,
  infrastructureOutageChance: 0.3,
  customerReportDelay: { min: 1, max: 6 },
  telemetryDetectionDelay: { min: 0, max: 1 },
  escapeDelay: { min: 4, max: 40 },
  reworkHoursPerDefect: 1.5,
  reworkGrowthPerDay: 0.5,
  revenuePerOutageHour: 3,
  valueDecayPerDay: 0.03,
  valueFloor: 0.3,
  debt: 0.15,
  debtPerShippedItem: 0.003,
  debtPerHaste: 0.005,
  debtPerEscapedDefect: 0.01,
  debtPerReleaseChange: 0.002,
  debtPerIncident: 0.01,
  debtPaydown: 0.15,
  debtEffortFactor: 1.5,
  debtOpsEffortFactor: 0.3,
  debtDefectFactor: 1.5,
  debtIncidentFactor: 1,
  hasteDefectFactor: 1,
  autoTriageHours: 4,
  incidentDecisionHours: 4,
  handOffDiagnosisFactor: 2,
  deferHours: 16,
  storyTimeoutHours: 8,
  resolutionFactor: 1,
  constraintNeedFactor: 1,
  manualDeployNeedsConstraint: true,
  swarmEfficiency: 0.6,
  maxSwarm: 3,
};

function person(
  nameKey: string,
  dev: number,
  test: number,
  ops: number,
  role: 'constraint' | 'cross-trainable' | 'regular',
): StaffSpec {
  return {
    nameKey,
    skills: { dev, test, ops },
    isConstraint: role === 'constraint',
    crossTrainable: role === 'cross-trainable',
  };
}

/** The constraint engineer is good at everything, so everyone brings them everything. */
export const BASE_STAFF: StaffSpec[] = [
  person('staff.kai', 1.2, 0.8, 1, 'constraint'),
  person('staff.ana', 1, 0.5, 0, 'regular'),
  person('staff.ben', 1, 0.5, 0, 'regular'),
  person('staff.chloe', 1, 0.5, 0, 'regular'),
  person('staff.dmitri', 0.3, 1, 0, 'regular'),
  person('staff.omar', 0, 0.3, 1, 'cross-trainable'),
  person('staff.lena', 0, 0.3, 1, 'regular'),
];

export const BASE_TEMPLATES: Scenario['templates'] = {
  feature: {
    effort: { dev: { min: 4, max: 9 }, test: { min: 1.5, max: 4 }, ops: { min: 2, max: 4 } },
    value: { min: 8, max: 20 },
    constraintChance: 0.5,
    defectRate: 0.6,
  },
  project: {
    effort: { dev: { min: 8, max: 16 }, test: { min: 3, max: 6 }, ops: { min: 3, max: 6 } },
    value: { min: 4, max: 10 },
    constraintChance: 0.8,
    defectRate: 0.8,
  },
  change: {
    effort: { dev: { min: 0, max: 2 }, test: { min: 0.5, max: 1 }, ops: { min: 2, max: 4 } },
    value: { min: 1, max: 3 },
    constraintChance: 0.6,
    defectRate: 0.25,
  },
  improvement: {
    effort: { dev: { min: 0, max: 0 }, test: { min: 0, max: 0 }, ops: { min: 0, max: 0 } },
    value: { min: 0, max: 0 },
    constraintChance: 0,
    defectRate: 0.2,
  },
};

export const INVESTMENT_WORK: Scenario['investmentWork'] = {
  telemetry: { dev: 6, test: 1, ops: 4, needsConstraint: false },
  'test-automation': { dev: 12, test: 4, ops: 0, needsConstraint: false },
  'deploy-automation': { dev: 8, test: 2, ops: 6, needsConstraint: true },
  runbooks: { dev: 0, test: 0, ops: 8, needsConstraint: true },
  'cross-training': { dev: 0, test: 0, ops: 10, needsConstraint: true },
  'chaos-drills': { dev: 0, test: 2, ops: 6, needsConstraint: false },
  'post-mortems': { dev: 0, test: 0, ops: 4, needsConstraint: false },
  // Why: debt lives in the code and in hand-built infrastructure alike, so paying it down is Dev and Ops
  // work; the improvement budget (a fifth of everyone's time) then does not all land on the developers.
  'debt-paydown': { dev: 3, test: 1, ops: 2, needsConstraint: false },
};

/** The status quo the story starts from: no limits, big weekly releases, everyone goes to the constraint. */
export const STATUS_QUO: Settings = {
  wipLimits: { dev: null, test: null, ops: null },
  batchSize: 10,
  releaseCadenceHours: 40,
  improvementShare: 0,
  stopTheLine: false,
  protectConstraint: false,
  projectFreeze: false,
  changeApproval: 'peer-review',
};

export const FIRST_WAY_MECHANICS: Scenario['mechanics'] = [
  'wip-limits',
  'batch-size',
  'triage',
  'project-freeze',
  'protect-constraint',
];
export const SECOND_WAY_MECHANICS: Scenario['mechanics'] = [
  ...FIRST_WAY_MECHANICS,
  'telemetry',
  'test-automation',
  'stop-the-line',
  'change-approval',
];
export const THIRD_WAY_MECHANICS: Scenario['mechanics'] = [
  ...SECOND_WAY_MECHANICS,
  'improvement-share',
  'deploy-automation',
  'runbooks',
  'cross-training',
  'chaos-drills',
  'post-mortems',
];

export function cloneParams(overrides: Partial<ModelParams>): ModelParams {
  const base = JSON.parse(JSON.stringify(BASE_PARAMS)) as ModelParams;
  return { ...base, ...overrides };
}
