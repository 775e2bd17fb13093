// Public API of the simulation engine (pure TypeScript: no DOM, no clocks, no global randomness).
export { applyCommand, COMMAND_MECHANIC, commandInEffect, optionMoot, validateCommand } from './commands';
export {
  type Counterfactual,
  counterfactualCommands,
  reapplies,
  replayCounterfactual,
} from './counterfactual';
export { countDecisions, type DecisionCount } from './decisions';
export {
  type IncidentChoice,
  type IncidentDecision,
  incidentOptions,
  openIncidentDecisions,
} from './incidents';
export { CommandSchema, parseRunLog, type RunLogParseResult, RunLogSchema } from './log-schema';
export { computeMetrics, type Distribution, type Metrics, type StageTimes } from './metrics';
export {
  type Policy,
  type PolicyInput,
  PolicySchema,
  parsePolicy,
  policyCommands,
  type ResolvedPolicy,
  resolvePolicy,
} from './policy';
export {
  advance,
  createRun,
  dispatch,
  metricsOf,
  playPolicy,
  type ReplayOptions,
  type ReplayResult,
  type Run,
  type RunLog,
  replayLog,
  type SimulateResult,
  simulate,
  whatIf,
} from './run';
export { createState } from './state';
export { focusFactor, isFinished, step, wipOf } from './step';
export * from './types';
export { ENGINE_VERSION } from './version';
export { type BoardView, boardView, type GoalProgress, goalProgress, type ItemView } from './view';
