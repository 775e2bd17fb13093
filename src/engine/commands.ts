// Player commands: plain data, validated completely before anything changes, so a rejected command
// leaves the state byte-identical. Each command maps to the mechanic an act must unlock for it.

import { hasRoom, lineStopped } from './flow';
import { createImprovement, createRequest, moveItem, openIncident, unassignAll } from './items';
import { startRelease } from './release';
import {
  type Command,
  type CommandResult,
  type CommandType,
  INVESTMENTS,
  type Investment,
  type Mechanic,
  type RejectReason,
  type SimEvent,
  type SimState,
  type StoryBeat,
  type WorkItem,
} from './types';

/** Which mechanic a command needs (null: always available). */
export const COMMAND_MECHANIC: Record<CommandType, Mechanic | null> = {
  setWipLimit: 'wip-limits',
  setBatchSize: 'batch-size',
  setReleaseCadence: 'batch-size',
  pull: null,
  assign: null,
  deploy: null,
  triage: 'triage',
  holdTriage: 'triage',
  projectFreeze: 'project-freeze',
  protectConstraint: 'protect-constraint',
  stopTheLine: 'stop-the-line',
  invest: null, // each investment has its own mechanic
  setImprovementShare: 'improvement-share',
  setChangeApproval: 'change-approval',
  chooseStoryOption: null,
};

export const MAX_BATCH_SIZE = 20;
export const MAX_IMPROVEMENT_SHARE = 0.5;
export const MAX_WIP_LIMIT = 50;

const reject = (reason: RejectReason): CommandResult => ({ ok: false, reason });

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function getItem(state: SimState, id: unknown): WorkItem | null {
  return isInt(id) && id >= 0 && id < state.items.length ? state.items[id]! : null;
}

/** Full validation; returns the reason a command would be rejected, or null if it is valid. */
export function validateCommand(state: SimState, command: Command): RejectReason | null {
  if (typeof command !== 'object' || command === null || typeof command.type !== 'string') {
    return 'malformed-command';
  }
  if (!Object.hasOwn(COMMAND_MECHANIC, command.type)) return 'unknown-command';
  if (state.tick >= state.endTick) return 'run-finished';
  const mechanic = COMMAND_MECHANIC[command.type];
  if (mechanic && !state.mechanics.includes(mechanic)) return 'mechanic-locked';
  const c = command as Record<string, unknown>;
  switch (command.type) {
    case 'setWipLimit':
      if (c.stage !== 'dev' && c.stage !== 'test' && c.stage !== 'ops') return 'malformed-command';
      if (c.limit !== null && !(isInt(c.limit) && c.limit >= 1 && c.limit <= MAX_WIP_LIMIT))
        return 'invalid-value';
      return null;
    case 'setBatchSize':
      return isInt(c.size) && c.size >= 1 && c.size <= MAX_BATCH_SIZE ? null : 'invalid-value';
    case 'setReleaseCadence':
      return c.hours === null || (isInt(c.hours) && c.hours >= 1 && c.hours <= 400) ? null : 'invalid-value';
    case 'projectFreeze':
    case 'protectConstraint':
    case 'stopTheLine':
    case 'holdTriage':
      return typeof c.on === 'boolean' ? null : 'malformed-command';
    case 'setImprovementShare':
      return typeof c.share === 'number' &&
        Number.isFinite(c.share) &&
        c.share >= 0 &&
        c.share <= MAX_IMPROVEMENT_SHARE
        ? null
        : 'invalid-value';
    case 'setChangeApproval':
      return c.mode === 'cab' || c.mode === 'peer-review' ? null : 'invalid-value';
    case 'invest': {
      const investment = c.investment as Investment;
      if (!INVESTMENTS.includes(investment)) return 'invalid-value';
      if (!state.mechanics.includes(investment)) return 'mechanic-locked';
      return state.investments[investment] ? 'already-invested' : null;
    }
    case 'deploy':
      if (state.release) return 'release-in-progress';
      for (const id of state.places.release) {
        const item = state.items[id]!;
        if (item.approved && item.releaseId === null) return null;
      }
      return 'nothing-to-deploy';
    case 'triage': {
      if (c.decision !== 'accept' && c.decision !== 'defer' && c.decision !== 'reject')
        return 'malformed-command';
      const item = getItem(state, c.itemId);
      if (!item) return 'unknown-item';
      return item.place === 'triage' ? null : 'wrong-place';
    }
    case 'pull':
      return validatePull(state, getItem(state, c.itemId));
    case 'assign':
      return validateAssign(state, getItem(state, c.itemId), c.staffId);
    case 'chooseStoryOption': {
      const pending = state.pendingBeat;
      if (!pending || pending.beatId !== c.beatId) return 'no-pending-beat';
      const beat = state.storyBeats.find((b) => b.id === pending.beatId);
      return beat?.options.some((o) => o.id === c.optionId) ? null : 'unknown-option';
    }
  }
  return 'unknown-command';
}

const NEXT_STAGE = { backlog: 'dev', dev: 'test', test: 'ops' } as const;

function validatePull(state: SimState, item: WorkItem | null): RejectReason | null {
  if (!item) return 'unknown-item';
  if (item.place !== 'backlog' && item.place !== 'dev' && item.place !== 'test') return 'wrong-place';
  if (item.place === 'backlog') {
    if (item.type === 'project' && state.settings.projectFreeze) return 'project-frozen';
    if (lineStopped(state)) return 'line-stopped';
  } else {
    if (item.need !== null) return 'work-remaining';
    if (item.blocked) return 'blocked';
  }
  return hasRoom(state, NEXT_STAGE[item.place]) ? null : 'wip-limit-reached';
}

function validateAssign(state: SimState, item: WorkItem | null, staffId: unknown): RejectReason | null {
  if (!item) return 'unknown-item';
  const person = isInt(staffId) ? state.staff[staffId] : undefined;
  if (!person) return 'unknown-staff';
  if (item.place !== 'dev' && item.place !== 'test' && item.place !== 'ops') return 'wrong-place';
  if (item.need === null) return 'wrong-place';
  if (item.blocked) return 'blocked';
  if (person.skills[item.need] <= 0) return 'not-skilled';
  const constraintWork = item.need === 'ops' && item.needsConstraint;
  if (constraintWork && !person.canDoConstraintWork) return 'needs-constraint';
  if (state.settings.protectConstraint && person.isConstraint && !constraintWork)
    return 'constraint-protected';
  if (item.assignees.includes(person.id)) return 'already-assigned';
  return null;
}

/** Validates then applies a command. Never throws on bad input; a rejection changes nothing. */
export function applyCommand(state: SimState, command: Command): CommandResult {
  let reason: RejectReason | null;
  try {
    reason = validateCommand(state, command);
  } catch {
    reason = 'malformed-command';
  }
  if (reason) return reject(reason);
  const events: SimEvent[] = [];
  execute(state, command, events);
  return { ok: true, events };
}

function execute(state: SimState, command: Command, events: SimEvent[]): void {
  const tick = state.tick;
  const settings = state.settings;
  const changed = (): void => {
    events.push({ type: 'setting-changed', tick, command: structuredCloneCommand(command) });
  };
  switch (command.type) {
    case 'setWipLimit':
      settings.wipLimits[command.stage] = command.limit;
      changed();
      return;
    case 'setBatchSize':
      settings.batchSize = command.size;
      changed();
      return;
    case 'setReleaseCadence':
      settings.releaseCadenceHours = command.hours;
      changed();
      return;
    case 'protectConstraint':
      settings.protectConstraint = command.on;
      if (command.on) releaseUnneededConstraintWork(state);
      changed();
      return;
    case 'stopTheLine':
      settings.stopTheLine = command.on;
      changed();
      return;
    case 'setImprovementShare':
      settings.improvementShare = command.share;
      changed();
      return;
    case 'setChangeApproval':
      settings.changeApproval = command.mode;
      changed();
      return;
    case 'projectFreeze':
      settings.projectFreeze = command.on;
      freezeProjects(state, command.on, tick, events);
      changed();
      return;
    case 'invest': {
      state.investments[command.investment] = 'in-progress';
      createImprovement(state, command.investment, tick, true, events);
      return;
    }
    case 'deploy':
      state.deployRequested = true;
      startRelease(state, tick, events);
      return;
    case 'holdTriage':
      // Not a policy: it only pauses the default acceptance while the player reads the request.
      state.triageHeld = command.on;
      return;
    case 'triage': {
      const item = state.items[command.itemId]!;
      item.triageDeadline = null;
      if (command.decision === 'accept') moveItem(state, item, 'backlog', tick, events);
      else if (command.decision === 'reject') moveItem(state, item, 'rejected', tick, events);
      else {
        item.deferredUntil = tick + state.params.deferHours;
        moveItem(state, item, 'deferred', tick, events);
      }
      events.push({ type: 'item-triaged', tick, itemId: item.id, decision: command.decision, auto: false });
      return;
    }
    case 'pull': {
      const item = state.items[command.itemId]!;
      const to = NEXT_STAGE[item.place as 'backlog' | 'dev' | 'test'];
      moveItem(state, item, to, tick, events, item.place === 'backlog');
      return;
    }
    case 'assign': {
      const item = state.items[command.itemId]!;
      const person = state.staff[command.staffId]!;
      person.holding.push(item.id);
      item.assignees.push(person.id);
      events.push({ type: 'item-assigned', tick, itemId: item.id, staffId: person.id });
      return;
    }
    case 'chooseStoryOption': {
      const beat = state.storyBeats.find((b) => b.id === command.beatId)!;
      state.pendingBeat = null;
      applyStoryOption(state, beat, command.optionId, tick, false, events);
      return;
    }
  }
}

function structuredCloneCommand(command: Command): Command {
  return JSON.parse(JSON.stringify(command)) as Command;
}

/** When protection starts, the constraint engineer hands back everything that does not need them. */
function releaseUnneededConstraintWork(state: SimState): void {
  for (const person of state.staff) {
    if (!person.isConstraint) continue;
    for (const id of person.holding.slice()) {
      const item = state.items[id]!;
      const constraintWork = item.need === 'ops' && item.needsConstraint;
      if (!constraintWork) {
        person.holding.splice(person.holding.indexOf(id), 1);
        item.assignees.splice(item.assignees.indexOf(person.id), 1);
      }
    }
  }
}

function freezeProjects(state: SimState, on: boolean, tick: number, events: SimEvent[]): void {
  for (const stage of ['dev', 'test', 'ops'] as const) {
    for (const id of state.places[stage]) {
      const item = state.items[id]!;
      if (item.type !== 'project') continue;
      if (on && item.blocked === null) {
        item.blocked = 'frozen';
        unassignAll(state, item);
        events.push({ type: 'item-blocked', tick, itemId: id, reason: 'frozen' });
      } else if (!on && item.blocked === 'frozen') {
        item.blocked = null;
        events.push({ type: 'item-unblocked', tick, itemId: id });
      }
    }
  }
}

/** Applies a story option's effects (they are real commands and parameter changes). */
export function applyStoryOption(
  state: SimState,
  beat: StoryBeat,
  optionId: string,
  tick: number,
  auto: boolean,
  events: SimEvent[],
): void {
  const option = beat.options.find((o) => o.id === optionId) ?? beat.options[0];
  if (!option) return;
  events.push({ type: 'story-option-chosen', tick, beatId: beat.id, optionId: option.id, auto });
  for (const effect of option.effects) {
    switch (effect.kind) {
      case 'command': {
        // Story commands bypass the unlock check (the story can do what the player cannot yet).
        const mechanics = state.mechanics;
        state.mechanics = [...mechanics, ...allMechanicsFor(effect.command)];
        const result = applyCommand(state, effect.command);
        state.mechanics = mechanics;
        if (result.ok) events.push(...result.events);
        break;
      }
      case 'spawn':
        for (let i = 0; i < effect.count; i++) {
          if (effect.workType === 'improvement') {
            createImprovement(state, 'debt-paydown', tick, effect.expedite, events);
          } else {
            createRequest(
              state,
              {
                type: effect.workType,
                tick,
                place: 'backlog',
                stream: 'outcomes',
                expedite: effect.expedite,
                valueMultiplier: effect.valueMultiplier,
                forceConstraint: effect.needsConstraint,
              },
              events,
            );
          }
        }
        break;
      case 'incident':
        openIncident(
          state,
          {
            tick,
            cause: 'story',
            outage: effect.outage,
            effortHours: effect.effortHours,
            needsConstraint: effect.needsConstraint && !state.runbooks,
            brokenReleaseId: null,
            causedByReleaseId: null,
          },
          events,
        );
        break;
      case 'scale-arrivals':
        state.params.arrivalsPerDay[effect.workType] *= effect.factor;
        break;
      case 'add-debt':
        state.params.debt = Math.min(1, Math.max(0, state.params.debt + effect.amount));
        break;
      case 'revenue-per-outage-hour':
        state.params.revenuePerOutageHour *= effect.factor;
        break;
    }
  }
}

function allMechanicsFor(command: Command): Mechanic[] {
  const mechanic = COMMAND_MECHANIC[command.type];
  const list: Mechanic[] = mechanic ? [mechanic] : [];
  if (command.type === 'invest') list.push(command.investment);
  return list;
}
