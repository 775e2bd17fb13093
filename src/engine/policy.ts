// The policy bot: a declarative policy played with only the commands a player has. The CLI, the tests
// and the game's `playPolicy` hook all run the same loop: before each tick, dispatch
// `policyCommands(state, policy)`, then step.
import * as v from 'valibot';
import { COMMAND_MECHANIC, MAX_BATCH_SIZE, MAX_IMPROVEMENT_SHARE, MAX_WIP_LIMIT } from './commands';
import type {
  ChangeApproval,
  Command,
  Investment,
  Mechanic,
  Scenario,
  Settings,
  SimState,
  WipLimits,
  WorkStage,
} from './types';

export const POLICY_INVESTMENTS = [
  'telemetry',
  'test-automation',
  'deploy-automation',
  'runbooks',
  'cross-training',
] as const;

export interface Policy {
  wipLimits: WipLimits | null;
  batchSize: number;
  improvementShare: number;
  investments: Investment[];
  stopTheLine: boolean;
  protectConstraint: boolean;
  changeApproval: ChangeApproval;
  projectFreeze: boolean;
  /**
   * Triage by intake limit: a request waiting for triage is accepted while the backlog holds fewer than
   * this many requests, and rejected otherwise; null = leave triage alone (requests are auto-accepted).
   */
  intakeLimit: number | null;
}

export type PolicyInput = Partial<Policy>;

const wipLimit = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_WIP_LIMIT));

export const PolicySchema = v.strictObject({
  wipLimits: v.optional(
    v.nullable(
      v.strictObject({ dev: v.nullable(wipLimit), test: v.nullable(wipLimit), ops: v.nullable(wipLimit) }),
    ),
  ),
  batchSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_BATCH_SIZE))),
  improvementShare: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_IMPROVEMENT_SHARE))),
  investments: v.optional(v.array(v.picklist(POLICY_INVESTMENTS))),
  stopTheLine: v.optional(v.boolean()),
  protectConstraint: v.optional(v.boolean()),
  changeApproval: v.optional(v.picklist(['cab', 'peer-review'])),
  projectFreeze: v.optional(v.boolean()),
  intakeLimit: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200)))),
});

export type PolicyParseResult =
  | { ok: true; policy: PolicyInput }
  | { ok: false; field: string; message: string };

/** Validates untrusted policy JSON; on failure names the offending field. */
export function parsePolicy(input: unknown): PolicyParseResult {
  // A policy is a JSON object; arrays are objects to JavaScript, so refuse them explicitly.
  if (Array.isArray(input))
    return { ok: false, field: 'policy', message: 'Expected an object but received an array' };
  const result = v.safeParse(PolicySchema, input);
  if (result.success) return { ok: true, policy: result.output as PolicyInput };
  const issue = result.issues[0];
  return { ok: false, field: v.getDotPath(issue) ?? 'policy', message: issue.message };
}

/** Which mechanic each policy field needs. */
const FIELD_MECHANIC: Record<Exclude<keyof Policy, 'investments'>, Mechanic> = {
  projectFreeze: 'project-freeze',
  intakeLimit: 'triage',
  wipLimits: 'wip-limits',
  batchSize: 'batch-size',
  improvementShare: 'improvement-share',
  stopTheLine: 'stop-the-line',
  protectConstraint: 'protect-constraint',
  changeApproval: 'change-approval',
};

function sameLimits(a: WipLimits | null, b: WipLimits): boolean {
  const x = a ?? { dev: null, test: null, ops: null };
  return x.dev === b.dev && x.test === b.test && x.ops === b.ops;
}

export interface ResolvedPolicy {
  policy: Policy;
  /** Policy fields (or investments) the scenario has not unlocked; they are played without. */
  ignored: string[];
}

/** Fills omitted fields with the scenario's defaults and drops what the act has not unlocked. */
export function resolvePolicy(scenario: Scenario, input: PolicyInput | null): ResolvedPolicy {
  const d: Settings = scenario.defaults;
  const defaults: Policy = {
    wipLimits: d.wipLimits,
    batchSize: d.batchSize,
    improvementShare: d.improvementShare,
    investments: [],
    stopTheLine: d.stopTheLine,
    protectConstraint: d.protectConstraint,
    changeApproval: d.changeApproval,
    projectFreeze: d.projectFreeze,
    intakeLimit: null,
  };
  const policy: Policy = { ...defaults, ...(input ?? {}) } as Policy;
  policy.investments = [...(input?.investments ?? [])];
  const ignored: string[] = [];
  const unlocked = new Set(scenario.mechanics);
  for (const field of Object.keys(FIELD_MECHANIC) as (keyof typeof FIELD_MECHANIC)[]) {
    if (unlocked.has(FIELD_MECHANIC[field])) continue;
    const differs =
      field === 'wipLimits' ? !sameLimits(policy.wipLimits, d.wipLimits) : policy[field] !== defaults[field];
    if (differs) ignored.push(field);
    (policy as unknown as Record<string, unknown>)[field] = defaults[field];
  }
  policy.investments = policy.investments.filter((investment) => {
    if (unlocked.has(investment)) return true;
    ignored.push(`investments.${investment}`);
    return false;
  });
  return { policy, ignored };
}

function unlocked(state: SimState, type: Command['type']): boolean {
  const mechanic = COMMAND_MECHANIC[type];
  return mechanic === null || state.mechanics.includes(mechanic);
}

/**
 * The bot: the commands that bring the run's settings in line with the policy. Deterministic, and it
 * only issues commands that are valid now, so it never changes anything the player could not.
 */
export function policyCommands(state: SimState, policy: Policy): Command[] {
  if (state.tick >= state.endTick) return [];
  const commands: Command[] = [];
  const s = state.settings;
  if (unlocked(state, 'setWipLimit')) {
    const limits = policy.wipLimits ?? { dev: null, test: null, ops: null };
    for (const stage of ['dev', 'test', 'ops'] as WorkStage[]) {
      if (s.wipLimits[stage] !== limits[stage])
        commands.push({ type: 'setWipLimit', stage, limit: limits[stage] });
    }
  }
  if (unlocked(state, 'setBatchSize') && s.batchSize !== policy.batchSize) {
    commands.push({ type: 'setBatchSize', size: policy.batchSize });
  }
  if (unlocked(state, 'setImprovementShare') && s.improvementShare !== policy.improvementShare) {
    commands.push({ type: 'setImprovementShare', share: policy.improvementShare });
  }
  if (unlocked(state, 'stopTheLine') && s.stopTheLine !== policy.stopTheLine) {
    commands.push({ type: 'stopTheLine', on: policy.stopTheLine });
  }
  if (unlocked(state, 'protectConstraint') && s.protectConstraint !== policy.protectConstraint) {
    commands.push({ type: 'protectConstraint', on: policy.protectConstraint });
  }
  if (unlocked(state, 'setChangeApproval') && s.changeApproval !== policy.changeApproval) {
    commands.push({ type: 'setChangeApproval', mode: policy.changeApproval });
  }
  if (unlocked(state, 'projectFreeze') && s.projectFreeze !== policy.projectFreeze) {
    commands.push({ type: 'projectFreeze', on: policy.projectFreeze });
  }
  if (unlocked(state, 'triage') && policy.intakeLimit !== null) {
    // Oldest first: the backlog fills in arrival order, and the limit holds as each one is accepted.
    let backlog = 0;
    for (const id of state.places.backlog) if (state.items[id]!.type !== 'improvement') backlog++;
    for (const id of state.places.triage) {
      const accept = backlog < policy.intakeLimit;
      if (accept) backlog++;
      commands.push({ type: 'triage', itemId: id, decision: accept ? 'accept' : 'reject' });
    }
  }
  for (const investment of policy.investments) {
    if (state.mechanics.includes(investment) && !state.investments[investment]) {
      commands.push({ type: 'invest', investment });
    }
  }
  return commands;
}
